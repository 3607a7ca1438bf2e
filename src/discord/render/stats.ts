import type { Statistic } from '../../domain/types.js';
import { formatCount, formatDate, formatLargeNumber } from '../../i18n/format.js';
import { t, type Locale } from '../../i18n/index.js';
import type { ViewingStats } from '../../services/viewing-stats.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, safe } from './format.js';

/** "2024-H2" → "2024 H2" / "2024년 하반기" / "2024年下半期". */
export const formatHalfYear = (locale: Locale, period: string) =>
  t(locale, period.endsWith('H1') ? 'halfYears.H1' : 'halfYears.H2', { year: period.slice(0, 4) });

/** 0.0829 → "8.3%". */
const formatShare = (locale: Locale, share: number) =>
  `${(share * 100).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;

/** /stats: an origin's share of Netflix viewing in a half-year, with its counting rule and the reported figures beside it. */
export function renderStats(stats: ViewingStats, locale: Locale): MessageView {
  const origin = t(locale, `viewingOrigins.${stats.origin}`);
  const half = (period: string) => formatHalfYear(locale, period);
  const large = (n: number) => formatLargeNumber(locale, n);
  const share = (s: number) => formatShare(locale, s);
  const history = stats.history.map((h) =>
    h.period === stats.period ? `**${half(h.period)} ${share(h.share)}**` : `${half(h.period)} ${share(h.share)}`,
  );
  const line = (hours: number, views?: number) =>
    views === undefined
      ? t(locale, 'stats.line', { hours: large(hours) })
      : t(locale, 'stats.lineViews', { hours: large(hours), views: large(views) });
  return {
    embeds: [
      {
        title: t(locale, 'stats.title', { origin, period: half(stats.period) }),
        color: BRAND_COLOR,
        description: [
          t(locale, 'stats.shows', {
            origin,
            hours: large(stats.shows.hours),
            share: share(stats.shows.share),
            total: large(stats.totalHours),
          }),
          t(locale, 'stats.withFilms', { hours: large(stats.all.hours), share: share(stats.all.share) }),
          t(locale, 'stats.rank', { rank: stats.rank, count: stats.history.length }),
        ].join('\n'),
        fields: [
          { name: t(locale, 'stats.byHalf'), value: history.join(' · ') },
          {
            name: t(locale, 'stats.top', { origin }),
            value: stats.top
              .map(({ entry }, i) => `${i + 1}. **${safe(entry.label)}**: ${line(entry.hoursViewed, entry.views)}`)
              .join('\n'),
          },
          {
            name: t(locale, 'stats.reported'),
            value: stats.reported.map((statistic) => renderReported(statistic, stats, locale, line)).join('\n'),
          },
          {
            name: t(locale, 'stats.how'),
            value: t(locale, 'stats.howText', {
              origin,
              script: formatCount(locale, stats.reasons.script),
              country: formatCount(locale, stats.reasons.country),
            }),
          },
        ],
        footer: { text: t(locale, 'stats.footer', { period: half(stats.period) }) },
      },
    ],
  };
}

/** A reported figure with how close this count comes: "… This count: 7.8B hours (+1.3%)". */
function renderReported(
  statistic: Statistic,
  stats: ViewingStats,
  locale: Locale,
  line: (hours: number) => string,
): string {
  const reported = t(locale, 'stats.reportedLine', {
    text: safe(statistic.text),
    source: `${safe(statistic.source.publication)}, ${formatDate(locale, statistic.source.date)}`,
  });
  const signed = (value: number, text: string) => `${value >= 0 ? '+' : '−'}${text}`;
  if (statistic.unit === 'hours') {
    const diff = (stats.shows.hours - statistic.value) / statistic.value;
    const ours = line(stats.shows.hours);
    return `${reported}\n${t(locale, 'stats.closeness', { ours, diff: signed(diff, formatShare(locale, Math.abs(diff))) })}`;
  }
  if (statistic.unit === 'percent') {
    const points = stats.shows.share * 100 - statistic.value;
    const diff = signed(points, t(locale, 'stats.points', { diff: Math.abs(points).toFixed(1) }));
    return `${reported}\n${t(locale, 'stats.closeness', { ours: formatShare(locale, stats.shows.share), diff })}`;
  }
  return reported;
}
