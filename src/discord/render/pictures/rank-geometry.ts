import type { RankHistory, RankSeries } from '../../../domain/rank-history.js';
import type { PictureLabels } from './labels.js';
import { placeLabel } from './label-placement.js';
import { createTimeAxis, dayNumber, timeTicks, type Tick } from './time-axis.js';
import { fitText, TEXT, type Box, type Measure, type Point } from './theme.js';

export const RANK_PICTURE = { width: 1000, height: 600 } as const;
const PAD = 28;
const LEGEND_WIDTH = 292;
const LEGEND_ROW = 56;
const MIN_RANKS = 10;

export interface RankPictureInput {
  history: RankHistory;
  /** The title's name, and its original-script name when different ("Squid Game", "오징어 게임"). */
  title: string;
  originalName?: string;
  labels: PictureLabels;
  measure: Measure;
}

export interface SeriesLayout {
  /** Position in the palette (and in the legend). */
  style: number;
  /** Connected runs of points; a gap between runs is a stretch off the chart. */
  runs: Point[][];
  points: Point[];
  /** Indices in `points` of the best and latest points, drawn larger. */
  best: number;
  latest: number;
}

export interface LabelLayout extends Box {
  text: string;
  style: number;
}

export interface LegendLayout {
  style: number;
  x: number;
  y: number;
  name: string;
  detail: string;
}

/** Everything the drawing layer needs, in pixels; tested without drawing. */
export interface RankLayout {
  width: number;
  height: number;
  title: { text: string; x: number; y: number; original?: { text: string; x: number } };
  subtitle: { text: string; x: number; y: number };
  plot: Box;
  yTicks: { label: string; y: number; rank: number }[];
  xTicks: Tick[];
  breaks: number[];
  series: SeriesLayout[];
  labels: LabelLayout[];
  legend: LegendLayout[];
  note?: { text: string; x: number; y: number };
  footer: { text: string; x: number; y: number };
  brand: { text: string; x: number; y: number };
}

/** Lays out a rank-over-time picture: rank 1 at the top, time to the right, a legend of the shown charts. */
export function layoutRankPicture({ history, title, originalName, labels, measure }: RankPictureInput): RankLayout {
  const { width, height } = RANK_PICTURE;
  const legendX = width - PAD - LEGEND_WIDTH;
  const plot: Box = { x: PAD + 52, y: 112, w: legendX - 28 - (PAD + 52), h: height - 112 - 84 };
  const maxRank = Math.max(MIN_RANKS, ...history.series.flatMap((s) => s.points.map((p) => p.rank)));
  const y = (rank: number) => plot.y + 12 + ((rank - 1) / (maxRank - 1)) * (plot.h - 24);
  const padDays = history.series.some((s) => s.chart.cadence === 'week') ? 4 : 1;
  const days = history.series.flatMap((s) => s.points.map((p) => dayNumber(p.period)));
  const axis = createTimeAxis(days, plot.x, plot.x + plot.w, { padDays });
  const series = history.series.map((s, style) => seriesLayout(s, style, axis, y));
  const category = sharedKind(history.series);
  return {
    width,
    height,
    ...header(title, originalName, category, labels, measure, width),
    plot,
    yTicks: rankTicks(maxRank).map((rank) => ({ rank, y: y(rank), label: labels.rank(rank) })),
    xTicks: timeTicks(axis, padDays, labels, measure, padDays === 1),
    breaks: axis.breaks,
    series,
    labels: pointLabels(history.series, series, plot, labels, measure),
    legend: history.series.map((s, style) =>
      legendEntry(s, style, legendX, plot.y + style * LEGEND_ROW, labels, measure, category === undefined),
    ),
    note:
      history.hiddenCharts > 0
        ? {
            text: labels.words.more(history.hiddenCharts),
            x: legendX,
            y: plot.y + history.series.length * LEGEND_ROW + 18,
          }
        : undefined,
    footer: footer(history, labels, measure, width, height),
    brand: { text: 'withk', x: width - PAD - measure('withk', { size: TEXT.footer, bold: true }), y: PAD + 20 },
  };
}

/**
 * "TV" or "Films" when every shown chart is a Netflix list of that kind: the subtitle then says it once and the
 * legend names only places and seasons ("Global · S2", "Japan"), which keeps the names short enough to read.
 */
function sharedKind(series: RankSeries[]): 'TV' | 'Films' | undefined {
  const kinds = new Set(
    series.map((s) =>
      s.chart.provider === 'netflix-top10' ? /^(TV|Films)/.exec(s.chart.category ?? '')?.[1] : undefined,
    ),
  );
  const [only] = kinds;
  return kinds.size === 1 && (only === 'TV' || only === 'Films') ? only : undefined;
}

function header(
  title: string,
  originalName: string | undefined,
  category: string | undefined,
  labels: PictureLabels,
  measure: Measure,
  width: number,
) {
  const room = width - 2 * PAD;
  const titleFont = { size: TEXT.title, bold: true };
  const text = fitText(title, room, titleFont, measure);
  const used = measure(text, titleFont);
  const originalFont = { size: TEXT.title };
  const originalRoom = room - used - 16;
  const showOriginal = originalName && originalName !== title && originalRoom > 80;
  return {
    title: {
      text,
      x: PAD,
      y: PAD + 24,
      ...(showOriginal
        ? { original: { text: fitText(originalName, originalRoom, originalFont, measure), x: PAD + used + 16 } }
        : {}),
    },
    subtitle: {
      text: category
        ? `${labels.words.rankOverTime} · Netflix Top 10 ${labels.category(category)}`
        : labels.words.rankOverTime,
      x: PAD,
      y: PAD + 58,
    },
  };
}

function seriesLayout(
  s: RankSeries,
  style: number,
  axis: ReturnType<typeof createTimeAxis>,
  y: (rank: number) => number,
): SeriesLayout {
  const points = s.points.map((p) => ({ x: axis.x(dayNumber(p.period)), y: y(p.rank) }));
  const runs: Point[][] = [];
  s.points.forEach((p, i) => {
    const previous = s.points[i - 1];
    const joined =
      previous !== undefined &&
      p.at >= 0 &&
      p.at - previous.at === 1 &&
      axis.segmentOf(dayNumber(p.period)) === axis.segmentOf(dayNumber(previous.period));
    if (joined) runs.at(-1)!.push(points[i]!);
    else runs.push([points[i]!]);
  });
  return { style, runs, points, best: s.points.indexOf(s.best), latest: s.points.length - 1 };
}

/** Every rank up to 10; past that 1 and each multiple of a step that keeps about ten ticks. */
export function rankTicks(maxRank: number): number[] {
  if (maxRank <= MIN_RANKS) return Array.from({ length: maxRank }, (_, i) => i + 1);
  const step = [5, 10, 20, 25, 50, 100].find((s) => maxRank / s <= 10) ?? 100;
  const ticks = [1];
  for (let rank = step; rank <= maxRank; rank += step) ticks.push(rank);
  return ticks;
}

/** Each series' best rank, then each latest point, placed where they overlap nothing; the rest are left out. */
function pointLabels(
  history: RankSeries[],
  layouts: SeriesLayout[],
  plot: Box,
  labels: PictureLabels,
  measure: Measure,
): LabelLayout[] {
  const taken: Box[] = [];
  const placed: LabelLayout[] = [];
  const font = { size: TEXT.label, bold: true };
  const want = [
    ...layouts.map((layout, i) => ({ layout, index: layout.best, rank: history[i]!.best.rank })),
    ...layouts
      .filter((l) => l.latest !== l.best)
      .map((layout) => ({ layout, index: layout.latest, rank: history[layout.style]!.latest.rank })),
  ];
  for (const { layout, index, rank } of want) {
    const text = labels.rank(rank);
    const box = placeLabel(layout.points[index]!, measure(text, font) + 10, TEXT.label + 8, plot, taken);
    if (!box) continue;
    taken.push(box);
    placed.push({ ...box, text, style: layout.style });
  }
  return placed;
}

function legendEntry(
  s: RankSeries,
  style: number,
  x: number,
  y: number,
  labels: PictureLabels,
  measure: Measure,
  withCategory: boolean,
): LegendLayout {
  const name = fitText(
    labels.chart(s.chart, s.season, withCategory),
    LEGEND_WIDTH - 40,
    { size: TEXT.legend, bold: true },
    measure,
  );
  const detail = `${labels.words.best} ${labels.rank(s.best.rank)} · ${labels.count(s.points.length, s.chart.cadence)}`;
  return { style, x, y, name, detail: fitText(detail, LEGEND_WIDTH - 40, { size: TEXT.detail }, measure) };
}

function footer(history: RankHistory, labels: PictureLabels, measure: Measure, width: number, height: number) {
  const sources = history.providers.map(labels.provider).join(', ');
  const text = `${labels.words.source}: ${sources} · ${labels.words.dataTo} ${labels.date(history.dataDate)}`;
  return {
    text: fitText(text, width - LEGEND_WIDTH - 2 * PAD - 20, { size: TEXT.footer }, measure),
    x: PAD,
    y: height - 22,
  };
}
