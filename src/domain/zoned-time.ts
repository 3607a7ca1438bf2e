import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns/format';

/** A wall-clock time of day, 24 h. */
export interface LocalTime {
  hour: number;
  minute: number;
}

/** What a daily schedule needs: a local "HH:MM" and an IANA zone (DigestSettings fits). */
export interface DailySchedule {
  time: string;
  timeZone: string;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const LOCAL_TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a 24-hour "HH:MM" time (00:00–23:59). The hour may have one digit ("9:05" is 09:05), because that is
 * how people type it; the minutes must have two ("9:5" is refused). Surrounding spaces are ignored; "24:00",
 * "12:60", "0905" and "9.05" are refused.
 */
export function parseLocalTime(text: string): LocalTime | undefined {
  const match = LOCAL_TIME.exec(text.trim());
  if (!match) return undefined;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The canonical "HH:MM" spelling of a time, e.g. { hour: 9, minute: 5 } → "09:05". */
export function formatLocalTime(time: LocalTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** The calendar date (YYYY-MM-DD) that `instant` falls on in `zone`. */
export function localDateOf(instant: Date, zone: string): string {
  return format(new TZDate(instant.getTime(), zone), 'yyyy-MM-dd');
}

/** The calendar date `days` after (or before, when negative) a YYYY-MM-DD date. */
export function addLocalDays(localDate: string, days: number): string {
  return new Date(wallClockMs(localDate, { hour: 0, minute: 0 }) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant at which the wall clock in `zone` shows `time` on `localDate` (YYYY-MM-DD).
 *
 * DST rules, the same as RFC 5545 and Temporal's "compatible" disambiguation:
 * - **Gap** (spring forward): a time that does not exist that day is read with the offset in force before the
 *   gap, so it runs shifted forward by the length of the gap: 02:30 in America/New_York on 2026-03-08 runs at
 *   03:30 EDT; 02:15 in Australia/Lord_Howe on 2026-10-04 (a 30-minute gap) runs at 02:45.
 * - **Overlap** (fall back): a time that happens twice runs once, at the FIRST occurrence (the earlier
 *   instant, still on the summer offset): 01:30 in America/New_York on 2026-11-01 is 01:30 EDT.
 *
 * @throws RangeError when the date or the zone is not valid.
 */
export function occurrenceOn(localDate: string, time: LocalTime, zone: string): Date {
  const wall = wallClockMs(localDate, time);
  // A local date-time happens within -14 h..+12 h of its UTC reading, so the offsets a day either side of it
  // are all the offsets that can apply to it (no zone in tzdb changes its offset twice within two days).
  const before = offsetAt(zone, wall - DAY_MS);
  const after = offsetAt(zone, wall + DAY_MS);
  if (before === after) return new Date(wall - before * MINUTE_MS);
  // A transition is near: each offset that maps back to the wall time is an occurrence; the first wins.
  let first: number | undefined;
  for (const offset of [before, after]) {
    const candidate = wall - offset * MINUTE_MS;
    if (offsetAt(zone, candidate) === offset && (first === undefined || candidate < first)) first = candidate;
  }
  // Neither offset gives the wall time: it is in a gap, so read it with the offset from before the gap.
  return new Date(first ?? wall - before * MINUTE_MS);
}

/**
 * The first instant strictly after `now` at which the schedule's local time comes round (see `occurrenceOn`
 * for the DST rules). Knows nothing of deliveries; for "when will the next digest post" see `nextDigestAt`.
 *
 * @throws RangeError when the time or the zone is not valid.
 */
export function nextOccurrence(schedule: DailySchedule, now: Date): Date {
  const time = parseLocalTime(schedule.time);
  if (!time) throw new RangeError(`Invalid local time: ${schedule.time}`);
  const today = localDateOf(now, schedule.timeZone);
  // Yesterday's is checked too: a gap shift can push an occurrence past midnight into today.
  for (const days of [-1, 0, 1, 2]) {
    const occurrence = occurrenceOn(addLocalDays(today, days), time, schedule.timeZone);
    if (occurrence.getTime() > now.getTime()) return occurrence;
  }
  throw new RangeError(`No occurrence of ${schedule.time} in ${schedule.timeZone} after ${now.toISOString()}`);
}

function wallClockMs(localDate: string, time: LocalTime): number {
  const match = LOCAL_DATE.exec(localDate);
  if (!match) throw new RangeError(`Invalid local date: ${localDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day, time.hour, time.minute));
  date.setUTCFullYear(year); // Date.UTC reads years 0–99 as 1900–1999
  const ms = date.getTime();
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`Invalid local date: ${localDate}`);
  }
  return ms;
}

function offsetAt(zone: string, ms: number): number {
  const offset = tzOffset(zone, new Date(ms));
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${zone}`);
  return offset;
}
