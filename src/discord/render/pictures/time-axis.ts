import type { PictureLabels } from './labels.js';
import { TEXT, type Measure } from './theme.js';

/** A stretch of time drawn continuously between `x0` and `x1`; days count from 1970-01-01. */
export interface TimeSegment {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

export interface TimeAxis {
  segments: TimeSegment[];
  /** Centres of the breaks drawn where long empty stretches were left out. */
  breaks: number[];
  x(day: number): number;
  /** The segment a day falls in (the nearest one for a day between segments). */
  segmentOf(day: number): number;
}

export interface TimeAxisOptions {
  /** Room kept on each side of a segment's first and last day (half a chart period). */
  padDays: number;
  breakWidth?: number;
  minSegmentWidth?: number;
  maxBreaks?: number;
  /** A gap is cut out only when longer than this and than 12% of the whole span. */
  minGapDays?: number;
}

export const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
export const dayDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * A date axis from `left` to `right` over the given days. Long stretches where nothing charted (a series that
 * returned years later) are cut out and drawn as breaks, so the weeks that matter keep their width.
 */
export function createTimeAxis(
  days: readonly number[],
  left: number,
  right: number,
  options: TimeAxisOptions,
): TimeAxis {
  const { padDays, breakWidth = 26, minSegmentWidth = 28, maxBreaks = 3, minGapDays = 70 } = options;
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 0) sorted.push(0);
  const span = sorted.at(-1)! - sorted[0]!;
  const threshold = Math.max(minGapDays, span * 0.12);
  const cuts = sorted
    .slice(1)
    .map((day, i) => ({ at: i + 1, gap: day - sorted[i]! }))
    .filter((gap) => gap.gap > threshold)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, maxBreaks)
    .map((gap) => gap.at)
    .sort((a, b) => a - b);
  const ranges = [0, ...cuts].map((start, i) => ({
    from: sorted[start]!,
    to: sorted[(cuts[i] ?? sorted.length) - 1]!,
  }));
  const available = right - left - cuts.length * breakWidth;
  const weights = ranges.map((range) => range.to - range.from + 2 * padDays);
  const total = weights.reduce((a, b) => a + b, 0);
  const spare = Math.max(0, available - ranges.length * minSegmentWidth);
  const segments: TimeSegment[] = [];
  const breaks: number[] = [];
  let x = left;
  ranges.forEach((range, i) => {
    const width = minSegmentWidth + (spare * weights[i]!) / total;
    segments.push({ ...range, x0: x, x1: x + width });
    x += width;
    if (i < ranges.length - 1) {
      breaks.push(x + breakWidth / 2);
      x += breakWidth;
    }
  });
  const segmentOf = (day: number) => {
    const found = segments.findIndex((s) => day <= s.to + padDays);
    return found === -1 ? segments.length - 1 : found;
  };
  return {
    segments,
    breaks,
    segmentOf,
    x(day) {
      const s = segments[segmentOf(day)]!;
      const t = (day - s.from + padDays) / (s.to - s.from + 2 * padDays);
      return s.x0 + Math.min(1, Math.max(0, t)) * (s.x1 - s.x0);
    },
  };
}

export interface Tick {
  x: number;
  label: string;
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24];
const DAY_STEPS = [1, 2, 7, 14];

/**
 * Tick labels per segment: months (with the year on a segment's first tick and in January), or days for short
 * segments. Steps widen until labels have room; a label that would touch the previous one is dropped.
 */
export function timeTicks(
  axis: TimeAxis,
  padDays: number,
  labels: PictureLabels,
  measure: Measure,
  daysAllowed = true,
): Tick[] {
  const font = { size: TEXT.tick };
  const ticks: Tick[] = [];
  let lastRight = -Infinity;
  const add = (x: number, label: string) => {
    const half = measure(label, font) / 2;
    if (x - half < lastRight + 10) return false;
    ticks.push({ x, label });
    lastRight = x + half;
    return true;
  };
  for (const segment of axis.segments) {
    const from = segment.from - padDays;
    const to = segment.to + padDays;
    const pxPerDay = (segment.x1 - segment.x0) / (to - from);
    const daily = daysAllowed && to - from < 75;
    const candidates = daily ? dayTicks(segment.from, segment.to) : monthTicks(from, to);
    const widest = Math.max(40, ...candidates.slice(0, 3).map((day) => measure(labels.monthYear(dayDate(day)), font)));
    const steps = daily ? DAY_STEPS : MONTH_STEPS;
    const step = steps.find((s) => s * (daily ? 1 : 30.4) * pxPerDay >= widest + 14) ?? steps.at(-1)!;
    const chosen = candidates.filter((day) =>
      daily ? (day - candidates[0]!) % step === 0 : monthIndex(day) % step === 0,
    );
    if (chosen.length === 0) {
      // Too short for a month start: one label naming the month at the segment's middle.
      const middle = Math.round((segment.from + segment.to) / 2);
      add(axis.x(middle), labels.monthYear(dayDate(middle)));
      continue;
    }
    // The first label shown in a segment (and any January) carries the year, even when an earlier one had no room.
    let yearShown = false;
    for (const day of chosen) {
      const date = dayDate(day);
      const withYear: boolean = !yearShown || date.slice(5, 7) === '01';
      const label = daily ? labels.dayMonth(date) : withYear ? labels.monthYear(date) : labels.month(date);
      if (add(axis.x(day), label)) yearShown ||= withYear;
    }
  }
  return ticks;
}

const monthIndex = (day: number) => {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};

function monthTicks(from: number, to: number): number[] {
  const days: number[] = [];
  const start = new Date(from * 86_400_000);
  for (let m = start.getUTCMonth() + (start.getUTCDate() > 1 ? 1 : 0), y = start.getUTCFullYear(); ; m++) {
    const day = Math.round(Date.UTC(y, m, 1) / 86_400_000);
    if (day > to) break;
    days.push(day);
  }
  return days;
}

function dayTicks(from: number, to: number): number[] {
  const days: number[] = [];
  for (let day = Math.ceil(from); day <= to; day++) days.push(day);
  return days;
}
