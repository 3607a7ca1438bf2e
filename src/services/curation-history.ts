import type { CatalogIndex } from '../domain/catalog-index.js';
import {
  decodeRef,
  sameRef,
  targetOf,
  undoneChangeIds,
  type CurationChange,
  type RecordRef,
} from '../domain/curation.js';
import type { CurationProblem } from '../domain/curation-problems.js';
import { normalizeName } from '../domain/normalize.js';
import type { Store } from '../store/store.js';
import { memoForIndex } from './catalog.js';
import { curationOf, refOf, viewRecord, type RecordView } from './curation-common.js';
import { resolveTarget } from './curation-targets.js';

/** One change as the history shows it. */
export interface HistoryEntry {
  change: CurationChange;
  /** The record it is about, as it is now (or was when retired); for an undo, the record of the reverted change. */
  record?: RecordView;
  /** For an undo: the change it reverts. */
  reverts?: CurationChange;
  /** Set when a later undo (still in effect) reverted this change: that undo's number. */
  revertedBy?: number;
}

export type HistoryResult =
  { ok: true; target?: RecordView; entries: HistoryEntry[] } | { ok: false; problems: CurationProblem[] };

/** The latest changes, newest first; with a target (title, company or deal, retired ones too), only its own. */
export function listHistory(store: Store, target?: string): HistoryResult {
  const index = store.catalog.current();
  const entries = historyOf(index);
  if (!target?.trim()) return { ok: true, entries };
  const ref = decodeRef(target);
  const record = ref ? viewRecord(index, ref) : undefined;
  const resolved = record
    ? { ok: true as const, value: record }
    : resolveTarget(index, target, ['deal', 'title', 'company']);
  if (!resolved.ok) return resolved;
  const wanted = refOf(resolved.value);
  return {
    ok: true,
    target: resolved.value,
    entries: entries.filter((entry) => sameRef(targetOf(entry.reverts ?? entry.change), wanted)),
  };
}

/** Every change with its record, newest first; built once per catalog version (each change makes a new one). */
function historyOf(index: CatalogIndex): HistoryEntry[] {
  return memoForIndex(index, 'curation:history', () => {
    const log = curationOf(index);
    const undone = undoneChangeIds(log);
    const byId = new Map(log.map((change) => [change.id, change]));
    const undoneBy = new Map<string, number>();
    for (const change of log)
      if (change.action === 'undo' && !undone.has(change.id)) undoneBy.set(change.changeId, change.seq);
    const records = new Map<string, RecordView>();
    const recordOf = (ref: RecordRef | undefined) => {
      if (!ref) return undefined;
      const key = `${ref.kind}:${ref.id}`;
      if (!records.has(key)) records.set(key, viewRecord(index, ref));
      return records.get(key);
    };
    return log
      .map((change) => {
        const reverts = change.action === 'undo' ? byId.get(change.changeId) : undefined;
        const entry: HistoryEntry = { change, record: recordOf(targetOf(reverts ?? change)) };
        if (reverts) entry.reverts = reverts;
        const by = undoneBy.get(change.id);
        if (by !== undefined) entry.revertedBy = by;
        return entry;
      })
      .reverse();
  });
}

/**
 * Changes an editor can undo now (not already reverted), newest first, matching every typed word against the
 * number, the editor, the kind of change and the record's names.
 */
export function suggestChanges(store: Store, query: string, limit = 25): HistoryEntry[] {
  const index = store.catalog.current();
  const words = normalizeName(query.replace(/#/g, ' ')).split(' ').filter(Boolean);
  const found: HistoryEntry[] = [];
  for (const entry of historyOf(index)) {
    if (entry.revertedBy !== undefined) continue;
    const text = searchTextOf(entry);
    if (words.every((word) => text.some((known) => known.startsWith(word)))) found.push(entry);
    if (found.length >= limit) break;
  }
  return found;
}

function searchTextOf(entry: HistoryEntry): string[] {
  const { change, record } = entry;
  const names: string[] = [String(change.seq), change.editor.name, change.action];
  if (record && !('missing' in record)) {
    if (record.kind === 'deal' && 'deal' in record) names.push(...record.parties.map((p) => p.name), record.deal.date);
    if (record.kind === 'title' && 'title' in record) names.push(record.title.name);
    if (record.kind === 'company' && 'company' in record) names.push(record.company.name);
  }
  if (change.action === 'edit') names.push(...change.fields.map((field) => field.field));
  return normalizeName(names.join(' ')).split(' ');
}
