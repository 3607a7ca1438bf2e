import { undoneChangeIds, type CurationChange, type CurationLog, type FieldChange } from './curation.js';
import { normalizeName } from './normalize.js';
import type { Catalog, Company, Deal, Title } from './types.js';

/** The source status that stands for hand-curated data (the seed article, then editors). */
export const CURATED_SOURCE = 'curated';

/** Why a stored change had no effect; `npm run curate -- check` reports these. */
export type SkipReason = 'record-exists' | 'unknown-record' | 'already-retired';

export interface CuratedCatalog {
  /** The catalog answers see: the imported catalog with every effective change applied, in order. */
  catalog: Catalog;
  /** What the titles were built from (the imported titles and the changes to titles), so the next build can reuse them. */
  titlesFrom: { imported: readonly Title[]; changes: string };
  /** Deals withdrawn by an effective retire, as they were when retired. */
  retired: Map<string, Deal>;
  /** Changes that could not take effect (their record is missing or already exists). */
  skipped: { change: CurationChange; reason: SkipReason }[];
}

/**
 * The current truth: `catalog` (imported data) with the curated changes applied on top, oldest first. Undone
 * changes are left out. A deal any change ever added belongs to curation: the imported copy of it is ignored, so
 * undoing the change that added it really removes it. Unchanged parts of the catalog are shared, not copied.
 */
export function applyCuration(catalog: Catalog, log: CurationLog, previous?: CuratedCatalog): CuratedCatalog {
  const undone = undoneChangeIds(log);
  const effective = log.filter((change) => !undone.has(change.id) && change.action !== 'undo');
  const curatedDealIds = new Set(log.flatMap((change) => (change.action === 'add-deal' ? [change.deal.id] : [])));
  const deals = new Map(catalog.deals.filter((deal) => !curatedDealIds.has(deal.id)).map((deal) => [deal.id, deal]));
  const companies = new Map(catalog.companies.map((company) => [company.id, company]));
  const titles = pickTitles(catalog.titles, effective);
  const records = { deal: deals, company: companies, title: titles.picked };
  const retired = new Map<string, Deal>();
  const skipped: CuratedCatalog['skipped'] = [];
  const changedTitles = new Set<string>();

  for (const change of effective) {
    const skip = (reason: SkipReason) => skipped.push({ change, reason });
    if (change.action === 'add-deal' || change.action === 'add-company') {
      const [map, record] =
        change.action === 'add-deal'
          ? [deals as Map<string, Deal | Company>, change.deal]
          : [companies as Map<string, Deal | Company>, change.company];
      if (map.has(record.id) || (change.action === 'add-deal' && retired.has(record.id))) skip('record-exists');
      else map.set(record.id, structuredClone(record));
      continue;
    }
    if (change.action === 'undo') continue;
    const { kind, id } = change.target;
    const map = records[kind] as Map<string, Deal | Title | Company>;
    const current = map.get(id);
    if (!current) {
      skip(kind === 'deal' && retired.has(id) ? 'already-retired' : 'unknown-record');
      continue;
    }
    if (change.action === 'retire') {
      retired.set(id, current as Deal);
      deals.delete(id);
      continue;
    }
    const next = { ...current } as Record<string, unknown>;
    if (change.action === 'add-alias') addAlias(next as { aliases?: string[] }, change.alias);
    else applyFields(next, change.fields);
    map.set(id, next as unknown as Deal | Title | Company);
    if (kind === 'title') changedTitles.add(id);
  }

  // Titles are the big list: when neither they nor the changes to them moved, the last build's array is kept, so
  // the index's title search is reused too (a deal saved at 500,000 titles rebuilds no title index).
  const titlesFrom = { imported: catalog.titles, changes: titles.changeIds };
  const sameTitles =
    previous?.titlesFrom.imported === catalog.titles && previous.titlesFrom.changes === titlesFrom.changes;
  return {
    catalog: {
      ...catalog,
      sources: curatedAsOf(catalog.sources, log),
      deals: [...deals.values()],
      companies: [...companies.values()],
      titles: sameTitles
        ? previous.catalog.titles
        : changedTitles.size
          ? catalog.titles.map((title) => (changedTitles.has(title.id) ? titles.picked.get(title.id)! : title))
          : catalog.titles,
    },
    titlesFrom,
    retired,
    skipped,
  };
}

/**
 * The curated source's data date moves to the day of the latest change, so what editors add today reaches
 * /trends and the digest's "new partnerships" (their windows end at the newest data date).
 */
function curatedAsOf(sources: Catalog['sources'], log: CurationLog): Catalog['sources'] {
  const latest = log.reduce((day, change) => (change.at.slice(0, 10) > day ? change.at.slice(0, 10) : day), '');
  const curated = sources.find((source) => source.id === CURATED_SOURCE);
  if (!latest || (curated?.dataDate && curated.dataDate >= latest)) return sources;
  if (!curated) return [...sources, { id: CURATED_SOURCE, name: 'Curated by editors', dataDate: latest }];
  return sources.map((source) => (source === curated ? { ...source, dataDate: latest } : source));
}

/** Only the titles changes are about, found in one pass: the catalog may hold hundreds of thousands. */
function pickTitles(all: readonly Title[], changes: readonly CurationChange[]) {
  const wanted = new Set<string>();
  const changeIds: string[] = [];
  for (const change of changes) {
    if ((change.action === 'add-alias' || change.action === 'edit') && change.target.kind === 'title') {
      wanted.add(change.target.id);
      changeIds.push(change.id);
    }
  }
  const picked = new Map<string, Title>();
  if (wanted.size) for (const title of all) if (wanted.has(title.id)) picked.set(title.id, title);
  return { picked, changeIds: changeIds.join(' ') };
}

function addAlias(record: { aliases?: string[] }, alias: string): void {
  const aliases = record.aliases ?? [];
  if (aliases.some((known) => normalizeName(known) === normalizeName(alias))) return;
  record.aliases = [...aliases, alias];
}

function applyFields(record: Record<string, unknown>, fields: readonly FieldChange[]): void {
  for (const { field, after } of fields) {
    if (after === null) delete record[field];
    else record[field] = structuredClone(after);
  }
}
