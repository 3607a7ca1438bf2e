import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { Deps } from '../../src/discord/command.js';
import { PAGER_LIFETIME_MS, pagerRow, readPagerClick, type PagerState } from '../../src/discord/pager.js';
import { historyPageCount, renderHistoryPage } from '../../src/discord/render/curate-history.js';
import { refusedError } from '../../src/discord/render/curate-problems.js';
import { renderSavedEdit, renderUndone } from '../../src/discord/render/curate.js';
import { answer, toPayload, type MessageView } from '../../src/discord/reply.js';
import type { Editor } from '../../src/domain/curation.js';
import { toLocale, type Locale } from '../../src/i18n/index.js';
import { addAlias, fixField, retireDeal, undoChange, type EditResult } from '../../src/services/curate-edits.js';
import type { FixChoice } from '../../src/services/curation-fields.js';
import { refOf } from '../../src/services/curation-common.js';
import { listHistory } from '../../src/services/curation-history.js';

type Handler = (interaction: ChatInputCommandInteraction, editor: Editor, deps: Deps) => Promise<void>;

const text = (interaction: ChatInputCommandInteraction, name: string) => interaction.options.getString(name) ?? '';

async function answerEdit(interaction: ChatInputCommandInteraction, result: EditResult): Promise<void> {
  if (!result.ok) throw refusedError(result.problems);
  await answer(interaction, renderSavedEdit(result.change, result.record, toLocale(interaction.locale)));
}

export const alias: Handler = async (interaction, editor, deps) =>
  answerEdit(
    interaction,
    await addAlias(
      deps.store,
      { target: text(interaction, 'target'), alias: text(interaction, 'alias') },
      editor,
      deps.clock(),
    ),
  );

export const fix: Handler = async (interaction, editor, deps) =>
  answerEdit(
    interaction,
    await fixField(
      deps.store,
      {
        target: text(interaction, 'target'),
        field: text(interaction, 'field') as FixChoice,
        value: text(interaction, 'value'),
        source: text(interaction, 'source'),
      },
      editor,
      deps.clock(),
    ),
  );

export const retire: Handler = async (interaction, editor, deps) =>
  answerEdit(
    interaction,
    await retireDeal(
      deps.store,
      { target: text(interaction, 'target'), reason: text(interaction, 'reason') },
      editor,
      deps.clock(),
    ),
  );

export const undo: Handler = async (interaction, editor, deps) => {
  const result = await undoChange(deps.store, { change: text(interaction, 'change') }, editor, deps.clock());
  if (!result.ok) throw refusedError(result.problems);
  await answer(interaction, renderUndone(result.change, result.undone, result.record, toLocale(interaction.locale)));
};

export const history: Handler = async (interaction, _editor, deps) => {
  const pager: PagerState = {
    command: 'curate',
    ownerId: interaction.user.id,
    expiresAt: deps.clock().getTime() + PAGER_LIFETIME_MS,
    page: 0,
    args: [],
  };
  await answer(interaction, historyView(text(interaction, 'target'), pager, deps, toLocale(interaction.locale)));
};

/** The page buttons of /curate history. */
export async function turnHistoryPage(interaction: ButtonInteraction, deps: Deps): Promise<void> {
  const state = await readPagerClick(interaction, deps.clock());
  const [kind = '', id = ''] = state.args;
  await interaction.update(
    toPayload(historyView(kind ? `${kind}:${id}` : '', state, deps, toLocale(interaction.locale))),
  );
}

function historyView(target: string, pager: PagerState, deps: Deps, locale: Locale): MessageView {
  const result = listHistory(deps.store, target);
  if (!result.ok) throw refusedError(result.problems);
  const pages = historyPageCount(result.entries);
  const page = Math.min(pager.page, pages - 1);
  // Ids are slugs: they never contain the pager's separators.
  const ref = result.target ? refOf(result.target) : undefined;
  return {
    ...renderHistoryPage(result.entries, page, result.target, locale),
    components: pagerRow({ ...pager, page, args: ref ? [ref.kind, ref.id] : [] }, pages, locale),
  };
}
