import { PermissionFlagsBits } from 'discord.js';
import { DEFAULT_MEMBER_PERMISSIONS, type Emulator, type InteractionLocales } from '../support/emulator/index.js';

/** A member who may manage the server, as /digest requires. */
export const MODERATOR = DEFAULT_MEMBER_PERMISSIONS | PermissionFlagsBits.ManageGuild;

/** Sends `/digest <subcommand>` in the emulator's channel, with that channel resolved as Discord would. */
export function sendDigestCommand(
  emulator: Emulator,
  subcommand: string,
  options: { name: string; type: number; value: string }[] = [],
  memberPermissions = MODERATOR,
  locales: InteractionLocales = {},
) {
  return emulator.command({
    name: 'digest',
    options: [{ name: subcommand, type: 1, options }],
    memberPermissions,
    ...locales,
    resolved: {
      channels: { [emulator.channelId]: { id: emulator.channelId, type: 0, name: 'general', permissions: '0' } },
    },
  } as never);
}

/** The options of `/digest set` for the emulator's channel. */
export const digestSetOptions = (emulator: Emulator, time: string, timezone: string) => [
  { name: 'channel', type: 7, value: emulator.channelId },
  { name: 'time', type: 3, value: time },
  { name: 'timezone', type: 3, value: timezone },
];
