import { addDays, format } from 'date-fns';
import { tz } from '@date-fns/tz';
import type { RefreshStatus } from './schedule.js';

export type RefreshSource = 'netflix-top10' | 'kobis-daily';

const HOUR = 3_600_000;
/** After a failure, wait 5 min, 10, 20… up to 6 h before trying again. */
export const backoffMs = (failures: number) => Math.min(6 * HOUR, 5 * 60_000 * 2 ** Math.max(0, failures - 1));
/** With the newest data already in, look again this often (a source may republish corrections). */
const RECHECK_MS = 12 * HOUR;

/**
 * The newest data date a source should have published by `now`:
 * - Netflix publishes the week ending Sunday on the following Tuesday (Pacific time), so from Tuesday 12:00 in
 *   Los Angeles the week ending two days earlier is expected;
 * - KOBIS publishes a day's box office the next morning in Korea, so from 07:00 in Seoul yesterday is expected.
 */
export function expectedDataDate(source: RefreshSource, now: Date): string {
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
  const behind = !dataDate || dataDate < expectedDataDate(source, now);
  return behind ? since >= HOUR : since >= RECHECK_MS;
}
