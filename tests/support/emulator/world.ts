import { randomBytes } from 'node:crypto';
import { OverwriteType, PermissionFlagsBits, type APIMessage, type APIOverwrite } from 'discord-api-types/v10';
import type { EmulatorOptions, RecordedMessage } from './types.js';

/** What the bot's role may do unless a test says otherwise: the everyday text permissions, no Administrator. */
export const DEFAULT_BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis;

/** Permissions of an ordinary member invoking a command. */
export const DEFAULT_MEMBER_PERMISSIONS = DEFAULT_BOT_PERMISSIONS | PermissionFlagsBits.UseApplicationCommands;

const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((all, bit) => all | bit, 0n);
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A real-looking (18–19 digit) snowflake, unique within this process. */
/** A real-looking id; `ageMs` dates it in the past (its timestamp is when the object was created). */
export function snowflake(ageMs = 0): string {
  increment = (increment + 1n) & 0xfffn;
  return (
    ((BigInt(Date.now() - ageMs) - DISCORD_EPOCH) << 22n) |
    (BigInt(process.pid & 0x3ff) << 12n) |
    increment
  ).toString();
}

export interface ChannelState {
  id: string;
  guildId: string;
  name: string;
  position: number;
  overwrites: APIOverwrite[];
}

export interface GuildState {
  id: string;
  name: string;
  botRoleId: string;
  /** Extra roles (EmulatorOptions.roles). */
  roles: { id: string; name: string }[];
  botPermissions: bigint;
  channels: ChannelState[];
}

/** Everything the emulator remembers; REST routes, the gateway and interactions all read and write it. */
export interface World {
  token: string;
  applicationId: string;
  botUserId: string;
  userId: string;
  /** Owner of the application when it has no team. */
  ownerId: string;
  team?: { id: string; name: string; memberIds: string[] };
  guilds: GuildState[];
  channels: Map<string, ChannelState>;
  /** Every message the bot created (channel messages, interaction originals and follow-ups), by id. */
  messages: Map<string, APIMessage>;
  channelMessages: Map<string, RecordedMessage[]>;
  /** Key `global` or a guild id: the last PUT body and the commands echoed for it. */
  commands: Map<string, { body: unknown[]; registered: Record<string, unknown>[] }>;
  /** What GET /gateway/bot recommends. */
  recommendedShards: number;
}

export function createWorld(options: EmulatorOptions): World {
  const applicationId = snowflake();
  const world: World = {
    applicationId,
    botUserId: applicationId,
    userId: snowflake(),
    ownerId: snowflake(),
    ...(options.team ? { team: { id: snowflake(), ...options.team } } : {}),
    token: `${Buffer.from(applicationId).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(20).toString('base64url')}`,
    guilds: [],
    channels: new Map(),
    messages: new Map(),
    channelMessages: new Map(),
    commands: new Map(),
    recommendedShards: options.recommendedShards ?? 1,
  };
  for (let i = 0; i < (options.guilds ?? 1); i++) {
    // A millisecond apart, so the guilds spread over shards as real ones do ((id >> 22) % count).
    const guildId = snowflake(i);
    const channel: ChannelState = { id: snowflake(), guildId, name: 'general', position: 0, overwrites: [] };
    world.guilds.push({
      id: guildId,
      name: `Test Guild ${i + 1}`,
      botRoleId: snowflake(),
      roles: (options.roles ?? []).map((name) => ({ id: snowflake(), name })),
      botPermissions: options.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
      channels: [channel],
    });
    world.channels.set(channel.id, channel);
  }
  return world;
}

/** Discord's sharding rule: the shard that receives a guild's events. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export function findGuild(world: World, guildId: string): GuildState | undefined {
  return world.guilds.find((guild) => guild.id === guildId);
}

/** Channel permissions of the bot: @everyone (none) + bot role, then role and member overwrites, Discord's order. */
export function botChannelPermissions(world: World, channel: ChannelState): bigint {
  const guild = findGuild(world, channel.guildId);
  if (!guild) return 0n;
  let permissions = guild.botPermissions;
  if (permissions & PermissionFlagsBits.Administrator) return ALL_PERMISSIONS;
  const applicable = [
    channel.overwrites.find((o) => o.id === guild.id),
    channel.overwrites.find((o) => o.id === guild.botRoleId && o.type === OverwriteType.Role),
    channel.overwrites.find((o) => o.id === world.botUserId && o.type === OverwriteType.Member),
  ];
  for (const overwrite of applicable) {
    if (overwrite) permissions = (permissions & ~BigInt(overwrite.deny)) | BigInt(overwrite.allow);
  }
  return permissions;
}
