import { describe, expect, it } from 'vitest';
import { backoffMs, expectedDataDate, refreshIsDue } from '../../src/domain/refresh-due.js';

describe('expectedDataDate', () => {
  it.each([
    // Netflix: the week ending Sunday 19 Oct 2025 is out from Tuesday 21 Oct, noon in Los Angeles (19:00 UTC).
    ['2025-10-21T18:59:00Z', '2025-10-12'],
    ['2025-10-21T19:00:00Z', '2025-10-19'],
    ['2025-10-25T12:00:00Z', '2025-10-19'],
    ['2025-10-26T23:00:00Z', '2025-10-19'], // Sunday: the week ending today is not out yet
    ['2025-10-27T12:00:00Z', '2025-10-19'], // Monday
  ])('expects Netflix data at %s to reach %s', (now, expected) => {
    expect(expectedDataDate('netflix-top10', new Date(now))).toBe(expected);
  });

  it.each([
    // KOBIS: yesterday's box office from 07:00 in Seoul (22:00 UTC the day before).
    ['2025-10-21T21:59:00Z', '2025-10-20'], // 06:59 on 22 Oct in Seoul
    ['2025-10-21T22:00:00Z', '2025-10-21'], // 07:00 on 22 Oct in Seoul
  ])('expects KOBIS data at %s to reach %s', (now, expected) => {
    expect(expectedDataDate('kobis-daily', new Date(now))).toBe(expected);
  });
});

describe('refreshIsDue', () => {
  const now = new Date('2025-10-22T12:00:00Z');
  const at = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it('is due when the data is older than published and nothing was tried lately', () => {
    expect(refreshIsDue('netflix-top10', '2025-10-12', undefined, now)).toBe(true);
    expect(refreshIsDue('netflix-top10', undefined, undefined, now)).toBe(true);
  });

  it('is not due again within the hour after a successful attempt that found nothing new', () => {
    expect(refreshIsDue('netflix-top10', '2025-10-12', { lastAttemptAt: at(30 * 60_000), failures: 0 }, now)).toBe(
      false,
    );
  });

  it('rechecks fresh daily box-office data only twice a day', () => {
    const fresh = expectedDataDate('kobis-daily', now);
    expect(refreshIsDue('kobis-daily', fresh, { lastAttemptAt: at(3_600_000), failures: 0 }, now)).toBe(false);
    expect(refreshIsDue('kobis-daily', fresh, { lastAttemptAt: at(13 * 3_600_000), failures: 0 }, now)).toBe(true);
  });

  it('waits a week before downloading fresh Netflix files again', () => {
    expect(refreshIsDue('netflix-top10', '2025-10-19', { lastAttemptAt: at(6 * 86_400_000), failures: 0 }, now)).toBe(
      false,
    );
    expect(refreshIsDue('netflix-top10', '2025-10-19', { lastAttemptAt: at(7 * 86_400_000), failures: 0 }, now)).toBe(
      true,
    );
  });

  it('runs sources without a publication schedule on their period: engagement weekly, film records twice a day', () => {
    expect(refreshIsDue('netflix-engagement', undefined, undefined, now)).toBe(true);
    expect(refreshIsDue('netflix-engagement', undefined, { lastAttemptAt: at(6 * 86_400_000), failures: 0 }, now)).toBe(
      false,
    );
    expect(refreshIsDue('kobis-movies', undefined, { lastAttemptAt: at(11 * 3_600_000), failures: 0 }, now)).toBe(
      false,
    );
    expect(refreshIsDue('kobis-movies', undefined, { lastAttemptAt: at(12 * 3_600_000), failures: 0 }, now)).toBe(true);
  });

  it('backs off after failures, doubling up to six hours', () => {
    expect([1, 2, 3, 10].map(backoffMs)).toEqual([300_000, 600_000, 1_200_000, 21_600_000]);
    expect(refreshIsDue('kobis-daily', undefined, { lastAttemptAt: at(599_000), failures: 2 }, now)).toBe(false);
    expect(refreshIsDue('kobis-daily', undefined, { lastAttemptAt: at(600_000), failures: 2 }, now)).toBe(true);
  });
});
