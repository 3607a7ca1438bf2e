import type { TmdbFixture } from './fixtures/types.js';

interface Translation {
  iso_639_1: string;
  data: { name?: string; title?: string };
}

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function translationsOf(fixture: TmdbFixture): Translation[] {
  return ((fixture.appended.translations as { translations?: Translation[] } | undefined)?.translations ??
    []) as Translation[];
}

/** Every name TMDB's search looks at: the title, its original title, translations and alternative titles. */
function searchableNames(fixture: TmdbFixture): string[] {
  const details = fixture.details as { name?: string; title?: string; original_name?: string; original_title?: string };
  const alternatives = fixture.appended.alternative_titles as
    { results?: { title: string }[]; titles?: { title: string }[] } | undefined;
  return [
    details.name ?? details.title ?? '',
    details.original_name ?? details.original_title ?? '',
    ...translationsOf(fixture).map((t) => t.data.name ?? t.data.title ?? ''),
    ...(alternatives?.results ?? alternatives?.titles ?? []).map((alternative) => alternative.title),
  ].filter(Boolean);
}

/** TMDB-like matching: every word of the query starts a word of one of the title's names. */
export function matchesQuery(fixture: TmdbFixture, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  return searchableNames(fixture).some((name) => {
    const nameWords = fold(name).split(' ');
    return words.every((word) => nameWords.some((candidate) => candidate.startsWith(word)));
  });
}

/** The fixture's name in `language` ("ko-KR"), as TMDB localises `name`/`title`; the original name when it has none. */
export function localise<T extends Record<string, unknown>>(fixture: TmdbFixture, item: T, language: string): T {
  const lang = language.split('-')[0];
  const found = translationsOf(fixture).find((t) => t.iso_639_1 === lang);
  const key = fixture.kind === 'tv' ? 'name' : 'title';
  const localised = found?.data.name || found?.data.title;
  const original = fixture.kind === 'tv' ? item.original_name : item.original_title;
  return { ...item, [key]: localised || (lang === 'en' ? item[key] : original) };
}

/** The year of a result's first air or release date, for the search year filters. */
export function yearOf(fixture: TmdbFixture): string | undefined {
  const details = fixture.details as { first_air_date?: string; release_date?: string };
  return (details.first_air_date ?? details.release_date)?.slice(0, 4);
}
