import { applyKobisMovies } from './apply-kobis-movies.js';
import type { SourceImportSummary } from './import-source.js';
import { fetchKobisFilms } from './fetch-kobis-movies.js';
import { currentCatalog, publishCatalog } from '../services/catalog.js';
import type { Store } from '../services/deps.js';

/** Films one refresh fetches at most: KOBIS keys are rationed (a few thousand calls a day) and shared with the daily list. */
export const KOBIS_FILMS_PER_REFRESH = 100;

/**
 * Fetches the full KOBIS record of every film that entered the daily box office and has none yet, oldest code
 * first, at most KOBIS_FILMS_PER_REFRESH per run. What was fetched is stored even when the run stops early
 * (a spent quota): the error is thrown after, so the refresher records it and backs off.
 */
export async function refreshKobisFilms(
  store: Store,
  apiKey: string,
  options: { now: Date; fetchImpl?: typeof fetch },
): Promise<SourceImportSummary> {
  const catalog = currentCatalog(store);
  const pending = catalog.titles
    .filter((title) => title.externalIds.kobisMovieCd && title.kobisRecord !== 'info')
    .map((title) => title.externalIds.kobisMovieCd!)
    .sort()
    .slice(0, KOBIS_FILMS_PER_REFRESH);
  const fetched =
    pending.length > 0 ? await fetchKobisFilms(apiKey, pending, options.fetchImpl) : { films: [], notFetched: [] };
  const result = applyKobisMovies(catalog, fetched.films, { fileName: 'KOBIS API', now: options.now });
  const written = await publishCatalog(store, result.catalog);
  if (fetched.stoppedBy) throw new Error(`kept ${fetched.films.length} film records; ${fetched.stoppedBy}`);
  return { ...result.summary, source: 'kobis-movies', files: ['KOBIS API'], written, notes: [] };
}
