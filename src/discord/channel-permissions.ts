import { PermissionFlagsBits, type GuildBasedChannel, type GuildMember } from 'discord.js';

/** What withk needs in a channel to post a digest (embeds; files only with the movers picture). */
export const DIGEST_PERMISSIONS = {
  'View Channel': PermissionFlagsBits.ViewChannel,
  'Send Messages': PermissionFlagsBits.SendMessages,
  'Embed Links': PermissionFlagsBits.EmbedLinks,
} as const;

const PICTURE_PERMISSIONS = { 'Attach Files': PermissionFlagsBits.AttachFiles } as const;

/** Names of the digest permissions the bot lacks in `channel`, after role and channel overwrites. */
export function missingDigestPermissions(
  channel: GuildBasedChannel,
  me: GuildMember | null,
  picture = false,
): string[] {
  const granted = me ? channel.permissionsFor(me) : null;
  return Object.entries({ ...DIGEST_PERMISSIONS, ...(picture ? PICTURE_PERMISSIONS : {}) })
    .filter(([, bit]) => !granted?.has(bit))
    .map(([name]) => name);
}
