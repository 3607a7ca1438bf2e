// Pictures: drawn from plain data, cached per catalog version and request, attached to answers as PNG.
// Geometry (*-geometry.ts, time-axis.ts, label-placement.ts) is pure and tested without pixels; draw-*.ts paint it.
// `version` is the catalog version token (services' catalogVersion): an import makes new keys.
import type { Digest } from '../../../domain/digest.js';
import type { RankHistory } from '../../../domain/rank-history.js';
import type { EngagementEntry, Title } from '../../../domain/types.js';
import { VIEWING_ORIGINS, type ViewingOrigin } from '../../../domain/viewing-origins.js';
import { formatLargeNumber } from '../../../i18n/format.js';
import type { ChartResult } from '../../../services/charts.js';
import type { OriginHours } from '../../../services/viewing-stats.js';
import { createPictureCache, fileName, versionOf, type PictureRequest } from './cache.js';
import { drawBarsPicture } from './draw-bars.js';
import { drawListPicture } from './draw-list.js';
import { drawMoversPicture } from './draw-movers.js';
import { drawRankPicture } from './draw-rank.js';
import { pictureLabels, type PictureLocale } from './labels.js';
import { THEME } from './theme.js';

export { drawBarsPicture } from './draw-bars.js';
export type { BarsPictureData } from './bars-geometry.js';
export type { Picture, PictureRequest } from './cache.js';
export { pictureLabels, toPictureLocale, type PictureLocale } from './labels.js';

/** Every picture the bot drew and keeps: 48 MB of PNG at most (a rank picture is 60–150 kB). */
export const pictureCache = createPictureCache(48 * 1024 * 1024);

/**
 * A title's ranks over time. The history is built only when the picture is drawn, so a kept picture costs a
 * look-up (callers ask `hasChartHistory` first: a single point is no picture).
 */
export function titlePicture(
  version: object,
  title: Title,
  historyOf: () => RankHistory,
  locale: PictureLocale,
): PictureRequest {
  const original = title.originalNames.find((name) => name.name !== title.name)?.name;
  return {
    key: `${versionOf(version)}|title|${title.id}|${locale}`,
    name: fileName('withk-ranks', title.id),
    draw: async () =>
      drawRankPicture({
        history: historyOf(),
        title: title.name,
        originalName: original,
        labels: pictureLabels(locale),
      }),
  };
}

/** The first ten rows of one chart period. */
export function chartPicture(
  version: object,
  result: Extract<ChartResult, { found: true }>,
  locale: PictureLocale,
): PictureRequest {
  const { chart } = result.history;
  return {
    key: `${versionOf(version)}|chart|${chart.id}|${result.period}|${locale}`,
    name: fileName('withk-chart', `${chart.id}-${result.period}`),
    draw: () => {
      const labels = pictureLabels(locale);
      const name = chart.provider === 'netflix-top10' ? `Netflix Top 10 · ${labels.chart(chart)}` : labels.chart(chart);
      return drawListPicture({
        chartName: name,
        cadence: chart.cadence,
        period: result.period,
        rows: result.rows.map((row) => ({
          rank: row.entry.rank,
          label: row.entry.label,
          movement: row.movement,
          periodsOnChart: row.periodsOnChart,
        })),
        sources: labels.provider(chart.provider),
        dataDate: result.history.periods.at(-1) ?? result.period,
        labels,
      });
    },
  };
}

/** The digest's biggest climbers and fallers; undefined when nothing moved. */
export function moversPicture(version: object, digest: Digest, locale: PictureLocale): PictureRequest | undefined {
  const rows = [...digest.climbers, ...digest.fallers].filter(
    (row) => row.movement.kind === 'up' || row.movement.kind === 'down',
  );
  if (rows.length === 0) return undefined;
  return {
    key: `${versionOf(version)}|movers|${digest.window.from}|${digest.window.to}|${locale}`,
    name: fileName('withk-movers', digest.window.to),
    draw: () => {
      const labels = pictureLabels(locale);
      const movers = rows.map((row) => ({
        label: row.entry.label,
        chart: labels.chart(row.chart),
        by: row.movement.kind === 'up' ? row.movement.by : row.movement.kind === 'down' ? -row.movement.by : 0,
        rank: row.entry.rank,
      }));
      const providers = [...new Set(rows.map((row) => row.chart.provider))];
      return drawMoversPicture({
        movers,
        period: digest.window.to,
        sources: providers.map(labels.provider).join(', '),
        dataDate: digest.window.to,
        labels,
      });
    },
  };
}

/** The last day of a half-year ("2024-H2" → "2024-12-31"), for a picture's data date. */
const halfYearEnd = (period: string) => `${period.slice(0, 4)}-${period.endsWith('H1') ? '06-30' : '12-31'}`;

/**
 * /stats: the share of Netflix viewing by origin in every half-year reported, the chosen origin first (the first
 * series colour), the other origins after it and everything else muted. `sharesOf` runs only when drawing.
 */
export function statsPicture(
  version: object,
  origin: ViewingOrigin,
  sharesOf: () => OriginHours[],
  locale: PictureLocale,
): PictureRequest {
  return {
    key: `${versionOf(version)}|stats|${origin}|${locale}`,
    name: fileName('withk-stats', origin),
    draw: () => {
      const labels = pictureLabels(locale);
      const shares = sharesOf();
      const origins = [origin, ...(Object.keys(VIEWING_ORIGINS) as ViewingOrigin[]).filter((o) => o !== origin)];
      return drawBarsPicture(
        {
          title: labels.words.shareOfViewing,
          subtitle: labels.words.originFirst(labels.origin(origin)),
          mode: 'share',
          parts: [...origins.map(labels.origin), labels.words.otherViewing],
          partColors: [...origins.map(() => undefined), THEME.muted],
          bars: shares.map((half) => {
            const counted = origins.map((o) => half.hours[o]);
            const rest = Math.max(0, half.totalHours - counted.reduce((a, b) => a + b, 0));
            return { label: labels.halfYear(half.period), values: [...counted, rest] };
          }),
          sources: labels.words.engagementSource,
          dataDate: halfYearEnd(shares.at(-1)?.period ?? '1970-H1'),
        },
        labels,
      );
    },
  };
}

/** /title: a title's hours viewed per half-year, from its engagement lines (all its seasons added up). */
export function viewingPicture(
  version: object,
  title: Title,
  viewing: readonly EngagementEntry[],
  locale: PictureLocale,
): PictureRequest {
  return {
    key: `${versionOf(version)}|viewing|${title.id}|${locale}`,
    name: fileName('withk-viewing', title.id),
    draw: () => {
      const labels = pictureLabels(locale);
      const hours = new Map<string, number>();
      for (const line of viewing) hours.set(line.period, (hours.get(line.period) ?? 0) + line.hoursViewed);
      const periods = [...hours.keys()].sort();
      return drawBarsPicture(
        {
          title: title.name,
          subtitle: labels.words.hoursViewed,
          mode: 'value',
          parts: [labels.words.hoursViewed],
          bars: periods.map((period) => ({ label: labels.halfYear(period), values: [hours.get(period)!] })),
          sources: labels.words.engagementSource,
          dataDate: halfYearEnd(periods.at(-1) ?? '1970-H1'),
          formatValue: (n) => formatLargeNumber(locale, n),
        },
        labels,
      );
    },
  };
}
