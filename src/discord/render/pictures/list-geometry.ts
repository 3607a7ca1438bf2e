import type { Movement } from '../../../domain/chart-stats.js';
import type { ChartCadence } from '../../../domain/types.js';
import type { PictureLabels } from './labels.js';
import { fitText, TEXT, type Measure } from './theme.js';

export const LIST_PICTURE = { width: 1000, height: 600 } as const;
export const LIST_ROWS = 10;
const PAD = 28;
const TOP = 108;
const BOTTOM = 44;

/** One row of a chart as the picture shows it. */
export interface ListRow {
  rank: number;
  label: string;
  movement: Movement;
  periodsOnChart: number;
}

export interface ListPictureInput {
  chartName: string;
  cadence: ChartCadence;
  period: string;
  rows: ListRow[];
  sources: string;
  dataDate: string;
  labels: PictureLabels;
  measure: Measure;
}

export interface ListRowLayout {
  y: number;
  h: number;
  rank: { text: string; x: number };
  movement: { movement: Movement; text: string; x: number };
  title: { text: string; x: number };
  bar: { x: number; w: number; maxW: number; text: string };
  shaded: boolean;
}

export interface ListLayout {
  width: number;
  height: number;
  title: { text: string; x: number; y: number };
  subtitle: { text: string; x: number; y: number };
  rows: ListRowLayout[];
  note?: { text: string; x: number; y: number };
  footer: { text: string; x: number; y: number };
  brand: { text: string; x: number; y: number };
}

const COLUMNS = { rank: PAD + 56, movement: PAD + 74, title: PAD + 168, bar: 740, barEnd: 1000 - PAD };

/** The first ten rows of one chart period: rank, movement, title, and a bar of periods on the chart. */
export function layoutListPicture(input: ListPictureInput): ListLayout {
  const { labels, measure } = input;
  const { width, height } = LIST_PICTURE;
  const shown = input.rows.slice(0, LIST_ROWS);
  const rowH = Math.floor((height - TOP - BOTTOM) / LIST_ROWS);
  const maxPeriods = Math.max(1, ...shown.map((row) => row.periodsOnChart));
  const maxBar = COLUMNS.barEnd - COLUMNS.bar - 100;
  const titleRoom = COLUMNS.bar - COLUMNS.title - 24;
  const rows = shown.map((row, i) => ({
    y: TOP + i * rowH,
    h: rowH,
    shaded: i % 2 === 0,
    rank: { text: String(row.rank), x: COLUMNS.rank },
    movement: { movement: row.movement, text: movementText(row.movement, labels), x: COLUMNS.movement },
    title: { text: fitText(row.label, titleRoom, { size: TEXT.row, bold: row.rank === 1 }, measure), x: COLUMNS.title },
    bar: {
      x: COLUMNS.bar,
      w: Math.max(4, (row.periodsOnChart / maxPeriods) * maxBar),
      maxW: maxBar,
      text: labels.count(row.periodsOnChart, input.cadence),
    },
  }));
  const hidden = input.rows.length - shown.length;
  const footerText = `${labels.words.source}: ${input.sources} · ${labels.words.dataTo} ${labels.date(input.dataDate)}`;
  return {
    width,
    height,
    title: {
      text: fitText(input.chartName, width - 2 * PAD - 90, { size: TEXT.title, bold: true }, measure),
      x: PAD,
      y: PAD + 24,
    },
    subtitle: { text: labels.period(input.cadence, input.period), x: PAD, y: PAD + 58 },
    rows,
    note: hidden > 0 ? { text: `+${hidden}`, x: width - PAD, y: height - 16 } : undefined,
    footer: { text: fitText(footerText, width - 2 * PAD - 80, { size: TEXT.footer }, measure), x: PAD, y: height - 16 },
    brand: { text: 'withk', x: width - PAD - measure('withk', { size: TEXT.footer, bold: true }), y: PAD + 20 },
  };
}

/** "3" beside an up or down mark, "NEW", "RE", or "–" for no change. */
export function movementText(movement: Movement, labels: PictureLabels): string {
  switch (movement.kind) {
    case 'up':
    case 'down':
      return String(movement.by);
    case 'new':
      return labels.words.new;
    case 're':
      return labels.words.re;
    case 'same':
      return '–';
  }
}
