import type { Title } from './types.js';

type TitleLists = Pick<
  Title,
  | 'originalNames'
  | 'aliases'
  | 'originCountries'
  | 'platforms'
  | 'cast'
  | 'directors'
  | 'writers'
  | 'companyIds'
  | 'music'
  | 'themes'
  | 'seasons'
  | 'externalIds'
>;

/** Every list field of a Title, empty: a new title spreads this, then fills in what its source knows. */
export function emptyTitleLists(): TitleLists {
  return {
    originalNames: [],
    aliases: [],
    originCountries: [],
    platforms: [],
    cast: [],
    directors: [],
    writers: [],
    companyIds: [],
    music: [],
    themes: [],
    seasons: [],
    externalIds: {},
  };
}

/** The names TMDB adds to a title (Korean, Japanese and English, and its alternative titles), for search. */
export function enrichedNames(title: Title): string[] {
  if (title.tmdb?.status !== 'enriched') return [];
  return [...title.tmdb.data.names.map((entry) => entry.name), ...title.tmdb.data.alternativeNames];
}
