import { eachInSlices, runSteps, type Steps } from '../domain/steps.js';
import { emptyTitleLists } from '../domain/title.js';
import type { Catalog, SourceRef, Title } from '../domain/types.js';

/** A title's list fields, as the domain defines them: most titles (from one engagement line) have all of them empty. */
const LIST_FIELDS = Object.keys(emptyTitleLists()).filter((field) => field !== 'externalIds');

// Frozen, so code that tried to add to the one shared empty list would fail loudly instead of changing every title.
const NO_ITEMS: readonly never[] = Object.freeze([]);
const NO_IDS: Title['externalIds'] = Object.freeze({});

/**
 * Shares identical values among a freshly validated catalog's records, in place. JSON.parse and the importers
 * make a fresh string for every chart id, week, title id and label of ~145,000 chart entries and ~82,000
 * engagement lines (7,000 distinct labels among 145,000), and a fresh list for each of a title's eleven list
 * fields, mostly empty or `["Netflix"]`: one shared copy of each saves about 30 MB of the 1× catalog's 66 MB of
 * records. Values and shapes stay as they were; only equal values become the same value.
 */
export function compactCatalog(catalog: Catalog): Catalog {
  return runSteps(compactCatalogSteps(catalog));
}

/** Records compacted between two steps: a few milliseconds of work. */
const RECORDS_PER_STEP = 10_000;

/** compactCatalog in steps of bounded work (see Steps), for a catalog validated in the running bot. */
export function* compactCatalogSteps(catalog: Catalog): Steps<Catalog> {
  const strings = new Map<string, string>();
  const share = (value: string): string => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  yield* eachInSlices(catalog.chartEntries, RECORDS_PER_STEP, (entry) => {
    entry.chartId = share(entry.chartId);
    entry.period = share(entry.period);
    entry.titleId = share(entry.titleId);
    entry.label = share(entry.label);
    if (entry.season !== undefined) entry.season = share(entry.season);
  });
  yield;
  yield* eachInSlices(catalog.engagement ?? [], RECORDS_PER_STEP, (line) => {
    line.titleId = share(line.titleId);
    line.period = share(line.period);
    line.label = share(line.label);
    if (line.season !== undefined) line.season = share(line.season);
    if (line.releaseDate !== undefined) line.releaseDate = share(line.releaseDate);
  });
  yield;
  const shared = { share, sources: new Map<string, SourceRef>(), lists: new Map<string, string[]>() };
  yield* eachInSlices(catalog.titles, RECORDS_PER_STEP / 4, (title) => compactTitle(title, shared));
  return catalog;
}

interface Shared {
  share: (value: string) => string;
  sources: Map<string, SourceRef>;
  /** Text lists by content (`["Netflix"]` is the platforms of 24,000 titles), frozen like the empty one. */
  lists: Map<string, string[]>;
}

function compactTitle(title: Title, { share, sources, lists }: Shared): void {
  const fields = title as unknown as Record<string, unknown[]>;
  for (const field of LIST_FIELDS) {
    const list = fields[field]!;
    if (list.length === 0) fields[field] = NO_ITEMS as never[];
    else if (list.every((item) => typeof item === 'string')) fields[field] = sharedList(list, lists);
  }
  if (Object.keys(title.externalIds).length === 0) title.externalIds = NO_IDS;
  title.asOf = share(title.asOf);
  if (title.releaseDate !== undefined) title.releaseDate = share(title.releaseDate);
  const key = JSON.stringify([title.source.publication, title.source.date, title.source.url]);
  const known = sources.get(key);
  if (known) title.source = known;
  else sources.set(key, title.source);
}

function sharedList(list: string[], lists: Map<string, string[]>): string[] {
  const key = JSON.stringify(list);
  const known = lists.get(key);
  if (known) return known;
  const frozen = Object.freeze(list.slice()) as string[];
  lists.set(key, frozen);
  return frozen;
}
