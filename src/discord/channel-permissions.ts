import { PermissionFlagsBits, type GuildBasedChannel, type GuildMember } from 'discord.js';
import type { DigestPermission } from '../domain/schedule.js';

/**
 * What withk needs in a channel to post a digest (embeds; files only with the movers picture), by Discord's flag
 * names (`permissions.*` in the catalogs).
 */
export const DIGEST_PERMISSIONS: Record<Exclude<DigestPermission, 'AttachFiles'>, bigint> = {
  ViewChannel: PermissionFlagsBits.ViewChannel,
  SendMessages: PermissionFlagsBits.SendMessages,
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
};

const PICTURE_PERMISSIONS = { AttachFiles: PermissionFlagsBits.AttachFiles };

/** The digest permissions the bot lacks in `channel`, after role and channel overwrites. */
export function missingDigestPermissions(
  channel: GuildBasedChannel,
  me: GuildMember | null,
  picture = false,
): DigestPermission[] {
  const granted = me ? channel.permissionsFor(me) : null;
  const needed: Partial<Record<DigestPermission, bigint>> = {
    ...DIGEST_PERMISSIONS,
    ...(picture ? PICTURE_PERMISSIONS : {}),
  };
  return (Object.keys(needed) as DigestPermission[]).filter((name) => !granted?.has(needed[name]!));
}
