import { describe, expect, it } from 'vitest';
import { createCatalogIndex } from '../../src/domain/catalog-index.js';
import { createDigest, isKoreanTitle } from '../../src/domain/digest.js';
import type { TitleEnrichment } from '../../src/domain/enrichment.js';
import type { Catalog, Title } from '../../src/domain/types.js';
import { enrichedLink } from '../helpers/enrichment.js';
import { netflixTitle } from '../helpers/tmdb-catalog.js';

const NOW = new Date('2026-11-24T09:00:00Z');
const WINDOW = { from: '2026-11-15', to: '2026-11-22' };

const enriched = (id: string, data: Partial<TitleEnrichment>, extra: Partial<Title> = {}): Title => ({
  ...netflixTitle(id, id),
  ...extra,
  tmdb: enrichedLink('2026-11-20T00:00:00.000Z', data),
});
const KOREAN = { originCountries: ['KR'], originalLanguage: 'ko' };
const season = (number: number, airDate?: string) => ({ number, name: `Season ${number}`, airDate, episodes: 8 });

function upcoming(titles: Title[]) {
  const catalog: Catalog = {
    version: 1,
    titles,
    companies: [],
    deals: [],
    charts: [],
    chartEntries: [],
    statistics: [],
    sources: [],
  };
  return createDigest(createCatalogIndex(catalog), WINDOW, NOW).upcoming.map((r) =>
    [r.title.id, r.what, r.season, r.releaseDate].filter((part) => part !== undefined).join(' '),
  );
}

describe('digest: releasing in the next 7 days, from TMDB dates', () => {
  it("lists a Korean series' new season and its finale when they fall in the next 7 days", () => {
    const titles = [
      enriched('new-season', { ...KOREAN, seasons: [season(1, '2024-01-05'), season(2, '2026-11-27')] }),
      enriched('finale', {
        ...KOREAN,
        seasons: [season(1, '2026-10-01')],
        nextEpisode: { airDate: '2026-11-30', season: 1, episode: 12, finale: true },
      }),
    ];
    expect(upcoming(titles)).toEqual(['new-season season 2 2026-11-27', 'finale finale 1 2026-11-30']);
  });

  it('leaves out ordinary episodes, dates beyond 7 days, and non-Korean series', () => {
    const titles = [
      enriched('weekly', { ...KOREAN, nextEpisode: { airDate: '2026-11-25', season: 1, episode: 4, finale: false } }),
      enriched('later', { ...KOREAN, seasons: [season(3, '2026-12-02')] }),
      enriched('american', { originCountries: ['US'], originalLanguage: 'en', seasons: [season(2, '2026-11-26')] }),
    ];
    expect(upcoming(titles)).toEqual([]);
  });

  it('does not repeat a premiere the catalog already lists as the release', () => {
    const titles = [
      enriched('premiere', { ...KOREAN, seasons: [season(1, '2026-11-26')] }, { releaseDate: '2026-11-26' }),
    ];
    expect(upcoming(titles)).toEqual(['premiere release 2026-11-26']);
  });
});

describe('isKoreanTitle', () => {
  it("counts TMDB's origin or original language when the catalog knows neither", () => {
    expect(isKoreanTitle(netflixTitle('t', 'T'))).toBe(false);
    expect(isKoreanTitle(enriched('t', { originCountries: ['KR'] }))).toBe(true);
    expect(isKoreanTitle(enriched('t', { originalLanguage: 'ko' }))).toBe(true);
  });
});
