/**
 * Colours and sizes shared by every picture. The card is opaque and dark, so it reads the same on Discord's dark
 * and light themes; series colours are the Okabe–Ito colour-blind-safe set (blue lightened for the dark card),
 * and each series also has its own marker shape, so no reader has to tell lines apart by colour alone.
 */
export const THEME = {
  background: '#1b1d23',
  panel: '#23262e',
  grid: '#343844',
  axis: '#5b6070',
  text: '#f2f3f5',
  muted: '#a9aebb',
  halo: '#1b1d23',
  up: '#56b4e9',
  down: '#e69f00',
  fresh: '#f0e442',
  back: '#cc79a7',
} as const;

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'hexagon' | 'cross' | 'star';

export interface SeriesStyle {
  color: string;
  marker: MarkerShape;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: '#e69f00', marker: 'circle' },
  { color: '#56b4e9', marker: 'square' },
  { color: '#009e73', marker: 'diamond' },
  { color: '#f0e442', marker: 'triangle' },
  { color: '#cc79a7', marker: 'triangle-down' },
  { color: '#d55e00', marker: 'hexagon' },
  { color: '#e8e8e8', marker: 'cross' },
  { color: '#5b9be6', marker: 'star' },
];

export const styleOf = (index: number): SeriesStyle => SERIES_STYLES[index % SERIES_STYLES.length]!;

/** Font sizes in pixels, chosen to stay legible when Discord scales a 1000-pixel picture to a phone's width. */
export const TEXT = {
  title: 34,
  subtitle: 21,
  legend: 22,
  detail: 18,
  tick: 19,
  label: 19,
  footer: 18,
  row: 26,
} as const;

/** How geometry measures text without a canvas (tests pass an estimate; drawing passes the real one). */
export interface FontSpec {
  size: number;
  bold?: boolean;
}

export type Measure = (text: string, font: FontSpec) => number;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Cuts `text` with "…" until `measure` says it fits in `width`. */
export function fitText(text: string, width: number, font: FontSpec, measure: Measure): string {
  if (measure(text, font) <= width) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, font) <= width) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '…' : `${chars.slice(0, low).join('').trimEnd()}…`;
}
