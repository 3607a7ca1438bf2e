import { describe, expect, it } from 'vitest';
import { createCatalogIndex } from '../../src/domain/catalog-index.js';
import { enrichmentReason, titlesToEnrich } from '../../src/domain/enrichment-due.js';
import type { Catalog, Title } from '../../src/domain/types.js';
import { enrichedLink } from '../helpers/enrichment.js';
import { netflixTitle } from '../helpers/tmdb-catalog.js';

const NOW = new Date('2026-01-31T12:00:00Z');
const POLICY = { maxAgeDays: 30 };
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const title = (id: string, tmdb?: Title['tmdb']): Title => ({ ...netflixTitle(id, id), ...(tmdb ? { tmdb } : {}) });
const reason = (tmdb?: Title['tmdb']) => enrichmentReason(title('t', tmdb), NOW, POLICY);
const ended = {
  status: 'ended' as const,
  seasons: [{ number: 1, name: 'Season 1', airDate: '2025-01-01', episodes: 8 }],
};

describe('enrichmentReason', () => {
  it.each<[string, Title['tmdb'], string | undefined]>([
    ['a title never tried is new', undefined, 'new'],
    ['ended series data of 10 days is fresh', enrichedLink(daysAgo(10), ended), undefined],
    ['ended series data of 30 days is stale', enrichedLink(daysAgo(30), ended), 'stale'],
    [
      'a returning series with a next episode, checked 3 days ago, waits',
      enrichedLink(daysAgo(3), {
        status: 'returning',
        nextEpisode: { airDate: '2026-02-05', season: 2, episode: 3, finale: false },
      }),
      undefined,
    ],
    [
      'a returning series checked 7 days ago is due for its coming episodes',
      enrichedLink(daysAgo(7), {
        status: 'returning',
        nextEpisode: { airDate: '2026-02-05', season: 2, episode: 3, finale: false },
      }),
      'upcoming',
    ],
    [
      'a series whose next episode aired since is due at once',
      enrichedLink(daysAgo(1), { nextEpisode: { airDate: '2026-01-30', season: 2, episode: 3, finale: false } }),
      'upcoming',
    ],
    [
      'an announced season without a date counts as coming',
      enrichedLink(daysAgo(8), { seasons: [{ number: 2, name: 'Season 2', episodes: 0 }] }),
      'upcoming',
    ],
    [
      'an ended series with an old undated season has nothing coming',
      enrichedLink(daysAgo(8), { status: 'ended', seasons: [{ number: 1, name: 'Season 1', episodes: 8 }] }),
      undefined,
    ],
    [
      'a film is never "upcoming"',
      enrichedLink(daysAgo(8), { tmdb: { kind: 'movie', id: 2 }, status: 'released' }),
      undefined,
    ],
    ['a title TMDB lacked is retried after the max age', { status: 'not-found', checkedAt: daysAgo(31) }, 'retry'],
    ['…and not before', { status: 'not-found', checkedAt: daysAgo(29) }, undefined],
    [
      'an ambiguous title is retried after the max age',
      { status: 'ambiguous', checkedAt: daysAgo(30), candidates: [] },
      'retry',
    ],
  ])('%s', (_name, tmdb, expected) => {
    expect(reason(tmdb)).toBe(expected);
  });

  it('honours a configured max age', () => {
    expect(enrichmentReason(title('t', enrichedLink(daysAgo(8), ended)), NOW, { maxAgeDays: 7 })).toBe('stale');
  });
});

describe('titlesToEnrich', () => {
  const catalogOf = (titles: Title[]): Catalog => ({
    version: 1,
    titles,
    companies: [],
    deals: [],
    charts: [{ id: 'c', name: 'C', provider: 'netflix-top10', cadence: 'week' }],
    chartEntries: [
      { chartId: 'c', period: '2026-01-18', rank: 1, titleId: 'new-older', label: 'x' },
      { chartId: 'c', period: '2026-01-25', rank: 1, titleId: 'new-latest', label: 'x' },
    ],
    statistics: [],
    sources: [],
  });
  const titles = [
    title('fresh', enrichedLink(daysAgo(1), ended)),
    title('stale-newer', enrichedLink(daysAgo(31), ended)),
    title('stale-older', enrichedLink(daysAgo(40), ended)),
    title('retry', { status: 'not-found', checkedAt: daysAgo(40) }),
    title(
      'coming',
      enrichedLink(daysAgo(8), { nextEpisode: { airDate: '2026-02-02', season: 1, episode: 5, finale: false } }),
    ),
    title('new-never-charted'),
    title('new-older'),
    title('new-latest'),
  ];

  it('puts new titles first (latest charted first), then coming episodes, stale oldest first, then retries', () => {
    const ids = titlesToEnrich(createCatalogIndex(catalogOf(titles)), NOW, POLICY).map((entry) => entry.title.id);
    expect(ids).toEqual([
      'new-latest',
      'new-older',
      'new-never-charted',
      'coming',
      'stale-older',
      'stale-newer',
      'retry',
    ]);
  });

  it('lists every title with `all`, fresh ones last as requested', () => {
    const listed = titlesToEnrich(createCatalogIndex(catalogOf(titles)), NOW, POLICY, { all: true });
    expect(listed).toHaveLength(titles.length);
    expect(listed.at(-1)).toMatchObject({ title: { id: 'fresh' }, reason: 'requested' });
  });
});
