import { FormatError, excerpt } from './format-error.js';

/** Which Netflix Top 10 list a file holds. */
export type NetflixList = 'global' | 'country' | 'most-popular';

/** A header Netflix has published, identified by the file's first line. */
export interface NetflixLayout {
  /** e.g. `global-9`, `country-8`, `most-popular-91d`. */
  id: string;
  list: NetflixList;
  columns: readonly string[];
  /** The most-popular window ("first 28 / 91 days"); undefined for weekly lists. */
  windowDays?: 28 | 91;
}

const GLOBAL_BASE = ['week', 'category', 'weekly_rank', 'show_title', 'season_title', 'weekly_hours_viewed'];
const GLOBAL_9 = [...GLOBAL_BASE, 'runtime', 'weekly_views', 'cumulative_weeks_in_top_10'];
const COUNTRY = ['country_name', 'country_iso2', 'week', 'category', 'weekly_rank', 'show_title', 'season_title'];
const POPULAR = ['category', 'rank', 'show_title', 'season_title'];

/** Every header seen in Netflix's files since 2021 (see the schema history in the data's SOURCE.md). */
export const NETFLIX_LAYOUTS: readonly NetflixLayout[] = [
  { id: 'global-7', list: 'global', columns: [...GLOBAL_BASE, 'cumulative_weeks_in_top_10'] },
  { id: 'global-9', list: 'global', columns: GLOBAL_9 },
  { id: 'global-11', list: 'global', columns: [...GLOBAL_9, 'is_staggered_launch', 'episode_launch_details'] },
  {
    id: 'global-12',
    list: 'global',
    columns: [...GLOBAL_9, 'is_staggered_launch', 'runtime_override_flag', 'episode_launch_dtls'],
  },
  { id: 'country-8', list: 'country', columns: [...COUNTRY, 'cumulative_weeks_in_top_10'] },
  { id: 'most-popular-28d', list: 'most-popular', columns: [...POPULAR, 'hours_viewed_first_28_days'], windowDays: 28 },
  {
    id: 'most-popular-91d',
    list: 'most-popular',
    columns: [...POPULAR, 'hours_viewed_first_91_days', 'runtime', 'views_first_91_days'],
    windowDays: 91,
  },
];

const byHeader = new Map(NETFLIX_LAYOUTS.map((layout) => [layout.columns.join('\t'), layout]));

/**
 * Identifies a Netflix Top 10 file from its first line. Throws a FormatError that names the problem when the
 * line is not a known header: an empty file, the `null` body or HTML redirect page a failed download leaves, or
 * an unknown set of columns.
 */
export function detectNetflixLayout(firstLine: string): NetflixLayout {
  const line = firstLine.replace(/^\uFEFF/, '').replace(/\r$/, '');
  const normalized = line
    .split('\t')
    .map((name) => name.trim().toLowerCase())
    .join('\t');
  const layout = byHeader.get(normalized);
  if (layout) return layout;
  const trimmed = line.trim();
  if (trimmed === '') throw new FormatError('Not a Netflix Top 10 file: it is empty (no header line).');
  if (trimmed === 'null') {
    throw new FormatError('Not a Netflix Top 10 file: the body is just "null" (a failed download).');
  }
  if (trimmed.startsWith('PK\u0003\u0004')) {
    throw new FormatError('Not a Netflix Top 10 TSV: it is an .xlsx (ZIP) workbook; import the .tsv download instead.');
  }
  if (trimmed.startsWith('<')) {
    throw new FormatError(`Not a Netflix Top 10 file: it is an HTML page ("${excerpt(trimmed)}").`);
  }
  throw new FormatError(`Not a Netflix Top 10 file: unknown header "${excerpt(trimmed, 120)}".`);
}

/** The column positions a row parser reads, resolved once per file. -1 when the layout lacks the column. */
export interface ColumnIndex {
  week: number;
  countryName: number;
  countryIso2: number;
  category: number;
  rank: number;
  showTitle: number;
  seasonTitle: number;
  hours: number;
  runtime: number;
  views: number;
  weeks: number;
  staggered: number;
  episodeLaunches: number;
}

/** Maps a layout's column names to positions. */
export function indexColumns(layout: NetflixLayout): ColumnIndex {
  const at = (...names: string[]) => layout.columns.findIndex((column) => names.includes(column));
  return {
    week: at('week'),
    countryName: at('country_name'),
    countryIso2: at('country_iso2'),
    category: at('category'),
    rank: at('weekly_rank', 'rank'),
    showTitle: at('show_title'),
    seasonTitle: at('season_title'),
    hours: at('weekly_hours_viewed', 'hours_viewed_first_28_days', 'hours_viewed_first_91_days'),
    runtime: at('runtime'),
    views: at('weekly_views', 'views_first_91_days'),
    weeks: at('cumulative_weeks_in_top_10'),
    staggered: at('is_staggered_launch'),
    episodeLaunches: at('episode_launch_details', 'episode_launch_dtls'),
  };
}
