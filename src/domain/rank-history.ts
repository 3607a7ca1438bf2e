import type { CatalogIndex, ChartHistory } from './catalog-index.js';
import type { Chart, ChartEntry } from './types.js';

/** One chart period a title was on: its rank, and where the period sits in the chart's own list of periods. */
export interface RankPoint {
  period: string;
  rank: number;
  /** Position of `period` in the chart's periods: two points are consecutive on the chart when these differ by 1. */
  at: number;
}

/** A title's ranks on one chart (and one season, when the chart listed its seasons separately), oldest first. */
export interface RankSeries {
  chart: Chart;
  /** Set when the chart listed several seasons of the title: each season is then its own series. */
  season?: string;
  points: RankPoint[];
  best: RankPoint;
  latest: RankPoint;
}

/** What a rank-over-time picture shows: the best series, how many charts it leaves out, and the data date. */
export interface RankHistory {
  series: RankSeries[];
  /** Charts the title was on that no shown series represents. */
  hiddenCharts: number;
  /** Charts with a time axis (weekly or daily) the title was on. */
  totalCharts: number;
  /** The newest period of the charts shown: the data date of the picture. */
  dataDate: string;
  providers: Chart['provider'][];
}

export const MAX_RANK_SERIES = 8;

/**
 * A title's rank history on every weekly or daily chart it was on, split by season where a chart listed seasons
 * separately, and cut to the `max` series where it did best: global charts first (so every season shows), then by
 * best rank, periods at that rank and periods on the chart. Snapshot lists ("as of" a date) have no time axis and
 * are left out.
 */
export function titleRankHistory(index: CatalogIndex, titleId: string, max = MAX_RANK_SERIES): RankHistory {
  const byChart = new Map<string, ChartEntry[]>();
  for (const entry of index.entriesByTitle.get(titleId) ?? []) {
    const list = byChart.get(entry.chartId);
    if (list) list.push(entry);
    else byChart.set(entry.chartId, [entry]);
  }
  const all: RankSeries[] = [];
  for (const chartId of index.chartsByTitle.get(titleId) ?? []) {
    const history = index.charts.get(chartId);
    if (!history || history.chart.cadence === 'period') continue;
    const onChart = byChart.get(chartId) ?? [];
    const seasons = [...new Set(onChart.map((entry) => entry.season).filter((season): season is string => !!season))];
    if (seasons.length < 2) all.push(seriesOf(history, history.runs.get(titleId) ?? []));
    else
      for (const season of seasons.sort(bySeason))
        all.push(
          seriesOf(
            history,
            onChart.filter((e) => e.season === season),
            season,
          ),
        );
  }
  const usable = all.filter((series) => series.points.length > 0);
  const shown = [...usable].sort(byStrength).slice(0, max).sort(byDisplayOrder);
  const shownCharts = new Set(shown.map((series) => series.chart.id));
  const charts = new Set(usable.map((series) => series.chart.id));
  const dataDate = shown.reduce((newest, series) => {
    const last = index.charts.get(series.chart.id)?.periods.at(-1) ?? series.latest.period;
    return last > newest ? last : newest;
  }, '');
  return {
    series: shown,
    hiddenCharts: charts.size - shownCharts.size,
    totalCharts: charts.size,
    dataDate,
    providers: [...new Set(shown.map((series) => series.chart.provider))],
  };
}

/**
 * Whether a picture of ranks over time says more than the text: the title was on some weekly or daily chart in at
 * least two periods. Cheap (no series are built), so every /title can ask before anything is drawn.
 */
export function hasRankHistory(index: CatalogIndex, titleId: string): boolean {
  return (index.chartsByTitle.get(titleId) ?? []).some((chartId) => {
    const history = index.charts.get(chartId);
    return history !== undefined && history.chart.cadence !== 'period' && (history.runs.get(titleId)?.length ?? 0) >= 2;
  });
}

function seriesOf(history: ChartHistory, entries: readonly ChartEntry[], season?: string): RankSeries {
  // One point per period (its best rank), oldest first; runs are already like that, a season's entries nearly so.
  const byPeriod = new Map<string, number>();
  for (const entry of entries) byPeriod.set(entry.period, Math.min(entry.rank, byPeriod.get(entry.period) ?? Infinity));
  const points = [...byPeriod]
    .map(([period, rank]) => ({ period, rank, at: history.periodIndex.get(period) ?? -1 }))
    .sort((a, b) => a.period.localeCompare(b.period));
  const best = points.reduce((a, b) => (b.rank < a.rank ? b : a), points[0]!);
  return { chart: history.chart, ...(season ? { season } : {}), points, best, latest: points.at(-1)! };
}

const isGlobal = (series: RankSeries) => series.chart.country === undefined;

function byStrength(a: RankSeries, b: RankSeries): number {
  const atBest = (series: RankSeries) => series.points.filter((point) => point.rank === series.best.rank).length;
  return (
    Number(isGlobal(b)) - Number(isGlobal(a)) ||
    a.best.rank - b.best.rank ||
    atBest(b) - atBest(a) ||
    b.points.length - a.points.length ||
    b.latest.period.localeCompare(a.latest.period) ||
    a.chart.id.localeCompare(b.chart.id) ||
    bySeason(a.season ?? '', b.season ?? '')
  );
}

/** Global series read as one story, season by season; the others keep their order of strength. */
function byDisplayOrder(a: RankSeries, b: RankSeries): number {
  if (!isGlobal(a) || !isGlobal(b)) return Number(isGlobal(b)) - Number(isGlobal(a));
  return a.chart.id.localeCompare(b.chart.id) || bySeason(a.season ?? '', b.season ?? '');
}

/** "Season 2" before "Season 10"; other labels in text order. */
function bySeason(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
