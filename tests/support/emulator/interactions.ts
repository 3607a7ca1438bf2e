import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
} from 'discord-api-types/v10';
import { userPayload } from './fixtures.js';
import { messagePayload } from './messages.js';
import type { AutocompleteInput, ButtonInput, CommandInput, InteractionLocales } from './types.js';
import { botChannelPermissions, DEFAULT_MEMBER_PERMISSIONS, snowflake, type World } from './world.js';

interface Invocation extends InteractionLocales {
  guildId?: string;
  channelId?: string;
  userId?: string;
  memberPermissions?: bigint;
  ageMs?: number;
  roles?: string[];
}

/** The fields discord.js 14.28 dereferences on every guild interaction (see DISCORD-EMULATOR.md §2). */
function baseInteraction(world: World, input: Invocation) {
  const guildId = input.guildId ?? world.channels.get(input.channelId ?? '')?.guildId;
  const guild = guildId ? world.guilds.find((g) => g.id === guildId) : world.guilds[0];
  if (!guild) throw new Error(`Unknown guild ${input.guildId ?? '(none configured)'}`);
  const channel = world.channels.get(input.channelId ?? guild.channels[0]?.id ?? '');
  if (!channel || channel.guildId !== guild.id)
    throw new Error(`Unknown channel ${input.channelId} in guild ${guild.id}`);
  const userId = input.userId ?? world.userId;
  return {
    id: snowflake(input.ageMs),
    application_id: world.applicationId,
    token: `aW50ZXJhY3Rpb24${randomBytes(48).toString('base64url')}`,
    version: 1 as const,
    guild: { id: guild.id, features: [], locale: input.guildLocale ?? Locale.EnglishUS },
    guild_id: guild.id,
    channel: { id: channel.id, type: ChannelType.GuildText as const, name: channel.name, guild_id: guild.id },
    channel_id: channel.id,
    member: {
      user: userPayload(userId, `user${userId.slice(-4)}`),
      roles: input.roles ?? [],
      permissions: (input.memberPermissions ?? DEFAULT_MEMBER_PERMISSIONS).toString(),
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
    },
    app_permissions: botChannelPermissions(world, channel).toString(),
    locale: input.locale ?? Locale.EnglishUS,
    guild_locale: input.guildLocale ?? Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guild.id },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

/** The id the bot registered for `name` (guild commands first), so `interaction.commandId` matches the deploy. */
function commandId(world: World, name: string, guildId: string): string {
  for (const scope of [guildId, 'global']) {
    const found = world.commands.get(scope)?.registered.find((command) => command.name === name);
    if (found) return String(found.id);
  }
  return snowflake();
}

/** `"sub"` wraps the options in a subcommand, `"group sub"` in a group and a subcommand. */
function wrapSubcommand(options: APIApplicationCommandInteractionDataOption[], subcommand?: string) {
  if (!subcommand) return options;
  const [first, second] = subcommand.split(' ') as [string, string | undefined];
  const sub = { type: ApplicationCommandOptionType.Subcommand as const, name: second ?? first, options };
  if (!second) return [sub] as APIApplicationCommandInteractionDataOption[];
  return [
    { type: ApplicationCommandOptionType.SubcommandGroup, name: first, options: [sub] },
  ] as APIApplicationCommandInteractionDataOption[];
}

export function commandPayload(world: World, input: CommandInput): APIChatInputApplicationCommandGuildInteraction {
  const base = baseInteraction(world, input);
  return {
    ...base,
    type: InteractionType.ApplicationCommand,
    data: {
      id: commandId(world, input.name, base.guild_id),
      name: input.name,
      type: ApplicationCommandType.ChatInput,
      options: wrapSubcommand(input.options ?? [], input.subcommand),
      ...(input.resolved === undefined ? {} : { resolved: input.resolved as APIInteractionDataResolved }),
    },
  } satisfies APIChatInputApplicationCommandGuildInteraction;
}

export function autocompletePayload(
  world: World,
  input: AutocompleteInput,
): APIApplicationCommandAutocompleteGuildInteraction {
  const base = baseInteraction(world, input);
  return {
    ...base,
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: commandId(world, input.name, base.guild_id),
      name: input.name,
      type: ApplicationCommandType.ChatInput,
      options: input.options,
    },
  } satisfies APIApplicationCommandAutocompleteGuildInteraction;
}

/** A button press on `message` (a message the bot sent earlier, or a stand-in authored by the bot). */
export function buttonPayload(world: World, input: ButtonInput): APIMessageComponentButtonInteraction {
  const base = baseInteraction(world, input);
  const known = input.messageId ? world.messages.get(input.messageId) : undefined;
  const message: APIMessage =
    known ?? messagePayload(world, base.channel_id, { content: '' }, input.messageId ? { id: input.messageId } : {});
  world.messages.set(message.id, message);
  return {
    ...base,
    type: InteractionType.MessageComponent,
    data: { custom_id: input.customId, component_type: ComponentType.Button },
    message,
  } satisfies APIMessageComponentButtonInteraction;
}
