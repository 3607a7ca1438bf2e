import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { tz } from '@date-fns/tz';
import type { RefreshStatus } from './schedule.js';

export type RefreshSource = 'netflix-top10' | 'kobis-daily' | 'kobis-movies' | 'netflix-engagement';

const HOUR = 3_600_000;
/** After a failure, wait 5 min, 10, 20… up to 6 h before trying again. */
export const backoffMs = (failures: number) => Math.min(6 * HOUR, 5 * 60_000 * 2 ** Math.max(0, failures - 1));
/** With the newest data already in, look again this often (a source may republish corrections). */
const RECHECK_MS = 12 * HOUR;
/**
 * Sources with no publication schedule to expect data by: film records to fill in (daily, within KOBIS's
 * quota) and engagement reports (twice a year; a weekly look costs one download and usually changes nothing).
 * Netflix's Top 10 files change weekly: once the newest week is in, a week's wait is enough.
 */
const PERIOD_MS: Partial<Record<RefreshSource, number>> = {
  'kobis-movies': 12 * HOUR,
  'netflix-engagement': 7 * 24 * HOUR,
  'netflix-top10': 7 * 24 * HOUR,
};

/**
 * The newest data date a source should have published by `now`:
 * - Netflix publishes the week ending Sunday on the following Tuesday (Pacific time), so from Tuesday 12:00 in
 *   Los Angeles the week ending two days earlier is expected;
 * - KOBIS publishes a day's box office the next morning in Korea, so from 07:00 in Seoul yesterday is expected.
 */
export function expectedDataDate(source: 'netflix-top10' | 'kobis-daily', now: Date): string {
  if (source === 'kobis-daily') {
    const seoul = tz('Asia/Seoul');
    const hour = Number(format(now, 'H', { in: seoul }));
    return format(addDays(now, hour >= 7 ? -1 : -2, { in: seoul }), 'yyyy-MM-dd', { in: seoul });
  }
  const pacific = tz('America/Los_Angeles');
  const weekday = Number(format(now, 'i', { in: pacific })); // 1 = Monday … 7 = Sunday
  const hour = Number(format(now, 'H', { in: pacific }));
  const published = weekday > 2 || (weekday === 2 && hour >= 12);
  // Days back to the Sunday that ends the newest published week.
  const back = published ? weekday : weekday + 7;
  return format(addDays(now, -back, { in: pacific }), 'yyyy-MM-dd', { in: pacific });
}

/** Whether to try a refresh now: data older than expected (or a periodic re-check), and not inside a backoff. */
export function refreshIsDue(
  source: RefreshSource,
  dataDate: string | undefined,
  status: RefreshStatus | undefined,
  now: Date,
): boolean {
  const since = status ? now.getTime() - Date.parse(status.lastAttemptAt) : Infinity;
  if (status && status.failures > 0) return since >= backoffMs(status.failures);
  if (source === 'kobis-movies' || source === 'netflix-engagement') return since >= PERIOD_MS[source]!;
  const behind = !dataDate || dataDate < expectedDataDate(source, now);
  return behind ? since >= HOUR : since >= (PERIOD_MS[source] ?? RECHECK_MS);
}
