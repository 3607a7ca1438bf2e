/** What withk keeps from TMDB about a title, and how its match went. Pure data, no I/O. */

/** A TMDB record: TV series or film, by TMDB's numeric id. */
export interface TmdbRef {
  kind: 'tv' | 'movie';
  id: number;
}

/** One search result, reduced to what matching compares. */
export interface TmdbCandidate extends TmdbRef {
  /** The name in the search language (English). */
  name: string;
  /** The name in its original language ("오징어 게임"). */
  originalName: string;
  /** ISO 639-1, e.g. "ko". */
  originalLanguage?: string;
  /** ISO 3166-1 alpha-2 codes; TMDB lists them for series only. */
  originCountries: string[];
  /** First air date (series) or release date (film), YYYY-MM-DD. */
  firstDate?: string;
}

/** A network or production company as TMDB credits it, linked to withk's company when one has this name. */
export interface EnrichedCompany {
  tmdbId: number;
  name: string;
  /** ISO 3166-1 alpha-2, when TMDB knows it. */
  country?: string;
  companyId?: string;
}

export interface EnrichedCastMember {
  name: string;
  /** Every character across seasons, joined ("Front Man / Hwang In-ho"). */
  character?: string;
  /** Episodes appeared in, for series. */
  episodes?: number;
}

export interface EnrichedSeason {
  number: number;
  name: string;
  /** YYYY-MM-DD; missing when not announced. */
  airDate?: string;
  episodes: number;
}

export interface EnrichedEpisode {
  airDate: string;
  season: number;
  episode: number;
  /** TMDB marks a season's last episode as its finale. */
  finale: boolean;
}

export const SERIES_STATUSES = [
  'returning',
  'ended',
  'canceled',
  'in-production',
  'planned',
  'pilot',
  'released',
  'post-production',
  'rumored',
] as const;
export type SeriesStatus = (typeof SERIES_STATUSES)[number];

/** Everything a title gains from TMDB. Lists are in TMDB's billing order. */
export interface TitleEnrichment {
  tmdb: TmdbRef;
  /** UTC ISO instant the data was fetched: its age decides re-enrichment. */
  fetchedAt: string;
  /** Names in Korean, Japanese and English from translations, and the original name. */
  names: { lang: string; name: string }[];
  /** Other names TMDB lists (alternative titles, romanisations), for search. */
  alternativeNames: string[];
  originalLanguage?: string;
  originCountries: string[];
  overview?: string;
  cast: EnrichedCastMember[];
  creators: string[];
  directors: string[];
  writers: string[];
  networks: EnrichedCompany[];
  productionCompanies: EnrichedCompany[];
  genres: string[];
  keywords: string[];
  /** Series: first and last air dates; films: release date in firstAirDate. */
  firstAirDate?: string;
  lastAirDate?: string;
  seasons: EnrichedSeason[];
  status?: SeriesStatus;
  nextEpisode?: EnrichedEpisode;
  lastEpisode?: EnrichedEpisode;
  imdbId?: string;
}

/** A candidate kept for a person to choose from, when two were equally good. */
export interface CandidateSummary extends TmdbRef {
  name: string;
  originalName: string;
  year?: string;
}

/**
 * A title's link to TMDB: enriched (with the data), ambiguous (candidates kept for a person), or not found.
 * `checkedAt` (UTC ISO) is when the match was last tried or the data last fetched.
 */
export type TmdbLink =
  | { status: 'enriched'; checkedAt: string; data: TitleEnrichment; pinned?: boolean }
  | { status: 'ambiguous'; checkedAt: string; candidates: CandidateSummary[] }
  | { status: 'not-found'; checkedAt: string };
