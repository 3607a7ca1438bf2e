import type { CatalogIndex, ChartHistory } from '../domain/catalog-index.js';
import { chartRows, type ChartRow } from '../domain/chart-stats.js';
import { normalizeName } from '../domain/normalize.js';
import type { Chart, ChartEntry, SourceStatus, Title } from '../domain/types.js';
import type { Store } from '../store/store.js';

/** A chart row with the catalog's title, so a renderer can name it in the reader's language. */
export type TitledChartRow = ChartRow & { title?: Title };

export type ChartResult =
  | {
      found: true;
      history: ChartHistory;
      period: string;
      previous?: string;
      rows: TitledChartRow[];
      source?: SourceStatus;
      /** Positions reported elsewhere for this chart after its shown period (newest data first). */
      reported: ChartEntry[];
    }
  | { found: false; problem: 'chart' | 'period' | 'empty'; query: string; suggestions: string[]; chart?: Chart };

/**
 * One period of a chart (default: its latest) with each row's movement, periods on chart and #1 streak.
 * A date inside a period finds that period ("2025-10-15" → the week ending 2025-10-19).
 */
export function showChart(store: Store, chartQuery: string, periodQuery?: string): ChartResult {
  const index = store.catalog.current();
  const history = findChartIn(index, chartQuery);
  if (!history) {
    return {
      found: false,
      problem: 'chart',
      query: chartQuery,
      suggestions: suggestCharts(store, chartQuery, 3).map((c) => c.label),
    };
  }
  if (history.periods.length === 0)
    return { found: false, problem: 'empty', query: history.chart.name, suggestions: [], chart: history.chart };
  const reported = history.reported
    .filter((entry) => !periodQuery?.trim() && entry.period > history.periods.at(-1)!)
    .reverse();
  const period = periodQuery?.trim() ? findPeriod(history, periodQuery.trim()) : history.periods.at(-1);
  if (!period) {
    const recent = history.periods.slice(-3).reverse();
    return { found: false, problem: 'period', query: periodQuery ?? '', suggestions: recent };
  }
  const at = history.periodIndex.get(period) ?? -1;
  const source = index.catalog.sources.find((s) => s.id === sourceIdOf(history));
  const rows = chartRows(history, period).map((row) => ({ ...row, title: index.titles.get(row.entry.titleId) }));
  return { found: true, history, period, previous: history.periods[at - 1], rows, source, reported };
}

const sourceIdOf = (history: ChartHistory) =>
  history.chart.provider === 'kobis'
    ? 'kobis-daily'
    : history.chart.provider === 'netflix-top10'
      ? 'netflix-top10'
      : 'curated';

/**
 * By id (autocomplete), by full name, or by words when they pick out one chart ("japan tv"); a curated "as
 * reported" chart gives way to the imported chart of the same words.
 */
export function findChart(store: Store, query: string): ChartHistory | undefined {
  return findChartIn(store.catalog.current(), query);
}

function findChartIn(index: CatalogIndex, query: string): ChartHistory | undefined {
  const direct = index.charts.get(index.chartAliases.get(query.trim()) ?? query.trim());
  if (direct) return direct;
  const wanted = normalizeName(query);
  const named = index.chartNames.find((chart) => chart.name === wanted)?.history;
  if (named || !wanted) return named;
  const matches = matchCharts(index, query);
  const imported = matches.filter((history) => history.chart.provider !== 'curated');
  if (matches.length === 1) return matches[0];
  return imported.length === 1 ? imported[0] : undefined;
}

/** Charts with data whose name (and country) contain every word typed. */
function matchCharts(index: CatalogIndex, query: string): ChartHistory[] {
  const words = normalizeName(query).split(' ').filter(Boolean);
  return index.chartNames
    .filter((chart) => chart.history.periods.length > 0 && words.every((word) => chart.words.includes(word)))
    .map((chart) => chart.history);
}

/** Exact period, else the first period ending on or after the date, if the date falls inside it. */
function findPeriod(history: ChartHistory, query: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(query)) return undefined;
  if (history.byPeriod.has(query)) return query;
  const span = history.chart.cadence === 'week' ? 6 : 0;
  return history.periods.find((period) => period >= query && daysBetween(query, period) <= span);
}

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** Charts for autocomplete: the words typed must all appear in the chart's name ("japan tv", "box office"). */
export function suggestCharts(
  store: Store,
  query: string,
  limit = 25,
): { chart: Chart; label: string; value: string }[] {
  const index = store.catalog.current();
  const matches = matchCharts(index, query);
  // The chart with the newest data first (an old one-row "as reported" list must not hide the live one), then
  // global and Korea-related charts, then by name.
  const rank = (h: ChartHistory) => (h.chart.country === undefined ? 0 : h.chart.country === 'KR' ? 1 : 2);
  const latest = (h: ChartHistory) => h.latest ?? '';
  matches.sort(
    (a, b) => latest(b).localeCompare(latest(a)) || rank(a) - rank(b) || a.chart.name.localeCompare(b.chart.name),
  );
  return matches
    .slice(0, limit)
    .map((history) => ({ chart: history.chart, label: history.chart.name, value: history.chart.id }));
}

/** Periods of a chart for autocomplete, newest first, filtered by what was typed ("2025-10"). */
export function suggestPeriods(store: Store, chartQuery: string, typed: string, limit = 25): string[] {
  const index = store.catalog.current();
  const history = findChartIn(index, chartQuery);
  if (!history) return [];
  const periods: string[] = [];
  for (let i = history.periods.length - 1; i >= 0 && periods.length < limit; i--) {
    if (history.periods[i]!.startsWith(typed.trim())) periods.push(history.periods[i]!);
  }
  return periods;
}
