import {
  ApplicationFlags,
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildHubType,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  TeamMemberMembershipState,
  TeamMemberRole,
  type APIApplication,
  type APIGuildMember,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type GuildMemberFlags,
  type RoleFlags,
} from 'discord-api-types/v10';
import type { ChannelState, GuildState, World } from './world.js';

const JOINED_AT = '2024-01-01T00:00:00.000Z';

export function userPayload(id: string, username: string, bot = false): APIUser {
  return { id, username, global_name: bot ? 'withk' : username, discriminator: '0', avatar: null, bot };
}

export function botUser(world: World): APIUser {
  return userPayload(world.botUserId, 'withk', true);
}

export function applicationPayload(world: World) {
  return {
    id: world.applicationId,
    name: 'withk',
    icon: null,
    description: 'withk test application',
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: 'a'.repeat(64),
    flags: ApplicationFlags.GatewayGuildMembersLimited,
    flags_new: String(ApplicationFlags.GatewayGuildMembersLimited),
    bot: botUser(world),
    owner: userPayload(world.team ? (world.team.memberIds[0] ?? world.ownerId) : world.ownerId, 'owner'),
    team: world.team
      ? {
          id: world.team.id,
          name: world.team.name,
          icon: null,
          owner_user_id: world.team.memberIds[0] ?? world.ownerId,
          members: world.team.memberIds.map((id) => ({
            team_id: world.team!.id,
            membership_state: TeamMemberMembershipState.Accepted,
            permissions: ['*'],
            role: TeamMemberRole.Admin,
            user: userPayload(id, `member${id.slice(-4)}`),
          })),
        }
      : null,
  } satisfies Partial<APIApplication> & Pick<APIApplication, 'id' | 'flags' | 'flags_new'>;
}

export function channelPayload(channel: ChannelState): APITextChannel {
  return {
    id: channel.id,
    type: ChannelType.GuildText,
    guild_id: channel.guildId,
    name: channel.name,
    position: channel.position,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: channel.overwrites,
  };
}

function rolePayload(id: string, name: string, permissions: bigint, position: number): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    position,
    permissions: permissions.toString(),
    managed: name !== '@everyone',
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

export function botMember(world: World, guild: GuildState): APIGuildMember {
  return {
    user: botUser(world),
    roles: [guild.botRoleId],
    joined_at: JOINED_AT,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
  };
}

/** A fully usable guild: available, @everyone role, bot member with its role, text channels with overwrites. */
export function guildCreatePayload(world: World, guild: GuildState): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.userId,
    region: 'us-east',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [
      rolePayload(guild.id, '@everyone', 0n, 0),
      rolePayload(guild.botRoleId, 'withk', guild.botPermissions, 1),
      ...guild.roles.map((role, i) => rolePayload(role.id, role.name, 0n, i + 2)),
    ],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    stickers: [],
    hub_type: null as GuildHubType | null,
    incidents_data: null,
    unavailable: false,
    joined_at: JOINED_AT,
    large: false,
    member_count: 2,
    members: [botMember(world, guild)],
    channels: guild.channels.map(channelPayload),
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
