import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { EngagementEntry } from '../../src/domain/types.js';
import {
  listViewingPeriods,
  normalizePeriod,
  viewingByOrigin,
  viewingStats,
} from '../../src/services/viewing-stats.js';
import { loadSeed } from '../helpers/seed.js';

const line = (
  fields: Partial<EngagementEntry> & Pick<EngagementEntry, 'titleId' | 'period' | 'hoursViewed'>,
): EngagementEntry => ({
  label: fields.titleId,
  kind: 'series',
  ...fields,
});

const index = () => {
  const catalog = loadSeed();
  catalog.engagement = [
    line({ titleId: 'squid-game', period: '2024-H2', hoursViewed: 600, originalLanguage: 'ko' }),
    line({ titleId: 'other-show', period: '2024-H2', hoursViewed: 300 }),
    line({ titleId: 'parasite', period: '2024-H2', hoursViewed: 50, kind: 'film' }),
    line({ titleId: 'jp-show', period: '2024-H2', hoursViewed: 50, originalLanguage: 'ja' }),
    line({ titleId: 'squid-game', period: '2024-H1', hoursViewed: 100, originalLanguage: 'ko' }),
    line({ titleId: 'other-show', period: '2024-H1', hoursViewed: 900 }),
  ];
  return createMemoryStore(catalog);
};

describe('viewingStats', () => {
  it('counts shows with a Hangul original title and films with a Korean origin country, as shares of all hours', () => {
    const result = viewingStats(index(), '2024 H2');
    expect(result.found).toBe(true);
    if (!result.found) return;
    const { stats } = result;
    expect(stats).toMatchObject({
      period: '2024-H2',
      totalHours: 1000,
      shows: { hours: 600, share: 0.6, lines: 1 },
      films: { hours: 50, share: 0.05, lines: 1 },
    });
    expect(stats.all).toMatchObject({ hours: 650, share: 0.65 });
    expect(stats.reasons).toEqual({ script: 1, country: 1 });
    expect(stats.top.map((t) => t.entry.titleId)).toEqual(['squid-game', 'parasite']);
  });

  it('ranks the half-year’s share against the others and puts the reported figures beside it', () => {
    const result = viewingStats(index(), '2024-H2');
    if (!result.found) throw new Error('not found');
    expect(result.stats.history).toEqual([
      { period: '2024-H2', share: 0.6 },
      { period: '2024-H1', share: 0.1 },
    ]);
    expect(result.stats.rank).toBe(1);
    expect(result.stats.reported.map((s) => s.unit)).toEqual(['hours', 'percent']);
  });

  it('counts another origin by its own script', () => {
    const result = viewingStats(index(), '2024-H2', 'japanese');
    if (!result.found) throw new Error('not found');
    expect(result.stats.shows).toMatchObject({ hours: 50, lines: 1 });
  });

  it('defaults to the newest half-year and says which exist when asked for another', () => {
    expect(listViewingPeriods(index())).toEqual(['2024-H2', '2024-H1']);
    expect(viewingStats(index(), undefined)).toMatchObject({ found: true, stats: { period: '2024-H2' } });
    expect(viewingStats(index(), '2019 H1')).toEqual({
      found: false,
      period: '2019 H1',
      periods: ['2024-H2', '2024-H1'],
    });
  });

  it.each([
    ['2024 H2', '2024-H2'],
    ['2024h1', '2024-H1'],
    ['H2 2023', '2023-H2'],
    ['2024-H2', '2024-H2'],
  ])('reads the half-year %s', (text, period) => {
    expect(normalizePeriod(text)).toBe(period);
  });
});

describe('viewingByOrigin', () => {
  it('gives every half-year, oldest first, with each origin’s hours beside all hours viewed', () => {
    expect(viewingByOrigin(index())).toEqual([
      { period: '2024-H1', totalHours: 1000, hours: { korean: 100, japanese: 0, chinese: 0, thai: 0, indian: 0 } },
      { period: '2024-H2', totalHours: 1000, hours: { korean: 650, japanese: 50, chinese: 0, thai: 0, indian: 0 } },
    ]);
  });

  it('is empty when there are no engagement reports', () => {
    expect(viewingByOrigin(createMemoryStore({ ...loadSeed(), engagement: [] }))).toEqual([]);
  });
});
