import { chartSearchWords } from './chart-words.js';
import { normalizeName } from './normalize.js';
import { addToGroup, byCodeUnits, trimGroupsInSteps } from './groups.js';
import { eachInSlices, type Steps } from './steps.js';
import type { Catalog, Chart, ChartEntry } from './types.js';

export interface ChartHistory {
  chart: Chart;
  /** Periods oldest → newest. */
  periods: string[];
  /** period → its position in `periods`, so no answer searches the list. */
  periodIndex: Map<string, number>;
  /** period → entries ordered by rank. */
  byPeriod: Map<string, ChartEntry[]>;
  /** titleId → its entries on this chart, oldest first, one per period (its best rank). */
  runs: Map<string, ChartEntry[]>;
  /**
   * Positions reported elsewhere for this same chart ("#1 on Netflix Japan's TV chart", from a curated "as
   * reported" chart), each keeping its own chart id, date and note; oldest first. Empty for most charts.
   */
  reported: ChartEntry[];
  /** The newest date the chart has data for, its periods and reported positions alike. */
  latest?: string;
}

/** The part of the catalog index built from the charts and their entries. */
export interface ChartParts {
  charts: Map<string, ChartHistory>;
  /** titleId → its chart entries, in catalog order. */
  entriesByTitle: Map<string, ChartEntry[]>;
  /** titleId → ids of the charts it has been on. */
  chartsByTitle: Map<string, string[]>;
  /** Each chart with its name folded for matching, and its name plus country for word search. */
  chartNames: { history: ChartHistory; name: string; words: string }[];
  /** A curated chart merged into the imported chart it reports on: its id → that chart's id. */
  chartAliases: Map<string, string>;
}

/** Entries handled between two steps: a few milliseconds of grouping or sorting. */
const ENTRIES_PER_STEP = 10_000;

/** Builds the chart parts of the index in steps of bounded work (see Steps). */
export function* chartPartsSteps(catalog: Catalog): Steps<ChartParts> {
  const entriesByTitle = new Map<string, ChartEntry[]>();
  yield* eachInSlices(catalog.chartEntries, ENTRIES_PER_STEP, (entry) =>
    addToGroup(entriesByTitle, entry.titleId, entry),
  );
  yield;
  const charts = yield* indexChartsSteps(catalog);
  const chartAliases = mergeReportedCharts(charts);
  yield;
  const chartsByTitle = new Map<string, string[]>();
  let listed = 0;
  for (const history of charts.values()) {
    for (const titleId of history.runs.keys()) addToGroup(chartsByTitle, titleId, history.chart.id);
    for (const entry of history.reported) {
      if (!history.runs.has(entry.titleId)) addToGroup(chartsByTitle, entry.titleId, history.chart.id);
    }
    listed += history.runs.size;
    if (listed >= ENTRIES_PER_STEP) {
      listed = 0;
      yield;
    }
  }
  yield* trimGroupsInSteps(entriesByTitle, ENTRIES_PER_STEP);
  yield* trimGroupsInSteps(chartsByTitle, ENTRIES_PER_STEP);
  yield;
  return {
    chartAliases,
    charts,
    entriesByTitle,
    chartsByTitle,
    chartNames: [...charts.values()].map((history) => ({
      history,
      name: normalizeName(history.chart.name),
      words: normalizeName(`${history.chart.name} ${history.chart.country ?? ''} ${chartSearchWords(history.chart)}`),
    })),
  };
}

/**
 * One chart per real chart: a curated "as reported" Netflix chart (Netflix Japan · TV series, as the seed
 * article reported it) and the imported Netflix chart of the same country and category are the same chart.
 * The curated positions become reported points of the imported chart, and the curated chart leaves the list.
 */
function mergeReportedCharts(charts: Map<string, ChartHistory>): Map<string, string> {
  const aliases = new Map<string, string>();
  const imported = [...charts.values()].filter(
    (h) => h.chart.provider === 'netflix-top10' && h.chart.country && h.periods.length > 0,
  );
  for (const history of [...charts.values()]) {
    const { chart } = history;
    if (chart.provider !== 'curated' || !chart.country || !/netflix/i.test(`${chart.id} ${chart.name}`)) continue;
    const target = imported.find((h) => h.chart.country === chart.country && h.chart.category === chart.category);
    if (!target) continue;
    const points = [...history.byPeriod.values()].flat();
    target.reported = [...target.reported, ...points].sort(
      (a, b) => byCodeUnits(a.period, b.period) || a.rank - b.rank,
    );
    target.latest = [target.latest, ...points.map((p) => p.period)]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
    charts.delete(chart.id);
    aliases.set(chart.id, target.chart.id);
  }
  return aliases;
}

/** Entries of chart `chartId` in a history: its own periods', or the points it reported into another chart. */
function countEntries(history: ChartHistory, chartId: string): number {
  if (history.chart.id !== chartId) return history.reported.filter((entry) => entry.chartId === chartId).length;
  let entries = 0;
  for (const rows of history.byPeriod.values()) entries += rows.length;
  return entries;
}

/** Chart entries per source, from the charts already grouped (not a second pass over every entry). */
export function countChartEntries(catalog: Catalog, parts: ChartParts): Map<string, number> {
  const counts = new Map<string, number>();
  for (const chart of catalog.charts) {
    const history = parts.charts.get(chart.id) ?? parts.charts.get(parts.chartAliases.get(chart.id) ?? '');
    const entries = history ? countEntries(history, chart.id) : 0;
    const source = chart.provider === 'kobis' ? 'kobis-daily' : chart.provider;
    counts.set(source, (counts.get(source) ?? 0) + entries);
  }
  return counts;
}

function* indexChartsSteps(catalog: Catalog): Steps<Map<string, ChartHistory>> {
  const charts = new Map<string, ChartHistory>();
  for (const chart of catalog.charts)
    charts.set(chart.id, {
      chart,
      periods: [],
      periodIndex: new Map(),
      byPeriod: new Map(),
      runs: new Map(),
      reported: [],
    });
  yield* eachInSlices(catalog.chartEntries, ENTRIES_PER_STEP, (entry) => {
    const history = charts.get(entry.chartId);
    if (!history) return;
    addToGroup(history.byPeriod, entry.period, entry);
    addToGroup(history.runs, entry.titleId, entry);
  });
  // Sorting is the costly part: a step ends after whole charts once they held enough entries.
  let sorted = 0;
  for (const history of charts.values()) {
    history.periods = [...history.byPeriod.keys()].sort();
    history.latest = history.periods.at(-1);
    history.periodIndex = new Map(history.periods.map((period, i) => [period, i]));
    // Sorted into an exact-size copy: a list grown by push keeps spare room (see trimGroupsInSteps).
    for (const [period, rows] of history.byPeriod) {
      history.byPeriod.set(period, rows.sort((a, b) => a.rank - b.rank).slice());
      sorted += rows.length;
    }
    for (const [titleId, run] of history.runs) history.runs.set(titleId, bestPerPeriod(run));
    if (sorted >= ENTRIES_PER_STEP / 4) {
      sorted = 0;
      yield;
    }
  }
  return charts;
}

/** Oldest first, one entry per period: a title listed twice in a period (two seasons) counts by its best rank. */
function bestPerPeriod(entries: ChartEntry[]): ChartEntry[] {
  entries.sort((a, b) => byCodeUnits(a.period, b.period) || a.rank - b.rank);
  // filter's result keeps spare room like a pushed list; the copy is exact-size (see trimGroupsInSteps).
  return entries.filter((entry, i) => i === 0 || entries[i - 1]!.period !== entry.period).slice();
}
