import { describe, expect, it } from 'vitest';
import { pictureLabels } from '../../../src/discord/render/pictures/labels.js';
import { createTimeAxis, dayNumber, timeTicks } from '../../../src/discord/render/pictures/time-axis.js';
import { estimate } from './support.js';

const weekly = (from: string, weeks: number) => Array.from({ length: weeks }, (_, i) => dayNumber(from) + i * 7);

describe('createTimeAxis', () => {
  it('maps later days further right, within the given span', () => {
    const days = weekly('2025-01-05', 20);
    const axis = createTimeAxis(days, 100, 700, { padDays: 4 });
    const xs = days.map(axis.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]!);
    expect(xs[0]).toBeGreaterThan(100);
    expect(xs.at(-1)).toBeLessThan(700);
    expect(axis.breaks).toEqual([]);
  });

  it('cuts a long empty stretch out as a break and gives both sides room', () => {
    const days = [...weekly('2021-09-19', 20), ...weekly('2024-12-22', 20)];
    const axis = createTimeAxis(days, 0, 600, { padDays: 4 });
    expect(axis.breaks).toHaveLength(1);
    expect(axis.segments).toHaveLength(2);
    const [first, second] = axis.segments;
    expect(Math.abs(first!.x1 - first!.x0 - (second!.x1 - second!.x0))).toBeLessThan(1);
    expect(axis.segmentOf(days[25]!)).toBe(1);
  });

  it('keeps at most three breaks, the longest gaps', () => {
    const days = [0, 1000, 2000, 3000, 4500].map((offset) => dayNumber('2015-01-04') + offset);
    expect(createTimeAxis(days, 0, 600, { padDays: 4 }).breaks).toHaveLength(3);
  });
});

describe('timeTicks', () => {
  it('labels months with the year on the first tick and in January, none overlapping', () => {
    const axis = createTimeAxis(weekly('2025-03-02', 60), 80, 680, { padDays: 4 });
    const ticks = timeTicks(axis, 4, pictureLabels('en'), estimate, false);
    expect(ticks[0]!.label).toMatch(/2025$/);
    expect(ticks.some((tick) => tick.label === 'Jan 2026')).toBe(true);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x + 20);
  });

  it('labels days on a short daily chart', () => {
    const days = Array.from({ length: 10 }, (_, i) => dayNumber('2026-01-19') + i);
    const ticks = timeTicks(createTimeAxis(days, 80, 680, { padDays: 1 }), 1, pictureLabels('ko'), estimate, true);
    expect(ticks[0]!.label).toBe('1월 19일');
  });
});
