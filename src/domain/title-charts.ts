import type { CatalogIndex, ChartHistory } from './catalog-index.js';
import { numberOneStreak, titleRun } from './chart-stats.js';
import type { Chart, ChartEntry } from './types.js';

export interface TitleChartLine {
  chart: Chart;
  best: ChartEntry;
  latest: ChartEntry;
  /** Its entry in the chart period just before `latest`, when it was on the chart then too. */
  previous?: ChartEntry;
  first: string;
  last: string;
  periodsOnChart: number;
  /** Netflix's own count of weeks in the Top 10 for the latest entry, when given. */
  weeksInTop10?: number;
  /** Current #1 streak, in the chart's periods, when the title is #1 in the chart's latest period. */
  currentNumberOneStreak: number;
  /** True when the title is on the chart's latest period. */
  isCurrent: boolean;
  /** True when the line comes from positions reported elsewhere, not from the chart's own periods. */
  reported: boolean;
}

export interface TitleChartSummary {
  lines: TitleChartLine[];
  /** Countries (ISO codes) where it charted in its latest Netflix country week. */
  latestCountries?: { period: string; countries: string[] };
}

/** Where a title has charted: per chart its best and latest ranks, streaks and span. */
export function summarizeTitleCharts(index: CatalogIndex, titleId: string): TitleChartSummary {
  const lines: TitleChartLine[] = [];
  for (const chartId of index.chartsByTitle.get(titleId) ?? []) {
    const history = index.charts.get(chartId);
    if (!history) continue;
    const run = titleRun(history, titleId);
    if (run.length > 0) lines.push(lineFor(history, run));
    else
      lines.push(
        reportedLine(
          history,
          history.reported.filter((entry) => entry.titleId === titleId),
        ),
      );
  }
  lines.sort((a, b) => b.last.localeCompare(a.last) || a.best.rank - b.best.rank);
  return { lines, latestCountries: latestCountries(lines) };
}

function lineFor(history: ChartHistory, run: readonly ChartEntry[]): TitleChartLine {
  const latest = run.at(-1)!;
  const before = history.periods[(history.periodIndex.get(latest.period) ?? 0) - 1];
  const previous = run.at(-2)?.period === before ? run.at(-2) : undefined;
  const best = run.reduce((a, b) => (b.rank < a.rank ? b : a));
  const isCurrent = history.periods.at(-1) === latest.period;
  const streakDays = latest.streakDays ?? 0;
  return {
    chart: history.chart,
    best,
    latest,
    previous,
    first: run[0]!.period,
    last: latest.period,
    periodsOnChart: run.length,
    weeksInTop10: latest.weeksInTop10,
    currentNumberOneStreak: Math.max(isCurrent ? numberOneStreak(history, run, latest.period) : 0, streakDays),
    isCurrent,
    reported: false,
  };
}

/** A title known on a chart only from reported positions: no movement or streak can be derived. */
function reportedLine(history: ChartHistory, points: readonly ChartEntry[]): TitleChartLine {
  const latest = points.at(-1)!;
  return {
    chart: history.chart,
    best: points.reduce((a, b) => (b.rank < a.rank ? b : a)),
    latest,
    first: points[0]!.period,
    last: latest.period,
    periodsOnChart: 0,
    currentNumberOneStreak: latest.streakDays ?? 0,
    isCurrent: false,
    reported: true,
  };
}

function latestCountries(lines: TitleChartLine[]): TitleChartSummary['latestCountries'] {
  const countryLines = lines.filter(
    (line) => line.chart.provider === 'netflix-top10' && line.chart.country && !line.reported,
  );
  const period = countryLines.reduce<string | undefined>(
    (max, line) => (!max || line.last > max ? line.last : max),
    undefined,
  );
  if (!period) return undefined;
  const countries = [
    ...new Set(countryLines.filter((line) => line.last === period).map((line) => line.chart.country!)),
  ];
  return { period, countries: countries.sort() };
}
