import type { TitleEnrichment, TmdbCandidate, TmdbRef } from '../../domain/enrichment.js';
import type { TmdbSource } from '../../services/tmdb-source.js';
import { movieCandidates, movieEnrichment, tvCandidates, tvEnrichment } from './convert.js';
import { createTmdbGet, type TmdbHttpOptions } from './http.js';
import { movieDetailsSchema, searchMovieSchema, searchTvSchema, tvDetailsSchema } from './schemas.js';

export { DEFAULT_TMDB_API_URL } from './http.js';
export type { TmdbHttpOptions } from './http.js';

const TV_APPEND = 'aggregate_credits,translations,alternative_titles,keywords,external_ids';
const MOVIE_APPEND = 'credits,translations,alternative_titles,keywords,external_ids';

/**
 * TMDB's v3 API as withk uses it: one search per name (page 1, English names, adult titles excluded) and one
 * details request per title with everything appended, so enriching a title costs two requests, or one when its
 * TMDB id is known.
 */
export function createTmdbClient(options: TmdbHttpOptions): TmdbSource {
  const get = createTmdbGet(options);
  return {
    async search(kind, query): Promise<TmdbCandidate[]> {
      const params = { query, language: 'en-US', include_adult: 'false', page: '1' };
      return kind === 'tv'
        ? tvCandidates(await get('/search/tv', params, searchTvSchema))
        : movieCandidates(await get('/search/movie', params, searchMovieSchema));
    },
    async details(ref: TmdbRef, fetchedAt: Date): Promise<TitleEnrichment> {
      const at = fetchedAt.toISOString();
      if (ref.kind === 'tv')
        return tvEnrichment(
          await get(`/tv/${ref.id}`, { language: 'en-US', append_to_response: TV_APPEND }, tvDetailsSchema),
          at,
        );
      return movieEnrichment(
        await get(`/movie/${ref.id}`, { language: 'en-US', append_to_response: MOVIE_APPEND }, movieDetailsSchema),
        at,
      );
    },
  };
}
