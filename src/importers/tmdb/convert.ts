import {
  SERIES_STATUSES,
  type EnrichedCastMember,
  type EnrichedCompany,
  type EnrichedEpisode,
  type SeriesStatus,
  type TitleEnrichment,
  type TmdbCandidate,
} from '../../domain/enrichment.js';
import type { MovieDetails, SearchMovie, SearchTv, TvDetails } from './schemas.js';

/** How much of a long cast list is kept: enough for "the rest on request", bounded for 100-episode series. */
export const MAX_CAST = 30;
const MAX_CREW = 8;
const MAX_KEYWORDS = 12;
// Alternative titles can run to dozens of languages; the first few carry the romanisations and local names.
const MAX_ALTERNATIVE_NAMES = 10;
const NAME_LANGUAGES = new Set(['ko', 'ja', 'en']);
const WRITING_JOBS = new Set([
  'Writer',
  'Screenplay',
  'Story',
  'Teleplay',
  'Original Story',
  'Novel',
  'Comic Book',
  'Author',
]);

export function tvCandidates(page: SearchTv): TmdbCandidate[] {
  return page.results.map((result) => ({
    kind: 'tv',
    id: result.id,
    name: result.name,
    originalName: result.original_name,
    originalLanguage: result.original_language || undefined,
    originCountries: result.origin_country ?? [],
    firstDate: result.first_air_date,
  }));
}

export function movieCandidates(page: SearchMovie): TmdbCandidate[] {
  return page.results.map((result) => ({
    kind: 'movie',
    id: result.id,
    name: result.title,
    originalName: result.original_title,
    originalLanguage: result.original_language || undefined,
    originCountries: [],
    firstDate: result.release_date,
  }));
}

/** A TMDB series (with aggregate_credits, translations, alternative_titles, keywords, external_ids appended). */
export function tvEnrichment(tv: TvDetails, fetchedAt: string): TitleEnrichment {
  const crew = tv.aggregate_credits?.crew ?? [];
  const withJob = (jobs: (job: string) => boolean) =>
    names(
      crew
        .filter((member) => member.jobs.some((j) => jobs(j.job)))
        .sort((a, b) => (b.total_episode_count ?? 0) - (a.total_episode_count ?? 0)),
    );
  const cast: EnrichedCastMember[] = [...(tv.aggregate_credits?.cast ?? [])]
    .filter((member) => member.name.trim())
    .sort((a, b) => (a.order ?? 1e6) - (b.order ?? 1e6))
    .slice(0, MAX_CAST)
    .map((member) =>
      compact({
        name: member.name.trim(),
        character: joinCharacters(member.roles.map((role) => role.character)),
        episodes: member.total_episode_count ?? undefined,
      }),
    );
  return compact({
    ...shared(tv, fetchedAt, { kind: 'tv', name: tv.name, originalName: tv.original_name }),
    alternativeNames: unique((tv.alternative_titles?.results ?? []).map((alt) => alt.title)).slice(
      0,
      MAX_ALTERNATIVE_NAMES,
    ),
    originCountries: tv.origin_country ?? [],
    cast,
    creators: unique((tv.created_by ?? []).map((creator) => creator.name)),
    directors: withJob((job) => job === 'Director'),
    writers: withJob((job) => WRITING_JOBS.has(job)),
    networks: companies(tv.networks),
    keywords: unique((tv.keywords?.results ?? []).map((k) => k.name)).slice(0, MAX_KEYWORDS),
    firstAirDate: tv.first_air_date,
    lastAirDate: tv.last_air_date,
    seasons: (tv.seasons ?? [])
      .filter((season) => season.season_number > 0)
      .map((season) =>
        compact({
          number: season.season_number,
          name: season.name?.trim() || `Season ${season.season_number}`,
          airDate: season.air_date,
          episodes: season.episode_count ?? 0,
        }),
      ),
    nextEpisode: episode(tv.next_episode_to_air),
    lastEpisode: episode(tv.last_episode_to_air),
  });
}

/** A TMDB film (with credits, translations, alternative_titles, keywords, external_ids appended). */
export function movieEnrichment(movie: MovieDetails, fetchedAt: string): TitleEnrichment {
  const crew = movie.credits?.crew ?? [];
  const withJob = (jobs: (job: string) => boolean) => names(crew.filter((member) => member.job && jobs(member.job)));
  const cast = [...(movie.credits?.cast ?? [])]
    .filter((member) => member.name.trim())
    .sort((a, b) => (a.order ?? 1e6) - (b.order ?? 1e6))
    .slice(0, MAX_CAST)
    .map((member) => compact({ name: member.name.trim(), character: joinCharacters([member.character]) }));
  const countries = movie.origin_country?.length
    ? movie.origin_country
    : (movie.production_countries ?? []).map((c) => c.iso_3166_1);
  return compact({
    ...shared(movie, fetchedAt, { kind: 'movie', name: movie.title, originalName: movie.original_title }),
    alternativeNames: unique((movie.alternative_titles?.titles ?? []).map((alt) => alt.title)).slice(
      0,
      MAX_ALTERNATIVE_NAMES,
    ),
    originCountries: countries,
    cast,
    creators: [],
    directors: withJob((job) => job === 'Director'),
    writers: withJob((job) => WRITING_JOBS.has(job)),
    networks: [],
    keywords: unique((movie.keywords?.keywords ?? []).map((k) => k.name)).slice(0, MAX_KEYWORDS),
    firstAirDate: movie.release_date,
    seasons: [],
    imdbId: movie.imdb_id || movie.external_ids?.imdb_id || undefined,
  });
}

type Common = Pick<
  TvDetails,
  | 'id'
  | 'original_language'
  | 'overview'
  | 'genres'
  | 'production_companies'
  | 'status'
  | 'translations'
  | 'external_ids'
>;

function shared(details: Common, fetchedAt: string, own: { kind: 'tv' | 'movie'; name: string; originalName: string }) {
  const translations = details.translations?.translations ?? [];
  const named = translations
    .filter((t) => NAME_LANGUAGES.has(t.iso_639_1))
    .map((t) => ({ lang: t.iso_639_1, name: (t.data.name ?? t.data.title ?? '').trim() }))
    .filter((entry) => entry.name);
  const original = details.original_language
    ? [{ lang: details.original_language, name: own.originalName.trim() }]
    : [];
  const english = translations.find((t) => t.iso_639_1 === 'en')?.data.overview?.trim();
  return {
    tmdb: { kind: own.kind, id: details.id },
    fetchedAt,
    names: uniqueBy(
      [...original, ...named, { lang: 'en', name: own.name.trim() }].filter((entry) => entry.name),
      (entry) => `${entry.lang}\n${entry.name}`,
    ).filter(
      // One name per language: the original first, then the translation.
      (entry, i, all) => all.findIndex((other) => other.lang === entry.lang) === i,
    ),
    originalLanguage: details.original_language || undefined,
    overview: english || details.overview?.trim() || undefined,
    productionCompanies: companies(details.production_companies),
    genres: unique((details.genres ?? []).map((genre) => genre.name)),
    status: statusOf(details.status),
    imdbId: details.external_ids?.imdb_id || undefined,
  };
}

type TmdbCompany = { id: number; name: string; origin_country?: string | null };

function companies(list: TmdbCompany[] | null | undefined): EnrichedCompany[] {
  return (list ?? [])
    .filter((entry) => entry.name.trim())
    .map((entry) =>
      compact({ tmdbId: entry.id, name: entry.name.trim(), country: entry.origin_country?.trim() || undefined }),
    );
}

function episode(entry: TvDetails['next_episode_to_air']): EnrichedEpisode | undefined {
  if (!entry?.air_date) return undefined;
  return {
    airDate: entry.air_date,
    season: entry.season_number,
    episode: entry.episode_number,
    finale: entry.episode_type === 'finale',
  };
}

/** "Returning Series" → returning, "In Production" → in-production; unknown statuses are dropped. */
function statusOf(status: string | null | undefined): SeriesStatus | undefined {
  const key = status
    ?.toLowerCase()
    .replace(/ series$/, '')
    .replace(/\s+/g, '-');
  return SERIES_STATUSES.find((known) => known === key);
}

function joinCharacters(characters: (string | null | undefined)[]): string | undefined {
  return unique(characters.map((c) => c?.trim() ?? '').filter(Boolean)).join(' / ') || undefined;
}

const names = (people: { name: string }[]) => unique(people.map((person) => person.name)).slice(0, MAX_CREW);
/** Trimmed, without blanks or repeats: TMDB may list a person twice, or a name as "". */
const unique = (items: string[]) => [...new Set(items.map((item) => item.trim()).filter(Boolean))];
const uniqueBy = <T>(items: T[], key: (item: T) => string) =>
  items.filter((item, i) => items.findIndex((other) => key(other) === key(item)) === i);

/** Drops undefined fields, so the stored JSON has no `"x": undefined` holes and equality checks are stable. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
