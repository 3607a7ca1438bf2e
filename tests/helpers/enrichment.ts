import type { TitleEnrichment, TmdbLink } from '../../src/domain/enrichment.js';

/** TMDB data for a series, empty but for what a test sets. */
export function tmdbData(extra: Partial<TitleEnrichment> = {}): TitleEnrichment {
  return {
    tmdb: { kind: 'tv', id: 1 },
    fetchedAt: '2026-01-01T00:00:00.000Z',
    names: [],
    alternativeNames: [],
    originCountries: [],
    cast: [],
    creators: [],
    directors: [],
    writers: [],
    networks: [],
    productionCompanies: [],
    genres: [],
    keywords: [],
    seasons: [],
    ...extra,
  };
}

/** An enriched link checked at `checkedAt`. */
export const enrichedLink = (checkedAt: string, extra: Partial<TitleEnrichment> = {}): TmdbLink => ({
  status: 'enriched',
  checkedAt,
  data: tmdbData({ fetchedAt: checkedAt, ...extra }),
});
