import type { HistoryEntry } from '../../services/curation-history.js';
import type { RecordView } from '../../services/curation-common.js';
import { truncate } from '../limits.js';
import type { MessageView } from '../reply.js';
import type { FieldValue } from '../../domain/curation.js';
import { FIELD_WORDS, fieldValueText, recordLabel, sourceText, type Locale } from './curate-words.js';
import { BRAND_COLOR, relativeTime, safe } from './format.js';

export const CHANGES_PER_PAGE = 8;

export const historyPageCount = (entries: readonly unknown[]) =>
  Math.max(1, Math.ceil(entries.length / CHANGES_PER_PAGE));

/** A field value in a history line: sources stay links, other text is made inert. */
const valueText = (field: string, value: FieldValue, locale: Locale) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? sourceText(value, locale)
    : safe(fieldValueText(field, value, locale));

/** What a change did, in a phrase: "changed the date of …: 2025 → Mar 2025". */
export function describeChange(entry: Pick<HistoryEntry, 'change' | 'record' | 'reverts'>, locale: Locale): string {
  const { change, record } = entry;
  const label = `**${safe(recordLabel(record, locale))}**`;
  switch (change.action) {
    case 'add-deal':
      return `added the deal ${label}`;
    case 'add-company':
      return `added the company ${label}`;
    case 'add-alias':
      return `added the name “${safe(change.alias)}” to ${label}`;
    case 'edit':
      return `changed ${label}: ${change.fields
        .map(
          (f) =>
            `${FIELD_WORDS[f.field] ?? f.field} ${valueText(f.field, f.before, locale)} → ${valueText(f.field, f.after, locale)}`,
        )
        .join('; ')}`;
    case 'retire':
      return `retired ${label}: “${safe(truncate(change.reason, 120))}”`;
    case 'undo': {
      const reverts = entry.reverts;
      if (!reverts) return 'undid a change';
      if (reverts.action === 'retire') return `restored ${label} (undid #${reverts.seq})`;
      return `undid #${reverts.seq} (${describeChange({ change: reverts, record }, locale)})`;
    }
  }
}

/** "#12 · 3 minutes ago · alice — changed …  · source: variety.com", with a mark when it was undone since. */
export function historyLine(entry: HistoryEntry, locale: Locale): string {
  const { change } = entry;
  const source = change.source ? ` · source: ${sourceText(change.source, locale)}` : '';
  const undone = entry.revertedBy !== undefined ? ` · ~~undone by #${entry.revertedBy}~~` : '';
  return `**#${change.seq}** · ${relativeTime(new Date(change.at))} · ${safe(change.editor.name)} — ${describeChange(entry, locale)}${source}${undone}`;
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
  return {
    ephemeral: true,
    embeds: [
      {
        title: target ? `History of ${recordLabel(target, locale)}` : 'Latest changes by editors',
        color: BRAND_COLOR,
        description: shown.length
          ? shown.map((entry) => truncate(historyLine(entry, locale), 480)).join('\n')
          : 'No changes yet.',
        footer: {
          text: `${entries.length} change${entries.length === 1 ? '' : 's'}${pages > 1 ? ` · page ${page + 1} of ${pages}` : ''}`,
        },
      },
    ],
  };
}

/** An undo choice: "#12 · changed CJ ENM × TBS … · alice". */
export function changeChoiceName(entry: HistoryEntry, locale: Locale): string {
  const plain = describeChange(entry, locale).replace(/\*\*/g, '').replace(/\\(.)/g, '$1');
  return `#${entry.change.seq} · ${plain} · ${entry.change.editor.name}`;
}
