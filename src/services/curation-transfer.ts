import { applyCuration } from '../domain/apply-curation.js';
import { sameRef, targetOf, type CurationChange, type CurationLog, type RecordRef } from '../domain/curation.js';
import { checkUndo } from '../domain/curation-undo.js';
import { findDealMatch } from '../domain/deal-match.js';
import { normalizeName } from '../domain/normalize.js';
import type { Catalog, Company } from '../domain/types.js';
import {
  checkCurationFiles,
  findCurationProblems,
  parseCurationExport,
  type CurationCheck,
  type CurationExport,
} from '../store/curation-files.js';
import type { Store } from '../store/store.js';
import { curationOf, oneAtATime } from './curation-common.js';

export type { CurationCheck, CurationExport };
export { parseCurationExport };

/** All curated records as they are now, and the whole history, as one JSON-ready object. */
export function exportCuration(store: Store, now: Date): CurationExport {
  const index = store.catalog.current();
  const log = curationOf(index);
  const curatedDeals = new Set(log.flatMap((c) => (c.action === 'add-deal' ? [c.deal.id] : [])));
  const addedCompanies = new Set(log.flatMap((c) => (c.action === 'add-company' ? [c.company.id] : [])));
  return {
    format: 'withk-curation',
    version: 1,
    exportedAt: now.toISOString(),
    deals: index.catalog.deals.filter((deal) => curatedDeals.has(deal.id)),
    retiredDeals: [...(index.curation?.retired.values() ?? [])],
    companies: index.catalog.companies.filter((company) => addedCompanies.has(company.id)),
    changes: [...log],
  };
}

/** Why an incoming change was not applied: it contradicts what this instance has. */
export type ConflictReason =
  | 'same-id-differs'
  | 'record-differs'
  | 'near-duplicate'
  | 'name-taken'
  | 'unknown-record'
  | 'value-differs'
  | 'cannot-undo';

export interface MergeReport {
  /** Changes taken over, numbered after this instance's own. */
  added: CurationChange[];
  /** Changes this instance already has (the same change, or the same record reached another way). */
  same: number;
  /** Changes left out, each with its number in the other instance's history and the reason. */
  conflicts: { seq: number; id: string; reason: ConflictReason; detail: string }[];
}

/**
 * Merges another instance's export: each of its changes, oldest first, is taken over when it applies cleanly, is
 * counted as the same when this instance already has its effect, and is listed as a conflict (never applied)
 * when this instance holds something else for the same record or field. Saved in one append.
 */
export function importCuration(store: Store, incoming: CurationExport): Promise<MergeReport> {
  return oneAtATime(store, () => merge(store, incoming));
}

async function merge(store: Store, incoming: CurationExport): Promise<MergeReport> {
  const imported = store.catalog.imported();
  const local = curationOf(store.catalog.current());
  const ids = new Map(local.map((change) => [change.id, change]));
  const accepted: CurationChange[] = [];
  const report: MergeReport = { added: [], same: 0, conflicts: [] };
  let working = applyCuration(imported, local).catalog;
  for (const change of incoming.changes) {
    const log = [...local, ...accepted];
    const verdict = judge(change, working, log, ids);
    if (verdict === 'same') report.same += 1;
    else if (verdict === 'accept') {
      accepted.push({ ...change, seq: log.length + 1 });
      ids.set(change.id, change);
      working = applyCuration(imported, [...local, ...accepted]).catalog;
    } else report.conflicts.push({ seq: change.seq, id: change.id, ...verdict });
  }
  if (accepted.length) report.added = await store.curation.append(accepted.map(({ seq: _seq, ...change }) => change));
  return report;
}

type Verdict = 'same' | 'accept' | { reason: ConflictReason; detail: string };

function judge(change: CurationChange, current: Catalog, log: CurationLog, ids: Map<string, CurationChange>): Verdict {
  const known = ids.get(change.id);
  if (known) return sameJson(strip(known), strip(change)) ? 'same' : conflict('same-id-differs', change.id);
  switch (change.action) {
    case 'add-deal': {
      const existing = current.deals.find((deal) => deal.id === change.deal.id);
      if (existing) return sameJson(existing, change.deal) ? 'same' : conflict('record-differs', change.deal.id);
      const match = findDealMatch(current.deals, change.deal);
      if (match?.match === 'duplicate') return 'same';
      if (match) return conflict('near-duplicate', match.deal.id);
      const missing = change.deal.partyIds.filter((id) => !current.companies.some((c) => c.id === id));
      return missing.length ? conflict('unknown-record', missing.join(', ')) : 'accept';
    }
    case 'add-company': {
      const existing = current.companies.find((company) => company.id === change.company.id);
      if (existing) return sameJson(existing, change.company) ? 'same' : conflict('record-differs', change.company.id);
      const named = current.companies.find((c) => normalizeName(c.name) === normalizeName(change.company.name));
      return named ? conflict('name-taken', named.id) : 'accept';
    }
    case 'add-alias': {
      const record = find(current, change.target);
      if (!record) return conflict('unknown-record', `${change.target.kind} ${change.target.id}`);
      return namesOf(record).some((name) => normalizeName(name) === normalizeName(change.alias)) ? 'same' : 'accept';
    }
    case 'edit': {
      const record = find(current, change.target) as Record<string, unknown> | undefined;
      if (!record) return conflict('unknown-record', `${change.target.kind} ${change.target.id}`);
      const now = change.fields.map((f) => record[f.field] ?? null);
      if (change.fields.every((f, i) => sameJson(now[i], f.after))) return 'same';
      const clash = change.fields.find((f, i) => !sameJson(now[i], f.before) && !sameJson(now[i], f.after));
      return clash ? conflict('value-differs', clash.field) : 'accept';
    }
    case 'retire': {
      if (!current.deals.some((deal) => deal.id === change.target.id))
        return log.some((c) => c.action === 'retire' && sameRef(targetOf(c), change.target))
          ? 'same'
          : conflict('unknown-record', `deal ${change.target.id}`);
      return 'accept';
    }
    case 'undo': {
      const undone = ids.get(change.changeId);
      if (!undone) return conflict('unknown-record', `change ${change.changeId}`);
      const local = log.find((c) => c.id === undone.id);
      if (!local) return conflict('unknown-record', `change ${change.changeId}`);
      const check = checkUndo(log, current, local);
      if (check.ok) return 'accept';
      return check.problems[0]?.code === 'already-undone' ? 'same' : conflict('cannot-undo', `#${local.seq}`);
    }
  }
}

const conflict = (reason: ConflictReason, detail: string) => ({ reason, detail });
const strip = ({ seq: _seq, ...change }: CurationChange) => change;
/** Equal as data, whatever order the keys were written in. */
const sameJson = (a: unknown, b: unknown) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([key, inner]) => [key, sorted(inner)]),
        )
      : value;

function find(catalog: Catalog, ref: RecordRef): object | undefined {
  const list: readonly { id: string }[] =
    ref.kind === 'deal' ? catalog.deals : ref.kind === 'title' ? catalog.titles : catalog.companies;
  return list.find((record) => record.id === ref.id);
}

function namesOf(record: object): string[] {
  const named = record as Partial<Company> & { originalNames?: { name: string }[] };
  return [named.name ?? '', ...(named.aliases ?? []), ...(named.originalNames ?? []).map((o) => o.name)];
}

/** `npm run curate -- check` on lowdb: the curated file's layout, then changes that would do nothing. */
export const checkCuration = (dataDir: string): Promise<CurationCheck> => checkCurationFiles(dataDir);

/**
 * `npm run curate -- check` on a shared store (PostgreSQL), once it opened (which validates every change): the
 * changes that would do nothing to the imported catalog.
 */
export async function checkCurationIn(store: Store): Promise<CurationCheck> {
  const changes = await store.curation.list();
  return {
    file: store.description,
    exists: true,
    changes: changes.length,
    findings: findCurationProblems(store.catalog.imported(), changes),
  };
}
