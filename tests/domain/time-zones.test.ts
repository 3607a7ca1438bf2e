import { describe, expect, it } from 'vitest';
import {
  canonicalZone,
  COMMON_TIME_ZONES,
  formatUtcOffset,
  isValidTimeZone,
  suggestTimeZones,
} from '../../src/domain/time-zones.js';

const JANUARY = new Date('2026-01-15T12:00:00Z');
const JULY = new Date('2026-07-15T12:00:00Z');

describe('isValidTimeZone', () => {
  it.each(['Asia/Seoul', 'asia/seoul', 'UTC', 'Etc/UTC', 'America/New_York', 'Asia/Kathmandu', 'Asia/Katmandu'])(
    'accepts %j',
    (name) => {
      expect(isValidTimeZone(name)).toBe(true);
    },
  );

  it.each(['', '   ', 'Seoul', 'Mars/Olympus_Mons', '+09:00', 'UTC+9', 'Asia/'])('refuses %j', (name) => {
    expect(isValidTimeZone(name)).toBe(false);
  });
});

describe('canonicalZone', () => {
  it.each([
    ['asia/seoul', 'Asia/Seoul'],
    ['  Asia/Seoul ', 'Asia/Seoul'],
    ['AMERICA/NEW_YORK', 'America/New_York'],
    ['utc', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['australia/lord_howe', 'Australia/Lord_Howe'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['Asia/Katmandu', 'Asia/Kathmandu'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
  ])('spells %j as %j', (input, expected) => {
    expect(canonicalZone(input)).toBe(expected);
  });

  it('returns undefined for an unknown zone', () => {
    expect(canonicalZone('Asia/Atlantis')).toBeUndefined();
  });

  it('returns a name the runtime accepts for every listed zone', () => {
    for (const listed of Intl.supportedValuesOf('timeZone')) {
      const canonical = canonicalZone(listed);
      expect(canonical, listed).toBeDefined();
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: canonical })).not.toThrow();
    }
  });
});

describe('formatUtcOffset', () => {
  it.each([
    ['Asia/Seoul', 'January', 'UTC+09:00'],
    ['Asia/Kathmandu', 'January', 'UTC+05:45'],
    ['America/St_Johns', 'January', 'UTC-03:30'],
    ['America/New_York', 'January', 'UTC-05:00'],
    ['America/New_York', 'July', 'UTC-04:00'],
    ['Australia/Lord_Howe', 'January', 'UTC+11:00'],
    ['Australia/Lord_Howe', 'July', 'UTC+10:30'],
    ['UTC', 'July', 'UTC+00:00'],
  ])('shows %s in %s as %s', (zone, month, expected) => {
    expect(formatUtcOffset(zone, month === 'July' ? JULY : JANUARY)).toBe(expected);
  });
});

describe('suggestTimeZones', () => {
  const names = (query: string, now = JANUARY) => suggestTimeZones(query, now).map((choice) => choice.name);

  it('offers the common zones, Korea first, for an empty query', () => {
    const choices = names('');
    expect(choices[0]).toBe('Asia/Seoul');
    expect(choices).toEqual(expect.arrayContaining(['Asia/Tokyo', 'America/New_York', 'Europe/London', 'UTC']));
    expect(choices).toEqual(COMMON_TIME_ZONES);
  });

  it('keeps the common list within Discord’s 25 choices, all of them valid', () => {
    expect(COMMON_TIME_ZONES.length).toBeLessThanOrEqual(25);
    for (const name of COMMON_TIME_ZONES) expect(canonicalZone(name), name).toBe(name);
  });

  it.each([
    ['new york', 'America/New_York'],
    ['New_York', 'America/New_York'],
    ['seoul', 'Asia/Seoul'],
    ['SEOUL', 'Asia/Seoul'],
    ['kathmandu', 'Asia/Kathmandu'],
    ['katmandu', 'Asia/Kathmandu'],
    ['kolkata', 'Asia/Kolkata'],
    ['calcutta', 'Asia/Kolkata'],
    ['buenos aires', 'America/Argentina/Buenos_Aires'],
    ['kyiv', 'Europe/Kyiv'],
    ['lord howe', 'Australia/Lord_Howe'],
    ['asia/se', 'Asia/Seoul'],
    ['utc', 'UTC'],
    ['são paulo', 'America/Sao_Paulo'],
  ])('puts the match for %j first', (query, expected) => {
    expect(names(query)[0]).toBe(expected);
  });

  it('ranks a city that starts with the query before one that merely contains it', () => {
    const choices = suggestTimeZones('lon', JANUARY, 1_000).map((choice) => choice.name);
    expect(choices.slice(0, 2)).toEqual(['Arctic/Longyearbyen', 'Europe/London']);
    expect(choices).toContain('America/Miquelon');
    expect(choices.indexOf('Europe/London')).toBeLessThan(choices.indexOf('America/Miquelon'));
  });

  it('matches a word inside a city name', () => {
    expect(names('york')).toContain('America/New_York');
  });

  it('labels a zone with its offset at now, following DST', () => {
    expect(suggestTimeZones('new york', JANUARY)[0]?.label).toBe('America/New_York (UTC-05:00)');
    expect(suggestTimeZones('new york', JULY)[0]?.label).toBe('America/New_York (UTC-04:00)');
    expect(suggestTimeZones('kathmandu', JULY)[0]?.label).toBe('Asia/Kathmandu (UTC+05:45)');
  });

  it('finds zones by UTC offset, the common ones first', () => {
    const choices = names('+9');
    expect(choices.slice(0, 2)).toEqual(['Asia/Seoul', 'Asia/Tokyo']);
    expect(names('UTC+05:45')).toEqual(['Asia/Kathmandu']);
    expect(names('gmt-3', JULY)).toContain('America/Sao_Paulo');
  });

  it('returns nothing for a query that matches no zone', () => {
    expect(suggestTimeZones('qqqzzz', JANUARY)).toEqual([]);
  });

  it('respects the limit', () => {
    expect(suggestTimeZones('america', JANUARY, 5)).toHaveLength(5);
    expect(suggestTimeZones('a', JANUARY)).toHaveLength(25);
  });

  it('keeps every label within 100 characters and every name storable', () => {
    const all = suggestTimeZones('a', JANUARY, 1_000).concat(suggestTimeZones('e', JULY, 1_000));
    expect(all.length).toBeGreaterThan(300);
    for (const { name, label } of all) {
      expect(label.length, label).toBeLessThanOrEqual(100);
      expect(label).toMatch(/^\S+ \(UTC[+-]\d\d:\d\d\)$/);
      expect(canonicalZone(name), name).toBe(name);
    }
  });
});
