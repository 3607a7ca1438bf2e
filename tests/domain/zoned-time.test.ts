import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  formatLocalTime,
  localDateOf,
  nextOccurrence,
  occurrenceOn,
  parseLocalTime,
} from '../../src/domain/zoned-time.js';

const MINUTE = 60_000;

describe('parseLocalTime', () => {
  it.each([
    ['09:05', 9, 5],
    ['9:05', 9, 5],
    ['00:00', 0, 0],
    ['23:59', 23, 59],
    [' 18:30 ', 18, 30],
  ])('reads %j as %i:%i', (text, hour, minute) => {
    expect(parseLocalTime(text)).toEqual({ hour, minute });
  });

  it.each(['24:00', '12:60', '9:5', '0905', '9.05', '', '-1:00', '+9:05', '123:00', '12:345', '1e1:00'])(
    'refuses %j',
    (text) => {
      expect(parseLocalTime(text)).toBeUndefined();
    },
  );
});

describe('formatLocalTime', () => {
  it('pads hours and minutes to two digits', () => {
    expect(formatLocalTime({ hour: 9, minute: 5 })).toBe('09:05');
  });
});

describe('addLocalDays', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-10', -3, '2026-03-07'],
  ])('moves %s by %i days to %s', (date, days, expected) => {
    expect(addLocalDays(date, days)).toBe(expected);
  });
});

describe('localDateOf', () => {
  it.each([
    ['2026-03-07T15:00:00Z', 'Asia/Seoul', '2026-03-08'],
    ['2026-03-07T14:59:59Z', 'Asia/Seoul', '2026-03-07'],
    ['2026-03-08T04:59:00Z', 'America/New_York', '2026-03-07'],
    ['2025-12-31T18:15:00Z', 'Asia/Kathmandu', '2026-01-01'],
    ['2025-12-31T18:14:59Z', 'Asia/Kathmandu', '2025-12-31'],
    ['2026-10-03T13:30:00Z', 'Australia/Lord_Howe', '2026-10-04'],
    ['2026-01-01T00:00:00Z', 'UTC', '2026-01-01'],
  ])('puts %s on the %s date %s', (iso, zone, expected) => {
    expect(localDateOf(new Date(iso), zone)).toBe(expected);
  });
});

describe('occurrenceOn', () => {
  it.each([
    // America/New_York: 2026-03-08 02:00 EST → 03:00 EDT; 2026-11-01 02:00 EDT → 01:00 EST.
    ['America/New_York', '2026-03-08', '01:59', '2026-03-08T06:59:00Z', 'just before the gap'],
    ['America/New_York', '2026-03-08', '02:00', '2026-03-08T07:00:00Z', 'the start of the gap, as 03:00 EDT'],
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00Z', 'inside the gap, as 03:30 EDT'],
    ['America/New_York', '2026-03-08', '03:00', '2026-03-08T07:00:00Z', 'just after the gap'],
    ['America/New_York', '2026-03-08', '09:00', '2026-03-08T13:00:00Z', 'the morning after the change'],
    ['America/New_York', '2026-11-01', '00:59', '2026-11-01T04:59:00Z', 'before the repeated hour'],
    ['America/New_York', '2026-11-01', '01:00', '2026-11-01T05:00:00Z', 'the repeated hour, first time (EDT)'],
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00Z', 'inside the repeated hour, first time'],
    ['America/New_York', '2026-11-01', '02:00', '2026-11-01T07:00:00Z', 'after the repeated hour (EST)'],
    // Europe/London: 2026-03-29 01:00 GMT → 02:00 BST; 2026-10-25 02:00 BST → 01:00 GMT.
    ['Europe/London', '2026-03-29', '00:59', '2026-03-29T00:59:00Z', 'just before the gap'],
    ['Europe/London', '2026-03-29', '01:30', '2026-03-29T01:30:00Z', 'inside the gap, as 02:30 BST'],
    ['Europe/London', '2026-03-29', '02:00', '2026-03-29T01:00:00Z', 'just after the gap'],
    ['Europe/London', '2026-10-25', '01:00', '2026-10-25T00:00:00Z', 'the repeated hour, first time (BST)'],
    ['Europe/London', '2026-10-25', '01:30', '2026-10-25T00:30:00Z', 'inside the repeated hour, first time'],
    ['Europe/London', '2026-10-25', '02:00', '2026-10-25T02:00:00Z', 'after the repeated hour (GMT)'],
    // Australia/Lord_Howe: +10:30 standard, +11:00 summer, a 30-minute shift.
    ['Australia/Lord_Howe', '2026-04-05', '01:15', '2026-04-04T14:15:00Z', 'before the repeated half hour'],
    ['Australia/Lord_Howe', '2026-04-05', '01:45', '2026-04-04T14:45:00Z', 'the repeated half hour, first time'],
    ['Australia/Lord_Howe', '2026-04-05', '02:00', '2026-04-04T15:30:00Z', 'after the repeated half hour'],
    ['Australia/Lord_Howe', '2026-10-04', '01:59', '2026-10-03T15:29:00Z', 'just before the 30-minute gap'],
    ['Australia/Lord_Howe', '2026-10-04', '02:15', '2026-10-03T15:45:00Z', 'inside the gap, as 02:45'],
    ['Australia/Lord_Howe', '2026-10-04', '02:30', '2026-10-03T15:30:00Z', 'just after the gap'],
    // America/Havana springs forward at midnight: 00:00 → 01:00 on 2026-03-08.
    ['America/Havana', '2026-03-08', '00:00', '2026-03-08T05:00:00Z', 'midnight inside a gap, as 01:00'],
    ['America/Havana', '2026-03-08', '00:30', '2026-03-08T05:30:00Z', 'a gap that starts at midnight'],
    // No DST.
    ['Asia/Seoul', '2026-03-08', '09:00', '2026-03-08T00:00:00Z', 'a plain morning'],
    ['Asia/Seoul', '2026-03-08', '00:00', '2026-03-07T15:00:00Z', 'midnight, the day before in UTC'],
    ['Asia/Seoul', '2026-03-08', '23:59', '2026-03-08T14:59:00Z', 'the last minute of the day'],
    ['Asia/Kathmandu', '2026-01-01', '00:00', '2025-12-31T18:15:00Z', 'midnight at +05:45, last year in UTC'],
    ['Asia/Kathmandu', '2026-01-01', '09:00', '2026-01-01T03:15:00Z', 'a morning at +05:45'],
    ['Asia/Kathmandu', '2026-01-01', '23:59', '2026-01-01T18:14:00Z', 'the last minute at +05:45'],
    ['America/Los_Angeles', '2026-01-01', '23:59', '2026-01-02T07:59:00Z', 'late evening, the next day in UTC'],
    ['UTC', '2026-02-28', '23:59', '2026-02-28T23:59:00Z', 'UTC itself'],
  ])('%s %s %s → %s (%s)', (zone, date, time, expected) => {
    expect(occurrenceOn(date, parseLocalTime(time)!, zone).toISOString()).toBe(new Date(expected).toISOString());
  });

  it('skips a whole missing day by a day (Pacific/Apia, 2011-12-30)', () => {
    expect(occurrenceOn('2011-12-30', { hour: 12, minute: 0 }, 'Pacific/Apia').toISOString()).toBe(
      '2011-12-30T22:00:00.000Z',
    );
  });

  it.each(['2026-02-29', '2026-13-01', '2026-04-31', '26-01-01', 'tomorrow'])('throws on the date %j', (date) => {
    expect(() => occurrenceOn(date, { hour: 9, minute: 0 }, 'Asia/Seoul')).toThrow(RangeError);
  });

  it('throws on an unknown zone', () => {
    expect(() => occurrenceOn('2026-03-08', { hour: 9, minute: 0 }, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('formats back to the requested local date and time, or is shifted forward by a gap, in any zone', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const day = fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2037-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(fc.constantFrom(...zones), day, fc.integer({ min: 0, max: 23 * 60 + 59 }), (zone, d, minutes) => {
        expectOccurrenceRules(zone, d.toISOString().slice(0, 10), minutes);
      }),
      { numRuns: 2000 },
    );
  });

  it('follows the same rules on transition days, where gaps and overlaps happen', () => {
    // Random days almost never hit a transition, so this runs the same property on days that do.
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Havana', 'Pacific/Chatham'];
    const days = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-09-27', '2026-10-04', '2026-10-25', '2026-11-01'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...days),
        fc.integer({ min: 0, max: 23 * 60 + 59 }),
        (zone, localDate, minutes) => {
          expectOccurrenceRules(zone, localDate, minutes);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** The oracle: Intl's own formatting, not the code under test. */
function expectOccurrenceRules(zone: string, localDate: string, minutes: number): void {
  const time = { hour: Math.floor(minutes / 60), minute: minutes % 60 };
  const wanted = `${localDate} ${formatLocalTime(time)}`;
  const instant = occurrenceOn(localDate, time, zone).getTime();
  const shown = (ms: number) => format(new TZDate(ms, zone), 'yyyy-MM-dd HH:mm');
  const got = shown(instant);
  if (got === wanted) {
    // The first occurrence: no earlier instant within a few hours shows the same wall time.
    for (const back of [15, 30, 45, 60, 90, 120, 180]) expect(shown(instant - back * MINUTE)).not.toBe(wanted);
    return;
  }
  // Inside a gap: shown later by exactly the offset change that happened just before `instant`.
  const asUtc = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}Z`);
  const shift = (asUtc(got) - asUtc(wanted)) / MINUTE;
  expect(shift).toBeGreaterThan(0);
  expect(tzOffset(zone, new Date(instant)) - tzOffset(zone, new Date(instant - shift * MINUTE))).toBe(shift);
}

describe('nextOccurrence', () => {
  const seoul = { time: '09:00', timeZone: 'Asia/Seoul' };

  it('gives today’s time when it is still ahead', () => {
    expect(nextOccurrence(seoul, new Date('2026-03-09T23:59:00Z')).toISOString()).toBe('2026-03-10T00:00:00.000Z');
  });

  it('gives tomorrow’s time when now is exactly today’s', () => {
    expect(nextOccurrence(seoul, new Date('2026-03-10T00:00:00Z')).toISOString()).toBe('2026-03-11T00:00:00.000Z');
  });

  it('lands after the gap on a spring-forward day', () => {
    const schedule = { time: '02:30', timeZone: 'America/New_York' };
    expect(nextOccurrence(schedule, new Date('2026-03-07T15:00:00Z')).toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('skips the second 01:30 on a fall-back day', () => {
    const schedule = { time: '01:30', timeZone: 'America/New_York' };
    // 05:30Z is the first 01:30 (EDT); 06:30Z the second (EST); the next is the following night, 01:30 EST.
    expect(nextOccurrence(schedule, new Date('2026-11-01T05:30:00Z')).toISOString()).toBe('2026-11-02T06:30:00.000Z');
  });

  it('throws on an invalid time', () => {
    expect(() => nextOccurrence({ time: '25:00', timeZone: 'Asia/Seoul' }, new Date('2026-03-10T00:00:00Z'))).toThrow(
      RangeError,
    );
  });
});
