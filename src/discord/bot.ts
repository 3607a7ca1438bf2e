import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import type { Config } from '../config.js';
import { shardOfGuild } from '../domain/shards.js';
import type { Command, Deps } from './command.js';
import { registerCommandsIfChanged } from './register-commands.js';
import { NO_MENTIONS } from './reply.js';
import { createInteractionHandler } from './router.js';

export interface Bot {
  client: Client<true>;
  /** Whether this process runs the shard that receives `guildId`'s events (its digests are ours to post). */
  servesGuild(guildId: string): boolean;
  /** The process that runs shard 0 does the once-per-bot work: registering commands, refreshing sources. */
  runsFirstShard: boolean;
  stop(): Promise<void>;
}

/**
 * Creates the discord.js client: Guilds intent only (no privileged intents), mentions off by default, as many
 * shards as Discord recommends unless `shards` names some, and only the caches withk reads: guilds, their channels
 * and roles (for the digest channel's permissions) and the bot's own member. Messages, members, users, emojis,
 * stickers, presences, voice states, threads' members and the rest are never kept.
 */
export function createClient(apiUrl?: string, shards?: Config['shards']): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: apiUrl ? { api: apiUrl } : {},
    ...(shards ? { shards: shards.ids, shardCount: shards.count } : { shards: 'auto' }),
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      BaseGuildEmojiManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
      ThreadMemberManager: 0,
      GuildBanManager: 0,
      GuildInviteManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      AutoModerationRuleManager: 0,
      ApplicationCommandManager: 0,
      GuildMessageManager: 0,
      DMMessageManager: 0,
      GuildForumThreadManager: 0,
      GuildTextThreadManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    }),
  });
}

/**
 * Logs in, registers the commands if they changed, and serves interactions. Resolves once the bot is ready and
 * its commands are registered; rejects with discord.js's error if login fails (e.g. an invalid token).
 */
export async function startBot(
  deps: Deps,
  commands: readonly Command[],
  client = createClient(deps.config.apiUrl, deps.config.shards),
): Promise<Bot> {
  const { logger, config } = deps;
  const handle = createInteractionHandler(commands, deps);
  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction).catch((error: unknown) => logger.error({ err: error }, 'interaction handler failed'));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'gateway session resumed'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'gateway reconnecting'));

  // Attach before login: clientReady can fire before login() resolves.
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(config.token);
  const readyClient = await ready;
  const shardIds = readyClient.options.shards as number[];
  const shardCount = readyClient.options.shardCount ?? 1;
  const runsFirstShard = shardIds.includes(0);
  logger.info(
    { user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, shards: shardIds, shardCount },
    'logged in',
  );
  // Commands belong to the application, not a shard: one process registers them.
  if (runsFirstShard) {
    await registerCommandsIfChanged({
      rest: readyClient.rest,
      applicationId: config.clientId ?? readyClient.application.id,
      guildId: config.guildId,
      commands,
      store: deps.store,
      logger,
      now: deps.clock(),
    });
  }
  const served = new Set(shardIds);
  return {
    client: readyClient,
    servesGuild: (guildId) => served.has(shardOfGuild(guildId, shardCount)),
    runsFirstShard,
    stop: async () => {
      await readyClient.destroy();
    },
  };
}
