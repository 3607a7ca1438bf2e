import { excerpt, FormatError } from './format-error.js';
import { KobisFaultError, parseKobisMovies, type KobisFilm } from './parse-kobis-movies.js';

const BASE = 'https://www.kobis.or.kr/kobisopenapi/webservice/rest/movie';
/** Films a list page holds at most (KOBIS caps `itemPerPage` at 100). */
const PAGE_SIZE = 100;
/** A year has about 2,000 films; more pages than this means the API is not answering as documented. */
const MAX_PAGES = 60;

/** The `searchMovieInfo` URL of one film. It contains the key: never log it. */
export const kobisMovieInfoUrl = (apiKey: string, movieCd: string) =>
  `${BASE}/searchMovieInfo.json?${new URLSearchParams({ key: apiKey, movieCd })}`;

/** One page of `searchMovieList` for the films released in a year. */
export const kobisMovieListUrl = (apiKey: string, year: string, page: number) =>
  `${BASE}/searchMovieList.json?${new URLSearchParams({ key: apiKey, openStartDt: year, openEndDt: year, itemPerPage: String(PAGE_SIZE), curPage: String(page) })}`;

/** What a batch of requests brought back, and why it stopped early, if it did. */
export interface KobisFetch {
  films: KobisFilm[];
  /** Codes asked for but not fetched because the run stopped (quota spent, network down). */
  notFetched: string[];
  /** Why the run stopped before the end; what was fetched before it is kept. */
  stoppedBy?: string;
}

/**
 * Fetches the full record (`searchMovieInfo`) of each film code, one request at a time. A KOBIS fault or an
 * HTTP error stops the run (a spent daily quota would fail every later request too) and the films fetched so
 * far are returned with the reason; messages never contain the key.
 */
export async function fetchKobisFilms(
  apiKey: string,
  codes: readonly string[],
  fetchImpl: typeof fetch = fetch,
): Promise<KobisFetch> {
  const films: KobisFilm[] = [];
  for (let i = 0; i < codes.length; i++) {
    try {
      const parsed = parseKobisMovies(await get(kobisMovieInfoUrl(apiKey, codes[i]!), fetchImpl, apiKey));
      films.push(...parsed.films);
    } catch (error) {
      const reason = hide(apiKey, (error as Error).message);
      const quota =
        error instanceof KobisFaultError && error.quota
          ? ' (the daily quota is spent; the rest waits for tomorrow)'
          : '';
      return { films, notFetched: codes.slice(i), stoppedBy: `film ${codes[i]}: ${reason}${quota}` };
    }
  }
  return { films, notFetched: [] };
}

/** Fetches every page of a year's `searchMovieList`. Throws on any failure: a half-read year is not kept. */
export async function fetchKobisYear(
  apiKey: string,
  year: string,
  fetchImpl: typeof fetch = fetch,
): Promise<KobisFilm[]> {
  if (!/^\d{4}$/.test(year)) throw new Error(`"${year}" is not a year (YYYY).`);
  const films: KobisFilm[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    let parsed;
    try {
      parsed = parseKobisMovies(await get(kobisMovieListUrl(apiKey, year, page), fetchImpl, apiKey));
    } catch (error) {
      throw new FormatError(hide(apiKey, `KOBIS film list for ${year}, page ${page}: ${(error as Error).message}`));
    }
    films.push(...parsed.films);
    if (parsed.films.length + parsed.errors.length < PAGE_SIZE || films.length >= (parsed.total ?? Infinity))
      return films;
  }
  throw new FormatError(`KOBIS film list for ${year} did not end after ${MAX_PAGES} pages.`);
}

async function get(url: string, fetchImpl: typeof fetch, apiKey: string): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new Error(hide(apiKey, `the request failed (${(error as Error).message})`));
  }
  const body = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status} (${excerpt(hide(apiKey, body), 60)})`);
  return body;
}

const hide = (apiKey: string, text: string) => (apiKey ? text.replaceAll(apiKey, '***') : text);
