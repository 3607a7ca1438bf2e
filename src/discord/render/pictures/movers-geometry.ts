import type { PictureLabels } from './labels.js';
import { fitText, TEXT, type Measure } from './theme.js';

export const MOVERS_WIDTH = 1000;
const PAD = 28;
const TOP = 108;
const ROW = 48;
const BOTTOM = 48;
const ZERO = 800;
const HALF = 150;

/** A title that climbed (`by` > 0) or fell (`by` < 0) on a chart, and where it stands now. */
export interface Mover {
  label: string;
  chart: string;
  by: number;
  rank: number;
}

export interface MoversLayout {
  width: number;
  height: number;
  title: { text: string; x: number; y: number };
  subtitle: { text: string; x: number; y: number };
  zero: { x: number; top: number; bottom: number };
  rows: {
    y: number;
    h: number;
    label: string;
    chart: string;
    bar: { x: number; w: number; up: boolean };
    value: { text: string; x: number; align: 'left' | 'right' };
  }[];
  footer: { text: string; x: number; y: number };
  brand: { text: string; x: number; y: number };
}

/** The week's biggest climbers above its biggest fallers, each a bar from a zero line: right for up, left for down. */
export function layoutMoversPicture(input: {
  movers: Mover[];
  period: string;
  sources: string;
  dataDate: string;
  labels: PictureLabels;
  measure: Measure;
}): MoversLayout {
  const { labels, measure } = input;
  const movers = [
    ...input.movers.filter((m) => m.by > 0).sort((a, b) => b.by - a.by),
    ...input.movers.filter((m) => m.by < 0).sort((a, b) => a.by - b.by),
  ].slice(0, 10);
  const height = TOP + Math.max(1, movers.length) * ROW + BOTTOM;
  const biggest = Math.max(1, ...movers.map((m) => Math.abs(m.by)));
  const room = ZERO - HALF - PAD - 40;
  const rows = movers.map((m, i) => {
    const w = Math.max(6, (Math.abs(m.by) / biggest) * (HALF - 60));
    const up = m.by > 0;
    const value = `${up ? '▲' : '▼'}${Math.abs(m.by)} → ${labels.rank(m.rank)}`;
    return {
      y: TOP + i * ROW,
      h: ROW,
      label: fitText(m.label, room, { size: TEXT.legend, bold: true }, measure),
      chart: fitText(m.chart, room, { size: TEXT.detail - 2 }, measure),
      bar: { x: up ? ZERO : ZERO - w, w, up },
      value: { text: value, x: up ? ZERO + w + 8 : ZERO - w - 8, align: (up ? 'left' : 'right') as 'left' | 'right' },
    };
  });
  const footer = `${labels.words.source}: ${input.sources} · ${labels.words.dataTo} ${labels.date(input.dataDate)}`;
  return {
    width: MOVERS_WIDTH,
    height,
    title: { text: labels.words.movers, x: PAD, y: PAD + 24 },
    subtitle: { text: labels.date(input.period), x: PAD, y: PAD + 58 },
    zero: { x: ZERO, top: TOP - 6, bottom: TOP + movers.length * ROW + 6 },
    rows,
    footer: { text: fitText(footer, MOVERS_WIDTH - 2 * PAD, { size: TEXT.footer }, measure), x: PAD, y: height - 16 },
    brand: { text: 'withk', x: MOVERS_WIDTH - PAD - measure('withk', { size: TEXT.footer, bold: true }), y: PAD + 20 },
  };
}
