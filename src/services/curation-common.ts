import { randomUUID } from 'node:crypto';
import type { CatalogIndex } from '../domain/catalog-index.js';
import type { CurationLog, Editor, RecordKind, RecordRef } from '../domain/curation.js';
import type { Company, Deal, SourceRef, Title } from '../domain/types.js';
import type { Store } from '../store/store.js';

/** A deal with its parties and titles resolved, as the history, previews and autocomplete show it. */
export interface DealRecord {
  deal: Deal;
  parties: Company[];
  titles: Title[];
}

/** Any record a change can be about, resolved for display; `missing` when no version of it is known any more. */
export type RecordView =
  | ({ kind: 'deal'; retired: boolean } & DealRecord)
  | { kind: 'title'; title: Title }
  | { kind: 'company'; company: Company }
  | { kind: RecordKind; missing: true; id: string };

/** The reference of a resolved record. */
export function refOf(record: RecordView): RecordRef {
  if ('missing' in record) return { kind: record.kind, id: record.id };
  if (record.kind === 'deal') return { kind: 'deal', id: record.deal.id };
  return record.kind === 'title' ? { kind: 'title', id: record.title.id } : { kind: 'company', id: record.company.id };
}

/** The curated history the current catalog includes. */
export const curationOf = (index: CatalogIndex): CurationLog => index.curation?.log ?? [];

/** A deal's parties and titles, as found in the catalog (unknown ids are left out). */
export function dealRecord(index: CatalogIndex, deal: Deal, extraCompanies: readonly Company[] = []): DealRecord {
  const company = (id: string) => index.companies.get(id) ?? extraCompanies.find((c) => c.id === id);
  return {
    deal,
    parties: deal.partyIds.map(company).filter((c): c is Company => !!c),
    titles: deal.titleIds.map((id) => index.titles.get(id)).filter((t): t is Title => !!t),
  };
}

/** The current (or, for a retired deal, last) version of a record, for display. */
export function viewRecord(index: CatalogIndex, ref: RecordRef): RecordView {
  if (ref.kind === 'title') {
    const title = index.titles.get(ref.id);
    return title ? { kind: 'title', title } : { kind: 'title', missing: true, id: ref.id };
  }
  if (ref.kind === 'company') {
    const company = index.companies.get(ref.id) ?? lastAdded(curationOf(index), 'company', ref.id);
    return company ? { kind: 'company', company: company as Company } : { kind: 'company', missing: true, id: ref.id };
  }
  const live = dealById(index, ref.id);
  if (live) return { kind: 'deal', retired: false, ...dealRecord(index, live) };
  const gone = index.curation?.retired.get(ref.id) ?? (lastAdded(curationOf(index), 'deal', ref.id) as Deal);
  return gone
    ? { kind: 'deal', retired: true, ...dealRecord(index, gone) }
    : { kind: 'deal', missing: true, id: ref.id };
}

/** A current (not retired) deal by id. Deals number in the thousands at most: a scan is cheap. */
export const dealById = (index: CatalogIndex, id: string): Deal | undefined =>
  index.catalog.deals.find((deal) => deal.id === id);

function lastAdded(log: CurationLog, kind: 'deal' | 'company', id: string): Deal | Company | undefined {
  const added = log.findLast(
    (change) =>
      (kind === 'deal' && change.action === 'add-deal' && change.deal.id === id) ||
      (kind === 'company' && change.action === 'add-company' && change.company.id === id),
  );
  if (added?.action === 'add-deal') return added.deal;
  if (added?.action === 'add-company') return added.company;
  return undefined;
}

/** Who, when and from where: the part every new change shares. */
export function changeBy(editor: Editor, now: Date, source?: SourceRef) {
  return { id: randomUUID(), at: now.toISOString(), editor, ...(source ? { source } : {}) };
}

const queues = new WeakMap<Store, Promise<unknown>>();

/**
 * Runs check-then-save steps one at a time, in this process and across every process sharing the store
 * (PostgreSQL: an advisory lock), each starting from every change saved so far: two editors saving at the same
 * moment both land, in order, and the second is checked against the catalog with the first already in it (no
 * duplicate slips in).
 */
export function oneAtATime<T>(store: Store, task: () => Promise<T>): Promise<T> {
  const exclusive = () =>
    store.runExclusively('curation', async () => {
      await store.curation.sync();
      return task();
    });
  const run = (queues.get(store) ?? Promise.resolve()).then(exclusive, exclusive);
  queues.set(
    store,
    run.catch(() => undefined),
  );
  return run;
}

/** The UTC day of an instant: the date a source was read on. */
export const dayOf = (now: Date) => now.toISOString().slice(0, 10);
