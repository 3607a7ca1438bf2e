import { PermissionFlagsBits, type GuildBasedChannel, type GuildMember } from 'discord.js';
import type { DigestPermission } from '../domain/schedule.js';

/** What withk needs in a channel to post a digest (embeds, no files), by Discord's flag names (`permissions.*` in the catalogs). */
export const DIGEST_PERMISSIONS: Record<DigestPermission, bigint> = {
  ViewChannel: PermissionFlagsBits.ViewChannel,
  SendMessages: PermissionFlagsBits.SendMessages,
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
};

/** The digest permissions the bot lacks in `channel`, after role and channel overwrites. */
export function missingDigestPermissions(channel: GuildBasedChannel, me: GuildMember | null): DigestPermission[] {
  const granted = me ? channel.permissionsFor(me) : null;
  return (Object.keys(DIGEST_PERMISSIONS) as DigestPermission[]).filter(
    (name) => !granted?.has(DIGEST_PERMISSIONS[name]),
  );
}
