import { describe, expect, it } from 'vitest';
import { kobisDailyChart, netflixChart } from '../../src/domain/chart-ids.js';

describe('netflixChart', () => {
  it('names a global category chart', () => {
    expect(netflixChart({ list: 'global', category: 'TV (Non-English)' })).toEqual({
      id: 'netflix-global-tv-non-english',
      name: 'Netflix Top 10 · Global · TV (Non-English)',
      provider: 'netflix-top10',
      cadence: 'week',
      category: 'TV (Non-English)',
    });
  });

  it('names a country chart by ISO code and country name', () => {
    expect(netflixChart({ list: 'country', category: 'TV', country: { iso2: 'JP', name: 'Japan' } })).toEqual({
      id: 'netflix-jp-tv',
      name: 'Netflix Top 10 · Japan · TV',
      provider: 'netflix-top10',
      cadence: 'week',
      country: 'JP',
      category: 'TV',
    });
  });

  it('keeps the 28- and 91-day most-popular lists apart', () => {
    const films = { list: 'most-popular', category: 'Films (English)' } as const;
    expect(netflixChart({ ...films, windowDays: 91 })).toMatchObject({
      id: 'netflix-most-popular-91d-films-english',
      name: 'Netflix Top 10 · Most popular (first 91 days) · Films (English)',
      cadence: 'period',
    });
    expect(netflixChart({ ...films, windowDays: 28 }).id).toBe('netflix-most-popular-28d-films-english');
  });

  it('refuses a country chart without a country', () => {
    expect(() => netflixChart({ list: 'country', category: 'TV' })).toThrow(/needs a country/);
  });
});

describe('kobisDailyChart', () => {
  it('is the daily Korean box office chart', () => {
    expect(kobisDailyChart()).toEqual({
      id: 'kobis-daily',
      name: 'Korean box office (daily)',
      provider: 'kobis',
      cadence: 'day',
      country: 'KR',
    });
  });
});
