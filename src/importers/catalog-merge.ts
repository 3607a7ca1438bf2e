import type { TitleResolver } from '../domain/resolve-title.js';
import type { Catalog, Chart, ChartEntry, SourceStatus } from '../domain/types.js';
import type { RowError } from './format-error.js';

/** What an import did. Entry counts: read = added + updated + unchanged + rejected. */
export interface ImportSummary {
  /** Data rows seen (valid and rejected). */
  read: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: RowError[];
  titlesAdded: number;
  titlesUpdated: number;
  chartsAdded: number;
  /** The latest period among the accepted rows (YYYY-MM-DD). */
  dataDate?: string;
}

/** Inputs every apply function takes besides the catalog and rows. */
export interface ApplyOptions {
  /** The file or URL the rows came from; echoed in the summary. */
  fileName: string;
  now: Date;
  /** Rows the parser already rejected; they are counted and reported with the rest. */
  rowErrors?: readonly RowError[];
}

/** The outcome of an apply function. */
export interface ApplyResult {
  /** The next catalog, or the very same object when nothing changed. */
  catalog: Catalog;
  summary: ImportSummary & { fileName: string };
}

/** The fields an import owns on a ChartEntry; curated extras (note, streakDays) survive an update. */
const IMPORTED_FIELDS = ['titleId', 'label', 'season', 'weeksInTop10', 'hoursViewed', 'views', 'audience'] as const;

/** What an upsert did to the catalog's entry for its key. */
export type UpsertOutcome = 'added' | 'updated' | 'unchanged';

/** Per (chart, period): entry positions and the line of this import that claimed each rank. */
interface PeriodSlot {
  positions: number[];
  claimed: number[];
}

/**
 * Upserts chart entries by (chartId, period, rank) against an index built once, copying the entry array only
 * on the first write. Also remembers which line claimed each key, so a file that lists a rank twice is caught.
 * The index is chartId → period → rank-indexed arrays rather than one Map of joined string keys: the ids and
 * periods are shared strings whose hashes V8 caches, while a joined key would be a fresh string to build and
 * hash for each of 145k existing entries and again for every row.
 */
export function createEntryMerger(existing: readonly ChartEntry[]) {
  const byChart = new Map<string, Map<string, PeriodSlot>>();
  const slotOf = (chartId: string, period: string): PeriodSlot => {
    let periods = byChart.get(chartId);
    if (!periods) byChart.set(chartId, (periods = new Map()));
    let slot = periods.get(period);
    if (!slot) periods.set(period, (slot = { positions: [], claimed: [] }));
    return slot;
  };
  existing.forEach((entry, i) => {
    slotOf(entry.chartId, entry.period).positions[entry.rank] = i;
  });
  let entries: ChartEntry[] | undefined;

  return {
    /** The line that already supplied this (chart, period, rank) in this import, if any. */
    claimedBy: (chartId: string, period: string, rank: number): number | undefined =>
      byChart.get(chartId)?.get(period)?.claimed[rank],
    get(chartId: string, period: string, rank: number): ChartEntry | undefined {
      const at = byChart.get(chartId)?.get(period)?.positions[rank];
      return at === undefined ? undefined : (entries ?? existing)[at];
    },
    upsert(entry: ChartEntry, line: number): UpsertOutcome {
      const slot = slotOf(entry.chartId, entry.period);
      slot.claimed[entry.rank] = line;
      const at = slot.positions[entry.rank];
      if (at !== undefined) {
        const before = (entries ?? existing)[at]!;
        if (sameImportedFields(before, entry)) return 'unchanged';
        (entries ??= existing.slice())[at] = mergeEntry(before, entry);
        return 'updated';
      }
      slot.positions[entry.rank] = (entries ??= existing.slice()).length;
      entries.push(entry);
      return 'added';
    },
    /** The entries after the upserts (the original array when nothing was written). */
    result: (): ChartEntry[] => entries ?? (existing as ChartEntry[]),
    get changed() {
      return entries !== undefined;
    },
  };
}

/** True when two entries agree on everything an import sets (missing entries never agree). */
export function sameImportedFields(a: ChartEntry | undefined, b: ChartEntry): boolean {
  // Spelled out rather than looping over IMPORTED_FIELDS: this runs once per row of a 134,620-row file.
  return (
    a !== undefined &&
    a.titleId === b.titleId &&
    a.label === b.label &&
    a.season === b.season &&
    a.weeksInTop10 === b.weeksInTop10 &&
    a.hoursViewed === b.hoursViewed &&
    a.views === b.views &&
    a.audience === b.audience
  );
}

function mergeEntry(before: ChartEntry, incoming: ChartEntry): ChartEntry {
  const merged: ChartEntry = { ...before };
  for (const field of IMPORTED_FIELDS) {
    if (incoming[field] === undefined) delete merged[field];
    else (merged as unknown as Record<string, unknown>)[field] = incoming[field];
  }
  return merged;
}

/** Charts by id; adds the ones an import needs, keeping existing definitions (curated names win). */
export function createChartSet(existing: readonly Chart[]) {
  const ids = new Set(existing.map((chart) => chart.id));
  const added: Chart[] = [];
  return {
    ensure(chart: Chart): void {
      if (ids.has(chart.id)) return;
      ids.add(chart.id);
      added.push(chart);
    },
    result: (): Chart[] => (added.length === 0 ? (existing as Chart[]) : [...existing, ...added]),
    get addedCount() {
      return added.length;
    },
  };
}

/** Records a successful import: newest data date (never moving backwards), import instant, no error. */
export function markImported(
  sources: readonly SourceStatus[],
  source: { id: string; name: string },
  dataDate: string | undefined,
  now: Date,
): SourceStatus[] {
  const before = sources.find((status) => status.id === source.id);
  const latest = [before?.dataDate, dataDate]
    .filter((date): date is string => !!date)
    .sort()
    .at(-1);
  const next: SourceStatus = { id: source.id, name: before?.name ?? source.name, importedAt: now.toISOString() };
  if (latest) next.dataDate = latest;
  return before ? sources.map((status) => (status === before ? next : status)) : [...sources, next];
}

/** The UTC calendar day of an instant, YYYY-MM-DD. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Starts a summary for `read` rows of which the parser already rejected some. */
export function startSummary(rowCount: number, rowErrors: readonly RowError[] = []): ImportSummary {
  return {
    read: rowCount + rowErrors.length,
    added: 0,
    updated: 0,
    unchanged: 0,
    rejected: rowErrors.length,
    errors: [...rowErrors],
    titlesAdded: 0,
    titlesUpdated: 0,
    chartsAdded: 0,
  };
}

/** The working parts of one merge, handed to finishMerge. */
export interface MergeState {
  summary: ImportSummary;
  resolver: TitleResolver;
  merger: ReturnType<typeof createEntryMerger>;
  charts: ReturnType<typeof createChartSet>;
  /** Latest period among accepted rows. */
  latest: string | undefined;
}

/**
 * Assembles the next catalog and the summary. When no entry, chart or title changed, the catalog comes back
 * as the very same object and the source status is left alone (so a repeated import writes nothing).
 */
export function finishMerge(
  catalog: Catalog,
  state: MergeState,
  source: { id: string; name: string },
  options: ApplyOptions,
): ApplyResult {
  const { summary, resolver, merger, charts, latest } = state;
  summary.titlesAdded = resolver.createdCount;
  summary.titlesUpdated = resolver.updatedCount;
  summary.chartsAdded = charts.addedCount;
  if (latest) summary.dataDate = latest;
  const result = { ...summary, fileName: options.fileName };
  if (!merger.changed && charts.addedCount === 0 && resolver.createdCount + resolver.updatedCount === 0) {
    return { catalog, summary: result };
  }
  const next: Catalog = {
    ...catalog,
    titles: resolver.titles(),
    charts: charts.result(),
    chartEntries: merger.result(),
    sources: markImported(catalog.sources, source, latest, options.now),
  };
  return { catalog: next, summary: result };
}
