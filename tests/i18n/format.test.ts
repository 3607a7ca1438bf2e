import { describe, expect, it } from 'vitest';
import {
  countryName,
  formatCount,
  formatDate,
  formatDateSpan,
  formatElapsed,
  formatLargeNumber,
  formatPeriod,
} from '../../src/i18n/format.js';

describe('formatDate', () => {
  it('writes a day in each language’s order', () => {
    expect(formatDate('en', '2025-10-19')).toBe('19 Oct 2025');
    expect(formatDate('ko', '2025-10-19')).toBe('2025년 10월 19일');
    expect(formatDate('ja', '2025-10-19')).toBe('2025年10月19日');
  });

  it('writes a month alone, and leaves a bare year as it is', () => {
    expect(formatDate('en', '2025-05')).toBe('May 2025');
    expect(formatDate('ko', '2025-05')).toBe('2025년 5월');
    expect(formatDate('ja', '2025-05')).toBe('2025年5月');
    expect(formatDate('ko', '2025')).toBe('2025');
  });
});

describe('formatDateSpan', () => {
  const spans = [
    ['2025-10-13', '2025-10-19'],
    ['2025-09-29', '2025-10-05'],
    ['2025-12-29', '2026-01-04'],
  ] as const;

  it('shortens the start in English', () => {
    expect(spans.map(([from, to]) => formatDateSpan('en', from, to))).toEqual([
      '13–19 Oct 2025',
      '29 Sep – 5 Oct 2025',
      '29 Dec 2025 – 4 Jan 2026',
    ]);
  });

  it('shortens the end in Korean, exactly as Intl.DateTimeFormat#formatRange does', () => {
    const intl = new Intl.DateTimeFormat('ko', { dateStyle: 'long', timeZone: 'UTC' });
    const range = (from: string, to: string) =>
      intl.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
    expect(spans.map(([from, to]) => formatDateSpan('ko', from, to))).toEqual(
      spans.map(([from, to]) => range(from, to)),
    );
    expect(formatDateSpan('ko', '2025-10-13', '2025-10-19')).toBe('2025년 10월 13일~19일');
  });

  it('shortens the end in Japanese (ICU falls back to numeric dates for Japanese ranges, so this is date-fns)', () => {
    expect(spans.map(([from, to]) => formatDateSpan('ja', from, to))).toEqual([
      '2025年10月13日～19日',
      '2025年9月29日～10月5日',
      '2025年12月29日～2026年1月4日',
    ]);
  });

  it('gives one date when both ends are the same day', () => {
    expect(formatDateSpan('ko', '2025-10-19', '2025-10-19')).toBe('2025년 10월 19일');
  });
});

describe('formatPeriod', () => {
  it('names a Netflix week by its Monday–Sunday span', () => {
    expect(formatPeriod('en', 'week', '2025-10-19')).toBe('week of 13–19 Oct 2025');
    expect(formatPeriod('ko', 'week', '2025-10-19')).toBe('2025년 10월 13일~19일 주간');
    expect(formatPeriod('ja', 'week', '2025-10-19')).toBe('2025年10月13日～19日の週');
  });

  it('names a day by its date and a reported figure by its as-of date', () => {
    expect(formatPeriod('ko', 'day', '2026-01-28')).toBe('2026년 1월 28일');
    expect(formatPeriod('ja', 'period', '2025-10-21')).toBe('2025年10月21日時点');
  });
});

describe('formatLargeNumber', () => {
  it('uses 억 and 만 in Korean, 億 and 万 in Japanese, M and B in English', () => {
    expect(formatLargeNumber('ko', 619_900_000)).toBe('6억 1,990만');
    expect(formatLargeNumber('ja', 619_900_000)).toBe('6億1990万');
    expect(formatLargeNumber('en', 619_900_000)).toBe('619.9M');
    expect(formatLargeNumber('en', 7_700_000_000)).toBe('7.7B');
  });

  it('keeps the two largest units, rounded, carrying into the next unit', () => {
    expect(formatLargeNumber('ko', 619_912_345)).toBe('6억 1,991만');
    expect(formatLargeNumber('ko', 199_999_999)).toBe('2억');
    expect(formatLargeNumber('ko', 45_000_000)).toBe('4,500만');
    expect(formatLargeNumber('ko', 1_230_000_000_000)).toBe('1조 2,300억');
    expect(formatLargeNumber('ja', 13_500_000)).toBe('1350万');
  });

  it('writes numbers under 10,000 (English: a million) exactly', () => {
    expect(formatLargeNumber('ko', 12_345)).toBe('1만 2,345');
    expect(formatLargeNumber('ko', 9_999)).toBe('9,999');
    expect(formatLargeNumber('en', 999_999)).toBe('999,999');
  });
});

describe('formatCount, countryName, formatElapsed', () => {
  it('groups digits, names regions and durations in the reader’s language', () => {
    expect(formatCount('ko', 2_114_266)).toBe('2,114,266');
    expect(countryName('ko', 'KR')).toBe('대한민국');
    expect(countryName('ja', 'KR')).toBe('韓国');
    expect(countryName('en', 'ZZZ')).toBe('ZZZ');
    expect(formatElapsed('ko', 90_061_000)).toBe('1일 1시간');
    expect(formatElapsed('en', 90_061_000)).toBe('1 day 1 hour');
    expect(formatElapsed('ja', 30_000)).toBe('1分未満');
  });
});
