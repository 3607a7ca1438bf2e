import { netflixChart } from '../domain/chart-ids.js';
import { createTitleResolver, titleResolverSteps, type TitleResolver } from '../domain/resolve-title.js';
import { driveSteps } from '../domain/steps.js';
import type { Catalog, Chart, ChartEntry } from '../domain/types.js';
import {
  createChartSet,
  createEntryMerger,
  finishMerge,
  isoDay,
  sameImportedFields,
  startSummary,
  type ApplyOptions,
  type ApplyResult,
} from './catalog-merge.js';
import type { RowError } from './format-error.js';
import type { NetflixTop10Row } from './netflix-row.js';

/** The SourceStatus this importer updates. */
export const NETFLIX_SOURCE = { id: 'netflix-top10', name: 'Netflix Top 10' } as const;

type EntryMerger = ReturnType<typeof createEntryMerger>;

/**
 * Merges parsed Netflix Top 10 rows into a catalog without touching the input: one ChartEntry per
 * (chart, week, rank), charts added as needed, labels resolved to titles (new titles created), and the
 * `netflix-top10` source status updated. Applying the same rows again changes nothing and returns the same
 * catalog object. Most-popular lists have no week: they are stored as a snapshot dated on the import day
 * (UTC), unless the latest stored snapshot already holds exactly these rows; they do not move the source's
 * data date, which stays the latest week imported.
 */
export function applyNetflixTop10(
  catalog: Catalog,
  rows: Iterable<NetflixTop10Row>,
  options: ApplyOptions,
): ApplyResult {
  const merge = createNetflixMerge(catalog, options);
  for (const row of rows) merge.add(row);
  return merge.finish(options.rowErrors);
}

/** applyNetflixTop10 one row at a time, so a streaming parser's rows need not be kept. */
export interface NetflixMerge {
  add(row: NetflixTop10Row): void;
  /** Completes the merge; `rowErrors` are the parser's rejected rows, counted in the summary. */
  finish(rowErrors?: readonly RowError[]): ApplyResult;
}

/** Starts an incremental applyNetflixTop10 (same result, rows fed as they are parsed). */
export function createNetflixMerge(catalog: Catalog, options: ApplyOptions): NetflixMerge {
  return mergeWith(catalog, options, createTitleResolver(catalog.titles));
}

/**
 * createNetflixMerge with `pause()` between the steps of indexing the catalog's titles (the long part of starting),
 * for an import in the running bot.
 */
export async function startNetflixMerge(
  catalog: Catalog,
  options: ApplyOptions,
  pause: () => Promise<void>,
): Promise<NetflixMerge> {
  return mergeWith(catalog, options, await driveSteps(titleResolverSteps(catalog.titles), pause));
}

function mergeWith(catalog: Catalog, options: ApplyOptions, resolver: TitleResolver): NetflixMerge {
  const summary = startSummary(0);
  const merger = createEntryMerger(catalog.chartEntries);
  const charts = createChartSet(catalog.charts);
  const chartFor = createChartLookup();
  const undated: NetflixTop10Row[] = [];
  let latest: string | undefined;

  const upsert = (row: NetflixTop10Row, chart: Chart, period: string) => {
    summary.read += 1;
    const earlier = merger.claimedBy(chart.id, period, row.rank);
    if (earlier !== undefined) {
      summary.rejected += 1;
      summary.errors.push({ line: row.line, reason: `duplicate of line ${earlier}: same chart, period and rank` });
      return;
    }
    charts.ensure(chart);
    summary[merger.upsert(toEntry(row, chart.id, period, resolver), row.line)] += 1;
    // Only real weeks count as data dates: a most-popular snapshot is dated on the import day, and letting
    // that advance the source's data date would make the latest week look imported when it is not.
    if (row.week !== undefined && (latest === undefined || period > latest)) latest = period;
  };

  return {
    add(row) {
      if (row.week === undefined) undated.push(row);
      else upsert(row, chartFor(row), row.week);
    },
    finish(rowErrors = []) {
      const periods = pickSnapshotPeriods(undated, catalog.chartEntries, { resolver, merger, chartFor }, options.now);
      for (const row of undated) upsert(row, chartFor(row), periods.get(chartFor(row).id)!);
      summary.read += rowErrors.length;
      summary.rejected += rowErrors.length;
      summary.errors.push(...rowErrors);
      summary.errors.sort((a, b) => a.line - b.line);
      return finishMerge(catalog, { summary, resolver, merger, charts, latest }, NETFLIX_SOURCE, options);
    },
  };
}

function toEntry(row: NetflixTop10Row, chartId: string, period: string, resolver: TitleResolver): ChartEntry {
  const { titleId, season } = resolver.resolveNetflix({
    showTitle: row.showTitle,
    seasonTitle: row.season,
    kind: row.category.startsWith('Films') ? 'film' : 'series',
    date: period,
  });
  const { rank, weeksInTop10, hoursViewed, views } = row;
  const label = row.season ?? row.showTitle;
  // The two common shapes (country rows; global rows with all numbers) are built as one literal each: adding
  // optional fields one by one gives every entry a second, out-of-object property store, which costs about
  // 20% more memory and GC copying on the 134,620-row country file.
  if (weeksInTop10 !== undefined && hoursViewed === undefined && views === undefined) {
    return season === undefined
      ? { chartId, period, rank, titleId, label, weeksInTop10 }
      : { chartId, period, rank, titleId, label, season, weeksInTop10 };
  }
  if (weeksInTop10 !== undefined && hoursViewed !== undefined && views !== undefined) {
    return season === undefined
      ? { chartId, period, rank, titleId, label, weeksInTop10, hoursViewed, views }
      : { chartId, period, rank, titleId, label, season, weeksInTop10, hoursViewed, views };
  }
  const entry: ChartEntry = { chartId, period, rank, titleId, label };
  if (season !== undefined) entry.season = season;
  if (weeksInTop10 !== undefined) entry.weeksInTop10 = weeksInTop10;
  if (hoursViewed !== undefined) entry.hoursViewed = hoursViewed;
  if (views !== undefined) entry.views = views;
  return entry;
}

/**
 * Chart per (list + window, country, category), built once per distinct combination. Nested maps keyed by the
 * parser's shared strings, so no key string is built per row.
 */
function createChartLookup(): (row: NetflixTop10Row) => Chart {
  const charts = new Map<string, Map<string, Map<string, Chart>>>();
  return (row) => {
    const list = row.windowDays ? `${row.list}-${row.windowDays}` : row.list;
    let byCountry = charts.get(list);
    if (!byCountry) charts.set(list, (byCountry = new Map()));
    let byCategory = byCountry.get(row.countryIso2 ?? '');
    if (!byCategory) byCountry.set(row.countryIso2 ?? '', (byCategory = new Map()));
    let chart = byCategory.get(row.category);
    if (!chart) {
      const country = row.countryIso2 ? { iso2: row.countryIso2, name: row.countryName ?? row.countryIso2 } : undefined;
      chart = netflixChart({ list: row.list, category: row.category, country, windowDays: row.windowDays });
      byCategory.set(row.category, chart);
    }
    return chart;
  };
}

interface SnapshotDeps {
  resolver: TitleResolver;
  merger: EntryMerger;
  chartFor: (row: NetflixTop10Row) => Chart;
}

/**
 * For each most-popular chart among the rows, the period to file them under: the latest stored snapshot's date
 * when it holds exactly the same rows (so re-importing an unchanged list is a no-op on any day), else today.
 */
function pickSnapshotPeriods(
  rows: readonly NetflixTop10Row[],
  existing: readonly ChartEntry[],
  { resolver, merger, chartFor }: SnapshotDeps,
  now: Date,
): Map<string, string> {
  const byChart = new Map<string, NetflixTop10Row[]>();
  for (const row of rows) {
    if (row.week === undefined) byChart.set(chartFor(row).id, [...(byChart.get(chartFor(row).id) ?? []), row]);
  }
  const latest = new Map<string, { period: string; count: number }>();
  if (byChart.size > 0) {
    for (const entry of existing) {
      if (!byChart.has(entry.chartId)) continue;
      const seen = latest.get(entry.chartId);
      if (!seen || entry.period > seen.period) latest.set(entry.chartId, { period: entry.period, count: 1 });
      else if (entry.period === seen.period) seen.count += 1;
    }
  }
  const periods = new Map<string, string>();
  for (const [chartId, chartRows] of byChart) {
    const stored = latest.get(chartId);
    const same =
      stored?.count === chartRows.length &&
      chartRows.every((row) =>
        sameImportedFields(
          merger.get(chartId, stored.period, row.rank),
          toEntry(row, chartId, stored.period, resolver),
        ),
      );
    periods.set(chartId, same ? stored.period : isoDay(now));
  }
  return periods;
}
