import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type ButtonInteraction,
} from 'discord.js';
import { LIMITS } from './limits.js';
import { UserError } from '../domain/user-error.js';
import { commandRef, t, type Locale, type MessageArg } from '../i18n/index.js';

/** How long page buttons work after the answer was posted. */
export const PAGER_LIFETIME_MS = 5 * 60_000;

/**
 * Page-button state lives in the custom id, so paging needs no memory, survives restarts and can be checked
 * for its owner and expiry: `<command>:<ownerId>:<expiry base36>:<page>:<args joined by |>`.
 */
export interface PagerState {
  command: string;
  ownerId: string;
  expiresAt: number;
  page: number;
  args: string[];
}

export function encodePager(state: PagerState): string {
  return [state.command, state.ownerId, state.expiresAt.toString(36), state.page, state.args.join('|')].join(':');
}

export function decodePager(customId: string): PagerState | undefined {
  const [command, ownerId, expiry, page, args, ...rest] = customId.split(':');
  if (!command || !ownerId || !expiry || page === undefined || args === undefined || rest.length > 0) return undefined;
  const state = {
    command,
    ownerId,
    expiresAt: parseInt(expiry, 36),
    page: Number(page),
    args: args ? args.split('|') : [],
  };
  return Number.isInteger(state.page) && state.page >= 0 && Number.isFinite(state.expiresAt) ? state : undefined;
}

/**
 * Previous / position / next buttons in the reader's language, or none when everything fits on one page or the
 * ids would be too long.
 */
export function pagerRow(
  state: PagerState,
  pageCount: number,
  locale: Locale,
): APIActionRowComponent<APIButtonComponent>[] {
  if (pageCount <= 1) return [];
  const at = (page: number, suffix = '') => encodePager({ ...state, page }) + suffix;
  const buttons: APIButtonComponent[] = [
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: t(locale, 'pager.previous'),
      custom_id: at(Math.max(0, state.page - 1)),
      disabled: state.page === 0,
    },
    // Discord needs unique ids in a message; the position button is a label only.
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: t(locale, 'pager.position', { page: state.page + 1, pages: pageCount }),
      custom_id: at(state.page, ':'),
      disabled: true,
    },
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: t(locale, 'pager.next'),
      custom_id: at(Math.min(pageCount - 1, state.page + 1)),
      disabled: state.page >= pageCount - 1,
    },
  ];
  if (buttons.some((button) => 'custom_id' in button && button.custom_id.length > LIMITS.customId)) return [];
  return [{ type: ComponentType.ActionRow, components: buttons }];
}

/**
 * The page a button asks for, once it is known to be valid, the asker's own and not expired. An expired pager's
 * buttons are removed from the message before the person is told to run the command again.
 */
export async function readPagerClick(interaction: ButtonInteraction, now: Date): Promise<PagerState> {
  const state = decodePager(interaction.customId);
  const command = commandOf(state?.command ?? interaction.customId.split(':', 1)[0] ?? '');
  if (!state) throw new UserError('pager.broken', { command });
  if (state.ownerId !== interaction.user.id) throw new UserError('pager.notYours', { command });
  if (now.getTime() > state.expiresAt) {
    await interaction.update({ components: [] });
    throw new UserError('pager.expired', { command });
  }
  return state;
}

// Paged commands, named as the reader's client shows them; anything else (a forged id) is echoed as it came.
const PAGED: Record<string, MessageArg> = {
  deals: commandRef('deals'),
  chart: commandRef('chart'),
  curate: commandRef('curate', 'history'),
};
const commandOf = (name: string): MessageArg => PAGED[name] ?? name.replace(/`/g, '').slice(0, 32);
