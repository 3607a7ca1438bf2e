import type { FieldValue } from '../../domain/curation.js';
import { t, type Locale } from '../../i18n/index.js';
import type { HistoryEntry } from '../../services/curation-history.js';
import type { RecordView } from '../../services/curation-common.js';
import { truncate } from '../limits.js';
import type { MessageView } from '../reply.js';
import { editorName, fieldValueText, recordFieldName, recordLabel, sourceText } from './curate-words.js';
import { BRAND_COLOR, relativeTime, safe } from './format.js';

export const CHANGES_PER_PAGE = 8;

export const historyPageCount = (entries: readonly unknown[]) =>
  Math.max(1, Math.ceil(entries.length / CHANGES_PER_PAGE));

/** A field value in a history line: sources stay links, other text is made inert. */
const valueText = (field: string, value: FieldValue, locale: Locale) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? sourceText(value, locale)
    : safe(fieldValueText(field, value, locale));

/** What a change did, in a phrase: "changed … : date 2025 → Mar 2025", "… 수정: 날짜 2025 → 2025년 3월". */
export function describeChange(entry: Pick<HistoryEntry, 'change' | 'record' | 'reverts'>, locale: Locale): string {
  const { change, record } = entry;
  const label = `**${safe(recordLabel(record, locale))}**`;
  switch (change.action) {
    case 'add-deal':
      return t(locale, 'curate.history.addDeal', { record: label });
    case 'add-company':
      return t(locale, 'curate.history.addCompany', { record: label });
    case 'add-alias':
      return t(locale, 'curate.history.addAlias', {
        record: label,
        alias: t(locale, 'common.quoted', { text: safe(change.alias) }),
      });
    case 'edit':
      return t(locale, 'curate.history.edit', {
        record: label,
        fields: change.fields
          .map((f) =>
            t(locale, 'curate.history.field', {
              field: recordFieldName(f.field, locale),
              before: valueText(f.field, f.before, locale),
              after: valueText(f.field, f.after, locale),
            }),
          )
          .join('; '),
      });
    case 'retire':
      return t(locale, 'curate.history.retire', {
        record: label,
        reason: t(locale, 'common.quoted', { text: safe(truncate(change.reason, 120)) }),
      });
    case 'undo': {
      const reverts = entry.reverts;
      if (!reverts) return t(locale, 'curate.history.undidUnknown');
      if (reverts.action === 'retire') return t(locale, 'curate.history.restored', { record: label, seq: reverts.seq });
      return t(locale, 'curate.history.undid', {
        seq: reverts.seq,
        what: describeChange({ change: reverts, record }, locale),
      });
    }
  }
}

/** "#12 · 3 minutes ago · alice — changed …  · source: variety.com", with a mark when it was undone since. */
export function historyLine(entry: HistoryEntry, locale: Locale): string {
  const { change } = entry;
  return t(locale, 'curate.history.line', {
    seq: change.seq,
    time: relativeTime(new Date(change.at)),
    editor: safe(editorName(change.editor, locale)),
    what: describeChange(entry, locale),
    source: change.source ? t(locale, 'curate.history.source', { source: sourceText(change.source, locale) }) : '',
    undone: entry.revertedBy !== undefined ? t(locale, 'curate.history.undoneBy', { seq: entry.revertedBy }) : '',
  });
}

/** One page of the history, newest first. */
export function renderHistoryPage(
  entries: readonly HistoryEntry[],
  page: number,
  target: RecordView | undefined,
  locale: Locale,
): MessageView {
  const shown = entries.slice(page * CHANGES_PER_PAGE, (page + 1) * CHANGES_PER_PAGE);
  const pages = historyPageCount(entries);
  const count = entries.length;
  return {
    ephemeral: true,
    embeds: [
      {
        title: target
          ? t(locale, 'curate.history.titleOf', { record: recordLabel(target, locale) })
          : t(locale, 'curate.history.latest'),
        color: BRAND_COLOR,
        description: shown.length
          ? shown.map((entry) => truncate(historyLine(entry, locale), 480)).join('\n')
          : t(locale, 'curate.history.none'),
        footer: {
          text:
            pages > 1
              ? t(locale, 'curate.history.countPaged', { count, page: page + 1, pages })
              : t(locale, 'curate.history.count', { count }),
        },
      },
    ],
  };
}

/** An undo choice, in plain text: "#12 · changed CJ ENM × TBS … · alice". */
export function changeChoiceName(entry: HistoryEntry, locale: Locale): string {
  const plain = describeChange(entry, locale).replace(/\*\*/g, '').replace(/\\(.)/g, '$1');
  return `#${entry.change.seq} · ${plain} · ${editorName(entry.change.editor, locale)}`;
}
