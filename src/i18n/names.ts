import type { Chart, ChartEntry, Company, SourceStatus, Title } from '../domain/types.js';
import { countryName } from './format.js';
import { t, type Locale } from './index.js';
import type { en } from './locales/en.js';

// An alias counts as a reader's own-language name when it is written in that language's script.
const SCRIPTS: Record<Exclude<Locale, 'en'>, RegExp> = {
  ko: /\p{Script=Hangul}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
};

type Named = {
  name: string;
  originalNames?: readonly { lang: string; name: string }[];
  aliases?: readonly string[];
  tmdb?: Title['tmdb'];
};

/** The title's name in `lang` from TMDB's translations, when it is enriched. */
const tmdbName = (named: Named, lang: Locale) =>
  named.tmdb?.status === 'enriched' ? named.tmdb.data.names.find((entry) => entry.lang === lang)?.name : undefined;

const LATIN = /\p{Script=Latin}/u;

/**
 * The name a reader of `locale` knows it by, when withk has one: its original name in that language, an alias in
 * its script, or TMDB's translation. For an English reader, only a title known by a non-Latin name alone
 * (a KOBIS film, "기생충") gets its English name from TMDB.
 */
export function localName(named: Named, locale: Locale): string | undefined {
  const local =
    locale === 'en'
      ? LATIN.test(named.name)
        ? undefined
        : tmdbName(named, 'en')
      : (named.originalNames?.find((original) => original.lang === locale)?.name ??
        named.aliases?.find((alias) => SCRIPTS[locale].test(alias)) ??
        tmdbName(named, locale));
  return local && local !== named.name ? local : undefined;
}

/**
 * A title named for the reader: the Korean name first with the English beside it for a Korean reader
 * ("오징어 게임 (Squid Game)"), the Japanese name for a Japanese reader, the catalog name otherwise.
 */
export function displayName(title: Pick<Title, 'name' | 'originalNames' | 'aliases' | 'tmdb'>, locale: Locale): string {
  const local = localName(title, locale);
  return local ? `${local} (${title.name})` : title.name;
}

/**
 * A company named for the reader. Only a name the company itself uses in that language counts (its original
 * names, e.g. 용필름 for Yong Film); a search alias such as a transliteration does not, so "CJ ENM" stays CJ ENM.
 */
export function displayCompanyName(company: Pick<Company, 'name' | 'originalNames'>, locale: Locale): string {
  if (locale === 'en') return company.name;
  const local = company.originalNames?.find((original) => original.lang === locale)?.name;
  return local && local !== company.name ? `${local} (${company.name})` : company.name;
}

/**
 * A chart row's label ("Squid Game: Season 2"), led by the title's name in the reader's language when known:
 * "오징어 게임 시즌 2 (Squid Game: Season 2)".
 */
export function entryLabel(
  entry: Pick<ChartEntry, 'label' | 'season'>,
  title: Named | undefined,
  locale: Locale,
): string {
  const local = title && localName(title, locale);
  if (!local) return entry.label;
  const season = entry.season && seasonName(entry.season, locale);
  return `${local}${season && season !== entry.season ? ` ${season}` : ''} (${entry.label})`;
}

/**
 * Netflix's season labels in the reader's words: "Squid Game: Season 2" → "시즌 2" / "シーズン2", "Limited Series"
 * → "리미티드 시리즈"; English readers and labels of another shape keep the label as printed.
 */
export function seasonName(season: string, locale: Locale): string {
  if (locale === 'en') return season;
  const numbered = /(?:^|:\s*)Season (\d+)$/i.exec(season);
  if (numbered) return t(locale, 'seasons.numbered', { number: numbered[1]! });
  return /(?:^|:\s*)Limited Series$/i.test(season) ? t(locale, 'seasons.limited') : season;
}

/** A platform as the reader says it: only the common noun is translated ("Cinemas" → 극장), brands stay. */
export const platformName = (platform: string, locale: Locale) =>
  platform === 'Cinemas' ? t(locale, 'platforms.cinemas') : platform;

const CATEGORIES: Record<string, `chartNames.categories.${keyof typeof en.chartNames.categories}`> = {
  TV: 'chartNames.categories.tv',
  Films: 'chartNames.categories.films',
  'TV (English)': 'chartNames.categories.tvEnglish',
  'TV (Non-English)': 'chartNames.categories.tvNonEnglish',
  'Films (English)': 'chartNames.categories.filmsEnglish',
  'Films (Non-English)': 'chartNames.categories.filmsNonEnglish',
};

/** A Netflix category ("TV (Non-English)") in the reader's language; an unknown one as printed. */
export function categoryName(category: string, locale: Locale): string {
  const key = CATEGORIES[category];
  return key ? t(locale, key) : category;
}

/**
 * A chart's name in the reader's language, built from what the chart is (provider, country, category); English
 * readers, curated charts and unknown categories get the catalog's own name.
 */
export function chartName(chart: Chart, locale: Locale): string {
  if (locale === 'en' || chart.provider === 'curated') return chart.name;
  if (chart.provider === 'kobis') return t(locale, 'chartNames.kobis');
  const category = chart.category && CATEGORIES[chart.category];
  if (!category) return chart.name;
  const days = /^netflix-most-popular-(\d+)d-/.exec(chart.id)?.[1];
  const list = days
    ? t(locale, 'chartNames.mostPopular', { days })
    : chart.country
      ? countryName(locale, chart.country)
      : t(locale, 'chartNames.global');
  return t(locale, 'chartNames.netflix', { list, category: t(locale, category) });
}

const SOURCE_KEYS: Record<string, `sources.${keyof typeof en.sources}`> = {
  'netflix-top10': 'sources.netflix-top10',
  'kobis-daily': 'sources.kobis-daily',
  curated: 'sources.curated',
  'kobis-movies': 'sources.kobis-movies',
  'netflix-engagement': 'sources.netflix-engagement',
};

/** A data source's name in the reader's language; English readers see the catalog's own name. */
export function sourceName(source: Pick<SourceStatus, 'id' | 'name'>, locale: Locale): string {
  const key = SOURCE_KEYS[source.id];
  return locale === 'en' || !key ? source.name : t(locale, key);
}
