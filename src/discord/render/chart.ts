import type { ChartRow, Movement } from '../../domain/chart-stats.js';
import type { ChartResult } from '../../services/charts.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, formatPeriod, plural, relativeTime, safe } from './format.js';
import { renderReported } from './title-card.js';

export const CHART_ROWS_PER_PAGE = 10;

/** "▲3", "▼1", "=", "NEW", "RE": how a row moved since the previous period. */
export function formatMovement(movement: Movement): string {
  switch (movement.kind) {
    case 'up':
      return `▲${movement.by}`;
    case 'down':
      return `▼${movement.by}`;
    case 'same':
      return '=';
    case 'new':
      return 'NEW';
    case 're':
      return 'RE';
  }
}

/** Where chart numbers come from, e.g. "Netflix Top 10, week of 13–19 Oct 2025". */
export function chartSourceLine(result: Extract<ChartResult, { found: true }>): string {
  const { chart } = result.history;
  const provider =
    chart.provider === 'kobis'
      ? 'KOBIS (Korean Film Council)'
      : chart.provider === 'netflix-top10'
        ? 'Netflix Top 10'
        : 'As reported in the curated catalog';
  const provisional = chart.provider === 'kobis' ? ' (daily figures are provisional until the next morning KST)' : '';
  return `${provider}, ${formatPeriod(chart.cadence, result.period)}${provisional}`;
}

export function renderChart(result: Extract<ChartResult, { found: true }>, page: number): MessageView {
  const pages = Math.max(1, Math.ceil(result.rows.length / CHART_ROWS_PER_PAGE));
  const rows = result.rows.slice(page * CHART_ROWS_PER_PAGE, (page + 1) * CHART_ROWS_PER_PAGE);
  const imported = result.source?.importedAt ? ` · imported ${relativeTime(new Date(result.source.importedAt))}` : '';
  return {
    embeds: [
      {
        title: result.history.chart.name,
        color: BRAND_COLOR,
        description: [
          ...result.reported.map((entry) => `**${safe(entry.label)}**: ${renderReported(entry)}`),
          `**${formatPeriod(result.history.chart.cadence, result.period)}**`,
          rows.map((row) => renderRow(row, result.history.chart.cadence)).join('\n'),
        ].join('\n\n'),
        footer: { text: `Source: ${chartSourceLine(result)}${pages > 1 ? ` · page ${page + 1} of ${pages}` : ''}` },
      },
    ],
    content: imported ? `Data ${imported.slice(3)}` : undefined,
  };
}

function renderRow(
  { entry, movement, periodsOnChart, numberOneStreak }: ChartRow,
  cadence: 'week' | 'day' | 'period',
): string {
  const extras = [
    cadence !== 'period' ? plural(periodsOnChart, cadence) : '',
    entry.weeksInTop10 && entry.weeksInTop10 !== periodsOnChart
      ? `${plural(entry.weeksInTop10, 'week')} in Top 10`
      : '',
    numberOneStreak > 1 ? `#1 for ${plural(numberOneStreak, cadence)}` : '',
    entry.streakDays ? `#1 for ${plural(entry.streakDays, 'day')} in a row` : '',
    entry.audience ? `${entry.audience.toLocaleString('en')} admissions` : '',
    entry.views
      ? `${formatMillions(entry.views)} views`
      : entry.hoursViewed
        ? `${formatMillions(entry.hoursViewed)} hours`
        : '',
  ].filter(Boolean);
  return `\`#${entry.rank}\` ${formatMovement(movement)} **${safe(entry.label)}**${extras.length ? ` · ${extras.join(' · ')}` : ''}`;
}

const formatMillions = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n.toLocaleString('en'));
