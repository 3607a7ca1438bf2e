import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Command, Deps } from './command.js';
import { registerCommandsIfChanged } from './register-commands.js';
import { NO_MENTIONS } from './reply.js';
import { createInteractionHandler } from './router.js';

export interface Bot {
  client: Client<true>;
  stop(): Promise<void>;
}

/** Creates the discord.js client: Guilds intent only (no privileged intents), mentions off by default. */
export function createClient(apiUrl?: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: apiUrl ? { api: apiUrl } : {},
  });
}

/**
 * Logs in, registers the commands if they changed, and serves interactions. Resolves once the bot is ready and
 * its commands are registered; rejects with discord.js's error if login fails (e.g. an invalid token).
 */
export async function startBot(
  deps: Deps,
  commands: readonly Command[],
  client = createClient(deps.config.apiUrl),
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
  logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'logged in');
  await registerCommandsIfChanged({
    rest: readyClient.rest,
    applicationId: config.clientId ?? readyClient.application.id,
    guildId: config.guildId,
    commands,
    store: deps.store,
    logger,
    now: deps.clock(),
  });
  return {
    client: readyClient,
    stop: async () => {
      await readyClient.destroy();
    },
  };
}
