import { describe, expect, it } from 'vitest';
import { dueDigests, nextDigestAt } from '../../src/domain/due.js';
import type { Delivery, DigestSettings } from '../../src/domain/schedule.js';

const LONG_AGO = '2025-01-01T00:00:00.000Z';

function digest(overrides: Partial<DigestSettings> = {}): DigestSettings {
  return {
    channelId: 'channel-1',
    time: '09:00',
    timeZone: 'Asia/Seoul',
    enabled: true,
    updatedBy: 'mod-1',
    updatedAt: LONG_AGO,
    ...overrides,
  };
}

function delivery(guildId: string, localDate: string, status: Delivery['status'], at = LONG_AGO): Delivery {
  return { guildId, localDate, status, channelId: 'channel-1', at };
}

/** One guild's due entries, as [localDate, scheduledFor ISO, late]. */
function dueFor(settings: DigestSettings, deliveries: Delivery[], now: string) {
  return dueDigests({ g1: { digest: settings } }, deliveries, new Date(now)).map((d) => [
    d.localDate,
    d.scheduledFor.toISOString(),
    d.late,
  ]);
}

describe('dueDigests', () => {
  describe('across zones and DST', () => {
    it.each([
      // zone, time, the day before (already sent), now, expected [localDate, scheduledFor] or nothing
      ['Asia/Seoul', '09:00', '2026-03-09', '2026-03-10T00:00:00Z', ['2026-03-10', '2026-03-10T00:00:00.000Z']],
      ['Asia/Seoul', '09:00', '2026-03-09', '2026-03-09T23:59:59Z', undefined],
      ['Asia/Seoul', '00:00', '2026-03-09', '2026-03-09T15:00:00Z', ['2026-03-10', '2026-03-09T15:00:00.000Z']],
      ['Asia/Seoul', '23:59', '2026-03-09', '2026-03-10T14:59:00Z', ['2026-03-10', '2026-03-10T14:59:00.000Z']],
      ['Asia/Seoul', '23:59', '2026-03-09', '2026-03-10T14:58:59Z', undefined],
      ['Asia/Kathmandu', '00:00', '2025-12-31', '2025-12-31T18:15:00Z', ['2026-01-01', '2025-12-31T18:15:00.000Z']],
      ['Asia/Kathmandu', '00:00', '2025-12-31', '2025-12-31T18:14:59Z', undefined],
      ['America/New_York', '02:30', '2026-03-07', '2026-03-08T07:29:59Z', undefined],
      ['America/New_York', '02:30', '2026-03-07', '2026-03-08T07:30:00Z', ['2026-03-08', '2026-03-08T07:30:00.000Z']],
      ['America/New_York', '09:00', '2026-03-07', '2026-03-08T13:00:00Z', ['2026-03-08', '2026-03-08T13:00:00.000Z']],
      ['America/New_York', '01:30', '2026-10-31', '2026-11-01T05:30:00Z', ['2026-11-01', '2026-11-01T05:30:00.000Z']],
      ['Europe/London', '01:30', '2026-03-28', '2026-03-29T01:30:00Z', ['2026-03-29', '2026-03-29T01:30:00.000Z']],
      ['Europe/London', '01:30', '2026-10-24', '2026-10-25T00:30:00Z', ['2026-10-25', '2026-10-25T00:30:00.000Z']],
      ['Australia/Lord_Howe', '02:15', '2026-10-03', '2026-10-03T15:44:59Z', undefined],
      [
        'Australia/Lord_Howe',
        '02:15',
        '2026-10-03',
        '2026-10-03T15:45:00Z',
        ['2026-10-04', '2026-10-03T15:45:00.000Z'],
      ],
      [
        'Australia/Lord_Howe',
        '01:45',
        '2026-04-04',
        '2026-04-04T14:45:00Z',
        ['2026-04-05', '2026-04-04T14:45:00.000Z'],
      ],
    ] as const)('%s %s (sent %s) at %s → %j', (timeZone, time, sentDate, now, expected) => {
      const due = dueFor(digest({ time, timeZone }), [delivery('g1', sentDate, 'sent')], now);
      expect(due).toEqual(expected ? [[...expected, false]] : []);
    });

    it.each([
      ['America/New_York', '01:30', '2026-11-01', '2026-11-01T06:30:00Z'],
      ['Europe/London', '01:30', '2026-10-25', '2026-10-25T01:30:00Z'],
      ['Australia/Lord_Howe', '01:45', '2026-04-05', '2026-04-04T15:15:00Z'],
    ])('posts %s %s once on the fall-back day %s: nothing at the second occurrence %s', (timeZone, time, date, now) => {
      expect(dueFor(digest({ time, timeZone }), [delivery('g1', date, 'sent')], now)).toEqual([]);
    });
  });

  describe('lateness', () => {
    const sentYesterday = [delivery('g1', '2026-03-09', 'sent')];

    it('is on time up to five minutes after the scheduled time', () => {
      expect(dueFor(digest(), sentYesterday, '2026-03-10T00:05:00Z')).toEqual([
        ['2026-03-10', '2026-03-10T00:00:00.000Z', false],
      ]);
    });

    it('is late more than five minutes after the scheduled time', () => {
      expect(dueFor(digest(), sentYesterday, '2026-03-10T00:05:01Z')).toEqual([
        ['2026-03-10', '2026-03-10T00:00:00.000Z', true],
      ]);
    });

    it('posts only the latest missed day, late, after three days of downtime', () => {
      const lastSent = [delivery('g1', '2026-03-07', 'sent')];
      expect(dueFor(digest(), lastSent, '2026-03-10T03:00:00Z')).toEqual([
        ['2026-03-10', '2026-03-10T00:00:00.000Z', true],
      ]);
    });

    it('posts yesterday’s missed digest when the downtime ends before today’s time', () => {
      const lastSent = [delivery('g1', '2026-03-07', 'sent')];
      expect(dueFor(digest(), lastSent, '2026-03-09T23:00:00Z')).toEqual([
        ['2026-03-09', '2026-03-09T00:00:00.000Z', true],
      ]);
    });

    it('skips a missed digest older than maxLateness', () => {
      const settings = { g1: { digest: digest() } };
      const now = new Date('2026-03-10T02:00:00Z');
      expect(dueDigests(settings, [], now, { maxLateness: 60 * 60_000 })).toEqual([]);
      expect(dueDigests(settings, [], now, { maxLateness: 3 * 60 * 60_000 })).toHaveLength(1);
    });

    it('takes the late threshold from the options', () => {
      const [entry] = dueDigests({ g1: { digest: digest() } }, [], new Date('2026-03-10T00:01:00Z'), {
        lateAfter: 30_000,
      });
      expect(entry?.late).toBe(true);
    });
  });

  describe('deliveries', () => {
    const now = '2026-03-10T00:00:30Z';

    it('is due when nothing was delivered for today', () => {
      expect(dueFor(digest(), [], now)).toEqual([['2026-03-10', '2026-03-10T00:00:00.000Z', false]]);
    });

    it('is not due after a restart that left a pending delivery for today', () => {
      expect(dueFor(digest(), [delivery('g1', '2026-03-10', 'pending')], now)).toEqual([]);
    });

    it('is not due when today was sent', () => {
      expect(dueFor(digest(), [delivery('g1', '2026-03-10', 'sent')], now)).toEqual([]);
    });

    it('is not blocked by another guild’s delivery for the same date', () => {
      expect(dueFor(digest(), [delivery('g2', '2026-03-10', 'sent')], now)).toHaveLength(1);
    });

    it('does not post twice in a day when the time moves later after the day’s digest was sent', () => {
      const moved = digest({
        time: '18:00',
        updatedAt: '2026-03-10T03:00:00Z',
      });
      expect(dueFor(moved, [delivery('g1', '2026-03-10', 'sent')], '2026-03-10T09:00:00Z')).toEqual([]);
    });

    it('retries a failed day after the retry delay', () => {
      const failed = [delivery('g1', '2026-03-10', 'failed', '2026-03-10T00:00:10Z')];
      expect(dueFor(digest(), failed, '2026-03-10T00:05:09Z')).toEqual([]);
      expect(dueFor(digest(), failed, '2026-03-10T00:05:10Z')).toEqual([
        ['2026-03-10', '2026-03-10T00:00:00.000Z', true],
      ]);
    });

    it('gives a day up after maxAttempts failures', () => {
      const failed = ['00:00:10', '00:05:10', '00:10:10'].map((t) =>
        delivery('g1', '2026-03-10', 'failed', `2026-03-10T${t}Z`),
      );
      expect(dueFor(digest(), failed.slice(0, 2), '2026-03-10T01:00:00Z')).toHaveLength(1);
      expect(dueFor(digest(), failed, '2026-03-10T01:00:00Z')).toEqual([]);
    });
  });

  describe('settings', () => {
    const now = '2026-03-10T00:00:30Z';

    it('is never due while paused', () => {
      expect(dueFor(digest({ paused: { reason: 'missing permissions', at: LONG_AGO } }), [], now)).toEqual([]);
    });

    it('is never due while disabled', () => {
      expect(dueFor(digest({ enabled: false }), [], now)).toEqual([]);
    });

    it('does not fire today when set after today’s time, and fires tomorrow', () => {
      const setAtTen = digest({ updatedAt: '2026-03-10T01:00:00Z' });
      expect(dueFor(setAtTen, [], '2026-03-10T01:00:30Z')).toEqual([]);
      expect(dueFor(setAtTen, [], '2026-03-10T23:59:59Z')).toEqual([]);
      expect(dueFor(setAtTen, [], '2026-03-11T00:00:00Z')).toEqual([['2026-03-11', '2026-03-11T00:00:00.000Z', false]]);
    });

    it('fires today when set exactly at today’s time', () => {
      expect(dueFor(digest({ updatedAt: '2026-03-10T00:00:00Z' }), [], now)).toHaveLength(1);
    });

    it('is never due with an unreadable updatedAt', () => {
      expect(dueFor(digest({ updatedAt: 'yesterday' }), [], now)).toEqual([]);
    });

    it('skips invalid settings without affecting other guilds', () => {
      const guilds = {
        bad_time: { digest: digest({ time: '25:00' }) },
        bad_zone: { digest: digest({ timeZone: 'Mars/Olympus_Mons' }) },
        offset_zone: { digest: digest({ timeZone: 'Foo+05' }) },
        no_digest: {},
        good: { digest: digest() },
      };
      expect(dueDigests(guilds, [], new Date(now)).map((d) => d.guildId)).toEqual(['good']);
    });
  });

  it('returns one entry per due guild with its settings', () => {
    const seoul = digest();
    const newYork = digest({ timeZone: 'America/New_York', time: '19:00' });
    const due = dueDigests({ a: { digest: seoul }, b: { digest: newYork } }, [], new Date('2026-03-10T00:00:30Z'));
    expect(due).toEqual([
      {
        guildId: 'a',
        localDate: '2026-03-10',
        scheduledFor: new Date('2026-03-10T00:00:00Z'),
        late: false,
        settings: seoul,
      },
      {
        guildId: 'b',
        localDate: '2026-03-09',
        scheduledFor: new Date('2026-03-09T23:00:00Z'),
        late: true,
        settings: newYork,
      },
    ]);
  });

  it('finds all 10,000 due guilds among 200,000 old deliveries', () => {
    const zones = ['Asia/Seoul', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
    const guilds: Record<string, { digest?: DigestSettings }> = {};
    const deliveries: Delivery[] = [];
    for (let i = 0; i < 10_000; i++) {
      const time = `${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
      guilds[`g${i}`] = {
        digest: digest({ time, timeZone: zones[i % zones.length]! }),
      };
      for (let day = 1; day <= 20; day++)
        deliveries.push(delivery(`g${i}`, `2026-02-${String(day).padStart(2, '0')}`, 'sent'));
    }
    // Speed is measured by npm run bench, not here; this checks the result at that scale.
    const due = dueDigests(guilds, deliveries, new Date('2026-03-10T00:00:30Z'));
    expect(due).toHaveLength(10_000);
  });
});

describe('nextDigestAt', () => {
  const sentYesterday = [delivery('g1', '2026-03-09', 'sent')];

  it('gives today’s time when it is still ahead', () => {
    expect(nextDigestAt(digest(), sentYesterday, new Date('2026-03-09T23:00:00Z'))?.toISOString()).toBe(
      '2026-03-10T00:00:00.000Z',
    );
  });

  it('gives tomorrow’s time once today was sent', () => {
    const sent = [delivery('g1', '2026-03-10', 'sent')];
    expect(nextDigestAt(digest(), sent, new Date('2026-03-10T03:00:00Z'))?.toISOString()).toBe(
      '2026-03-11T00:00:00.000Z',
    );
  });

  it('gives now when a digest is due', () => {
    const now = new Date('2026-03-10T03:00:00Z');
    expect(nextDigestAt(digest(), [], now)?.toISOString()).toBe(now.toISOString());
  });

  it('gives the retry time after a failure', () => {
    const failed = [delivery('g1', '2026-03-10', 'failed', '2026-03-10T00:00:10Z')];
    expect(nextDigestAt(digest(), failed, new Date('2026-03-10T00:01:00Z'))?.toISOString()).toBe(
      '2026-03-10T00:05:10.000Z',
    );
  });

  it('gives tomorrow’s time when set after today’s time', () => {
    const setAtTen = digest({ updatedAt: '2026-03-10T01:00:00Z' });
    expect(nextDigestAt(setAtTen, [], new Date('2026-03-10T01:00:00Z'))?.toISOString()).toBe(
      '2026-03-11T00:00:00.000Z',
    );
  });

  it('skips today when the time moved later after today’s digest was sent', () => {
    const moved = digest({ time: '18:00', updatedAt: '2026-03-10T03:00:00Z' });
    const sent = [delivery('g1', '2026-03-10', 'sent')];
    expect(nextDigestAt(moved, sent, new Date('2026-03-10T03:00:00Z'))?.toISOString()).toBe('2026-03-11T09:00:00.000Z');
  });

  it('gives the shifted time on a spring-forward day', () => {
    const nightly = digest({ time: '02:30', timeZone: 'America/New_York' });
    const sent = [delivery('g1', '2026-03-07', 'sent')];
    expect(nextDigestAt(nightly, sent, new Date('2026-03-08T05:00:00Z'))?.toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it.each([
    ['paused', digest({ paused: { reason: 'channel deleted', at: LONG_AGO } })],
    ['disabled', digest({ enabled: false })],
    ['invalid', digest({ time: '9am' })],
  ])('gives undefined when %s', (_, settings) => {
    expect(nextDigestAt(settings, [], new Date('2026-03-10T03:00:00Z'))).toBeUndefined();
  });
});
