import type { PictureLabels } from './labels.js';
import { fitText, TEXT, type Measure } from './theme.js';

export const BARS_PICTURE = { width: 1000, height: 600 } as const;
const PAD = 28;
const TOP = 150;
const LABEL_WIDTH = 150;

/**
 * Horizontal bars, one per period (a half-year), each split into parts: the share of viewing by origin when
 * `mode` is 'share' (every bar fills the width), or hours viewed when it is 'value' (bars scale to the largest).
 */
export interface BarsPictureData {
  title: string;
  subtitle: string;
  mode: 'share' | 'value';
  /** The parts' names, in the order they stack and appear in the legend (e.g. Korea, Japan, other). */
  parts: string[];
  bars: { label: string; values: number[] }[];
  sources: string;
  dataDate: string;
  /** A colour per part where the series colours should not be used (a muted "everything else"). */
  partColors?: (string | undefined)[];
  /** Formats a value for a label inside its segment, e.g. "619.9M h". Shares are shown as percentages. */
  formatValue?: (value: number) => string;
}

export interface BarsLayout {
  width: number;
  height: number;
  title: { text: string; x: number; y: number };
  subtitle: { text: string; x: number; y: number };
  legend: { x: number; y: number; text: string; part: number }[];
  bars: { label: string; y: number; h: number; segments: { part: number; x: number; w: number; text?: string }[] }[];
  footer: { text: string; x: number; y: number };
  brand: { text: string; x: number; y: number };
}

/** Lays out a bars picture; a segment's label shows only where it fits inside the segment. */
export function layoutBarsPicture(data: BarsPictureData, labels: PictureLabels, measure: Measure): BarsLayout {
  const { width, height } = BARS_PICTURE;
  const left = PAD + LABEL_WIDTH;
  const right = width - PAD;
  const bars = data.bars.slice(-8);
  const rowH = Math.floor((height - TOP - 50) / Math.max(4, bars.length));
  const largest = Math.max(1e-9, ...bars.map((bar) => bar.values.reduce((a, b) => a + b, 0)));
  let legendX = PAD;
  const legend = data.parts.map((text, part) => {
    const entry = { x: legendX, y: PAD + 96, text, part };
    legendX += 34 + measure(text, { size: TEXT.detail }) + 22;
    return entry;
  });
  return {
    width,
    height,
    title: {
      text: fitText(data.title, width - 2 * PAD - 90, { size: TEXT.title, bold: true }, measure),
      x: PAD,
      y: PAD + 24,
    },
    subtitle: { text: fitText(data.subtitle, width - 2 * PAD, { size: TEXT.subtitle }, measure), x: PAD, y: PAD + 58 },
    legend,
    bars: bars.map((bar, i) => {
      const total = bar.values.reduce((a, b) => a + b, 0);
      const scale = (right - left) / (data.mode === 'share' ? Math.max(total, 1e-9) : largest);
      let x = left;
      const segments = bar.values.map((value, part) => {
        const w = value * scale;
        const label =
          data.mode === 'share'
            ? `${labels.number((value / Math.max(total, 1e-9)) * 100)}%`
            : (data.formatValue ?? labels.number)(value);
        const segment = {
          part,
          x,
          w,
          ...(measure(label, { size: TEXT.detail, bold: true }) + 12 <= w ? { text: label } : {}),
        };
        x += w;
        return segment;
      });
      return {
        label: fitText(bar.label, LABEL_WIDTH - 12, { size: TEXT.legend, bold: true }, measure),
        y: TOP + i * rowH + 6,
        h: rowH - 12,
        segments,
      };
    }),
    footer: {
      text: fitText(
        `${labels.words.source}: ${data.sources} · ${labels.words.dataTo} ${labels.date(data.dataDate)}`,
        width - 2 * PAD,
        { size: TEXT.footer },
        measure,
      ),
      x: PAD,
      y: height - 16,
    },
    brand: { text: 'withk', x: width - PAD - measure('withk', { size: TEXT.footer, bold: true }), y: PAD + 20 },
  };
}
