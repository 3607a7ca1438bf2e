import { addDays, format, parseISO } from 'date-fns';
import { escapeMarkdown, time, TimestampStyles } from 'discord.js';
import type { ChartCadence, SourceRef } from '../../domain/types.js';

/** Catalog or user text made inert in Markdown (no bold, links or code blocks smuggled in). */
// Control characters are exactly what this strips.
// eslint-disable-next-line no-control-regex
export const safe = (text: string) => escapeMarkdown(text.replace(/[\u0000-\u001f\u007f]/g, ' '));

/** "2025-10-16" → "16 Oct 2025"; "2025-05" → "May 2025"; "2025" → "2025". */
export function formatDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return format(parseISO(`${date}-01`), 'MMM yyyy');
  return format(parseISO(date), 'd MMM yyyy');
}

/**
 * A chart period as people say it. Netflix weeks run Monday–Sunday and are stored by their Sunday:
 * "2025-10-19" → "week of 13–19 Oct 2025".
 */
export function formatPeriod(cadence: ChartCadence, period: string): string {
  if (cadence === 'day') return formatDate(period);
  if (cadence === 'period') return `as of ${formatDate(period)}`;
  const end = parseISO(period);
  const start = addDays(end, -6);
  const sameMonth = start.getMonth() === end.getMonth();
  const sameYear = start.getFullYear() === end.getFullYear();
  const from = format(start, sameMonth ? 'd' : sameYear ? 'd MMM' : 'd MMM yyyy');
  return `week of ${from}${sameMonth ? '–' : ' – '}${format(end, 'd MMM yyyy')}`;
}

export const formatSource = (source: SourceRef) => `${source.publication}, ${formatDate(source.date)}`;

/** An instant every reader sees in their own time zone. */
export const relativeTime = (date: Date) => time(date, TimestampStyles.RelativeTime);
export const fullTime = (date: Date) => time(date, TimestampStyles.LongDateTime);

const regions = new Intl.DisplayNames(['en'], { type: 'region' });
export function countryName(iso2: string): string {
  try {
    return regions.of(iso2) ?? iso2;
  } catch {
    return iso2;
  }
}

/** "1 week", "3 weeks". */
export const plural = (count: number, unit: string) => `${count.toLocaleString('en')} ${unit}${count === 1 ? '' : 's'}`;

export const BRAND_COLOR = 0xe8505b;
