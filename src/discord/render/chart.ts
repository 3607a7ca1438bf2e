import type { Movement } from '../../domain/chart-stats.js';
import type { ChartCadence } from '../../domain/types.js';
import { formatPeriod } from '../../i18n/format.js';
import { t, type Locale } from '../../i18n/index.js';
import { chartName, entryLabel } from '../../i18n/names.js';
import type { ChartResult, TitledChartRow } from '../../services/charts.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, relativeTime, safe } from './format.js';
import { entryFigures, renderReported } from './title-card.js';

export const CHART_ROWS_PER_PAGE = 10;

/** "▲3", "▼1", "=", "NEW", "RE" (재진입, 再登場): how a row moved since the previous period. */
export function formatMovement(movement: Movement, locale: Locale): string {
  switch (movement.kind) {
    case 'up':
      return `▲${movement.by}`;
    case 'down':
      return `▼${movement.by}`;
    case 'same':
      return '=';
    case 'new':
      return t(locale, 'chart.new');
    case 're':
      return t(locale, 'chart.reEntry');
  }
}

/** Where chart numbers come from, e.g. "Netflix Top 10, week of 13–19 Oct 2025". */
export function chartSourceLine(result: Extract<ChartResult, { found: true }>, locale: Locale): string {
  const { chart } = result.history;
  const provider = t(
    locale,
    chart.provider === 'kobis'
      ? 'chart.providers.kobis'
      : chart.provider === 'netflix-top10'
        ? 'chart.providers.netflix'
        : 'chart.providers.curated',
  );
  const period = formatPeriod(locale, chart.cadence, result.period);
  return t(locale, chart.provider === 'kobis' ? 'chart.sourceProvisional' : 'chart.source', { provider, period });
}

/** One page of one period of a chart, in the reader's language. */
export function renderChart(result: Extract<ChartResult, { found: true }>, page: number, locale: Locale): MessageView {
  const pages = Math.max(1, Math.ceil(result.rows.length / CHART_ROWS_PER_PAGE));
  const rows = result.rows.slice(page * CHART_ROWS_PER_PAGE, (page + 1) * CHART_ROWS_PER_PAGE);
  const { chart } = result.history;
  const source = chartSourceLine(result, locale);
  return {
    embeds: [
      {
        title: chartName(chart, locale),
        color: BRAND_COLOR,
        description: [
          ...result.reported.map(
            (entry) => `**${safe(entryLabel(entry, undefined, locale))}**: ${renderReported(entry, locale)}`,
          ),
          `**${formatPeriod(locale, chart.cadence, result.period)}**`,
          rows.map((row) => renderRow(row, chart.cadence, locale)).join('\n'),
        ].join('\n\n'),
        footer: {
          text:
            pages > 1
              ? t(locale, 'chart.footerPaged', { source, page: page + 1, pages })
              : t(locale, 'chart.footer', { source }),
        },
      },
    ],
    content: result.source?.importedAt
      ? t(locale, 'chart.imported', { time: relativeTime(new Date(result.source.importedAt)) })
      : undefined,
  };
}

function renderRow(
  { entry, title, movement, periodsOnChart, numberOneStreak }: TitledChartRow,
  cadence: ChartCadence,
  locale: Locale,
): string {
  const extras = [
    cadence !== 'period' ? t(locale, `chart.periods.${cadence}`, { count: periodsOnChart }) : '',
    entry.weeksInTop10 && entry.weeksInTop10 !== periodsOnChart
      ? t(locale, 'chart.top10', { count: entry.weeksInTop10 })
      : '',
    numberOneStreak > 1 ? t(locale, `streak.${cadence}`, { count: numberOneStreak }) : '',
    entry.streakDays ? t(locale, 'streakInARow.day', { count: entry.streakDays }) : '',
    entry.audience ? t(locale, 'figures.admissions', { count: entry.audience }) : '',
    // Views when Netflix gives them, else hours: one figure per row keeps the list readable.
    entryFigures(entry, locale)[0] ?? '',
  ].filter(Boolean);
  return `\`#${entry.rank}\` ${formatMovement(movement, locale)} **${safe(entryLabel(entry, title, locale))}**${extras.length ? ` · ${extras.join(' · ')}` : ''}`;
}
