import { cleanTitle, isIsoDay, readCount, readDecimal, weekdayOf } from './field-values.js';
import { indexColumns, type NetflixLayout, type NetflixList } from './netflix-layouts.js';

/** Categories of the global and most-popular lists. */
export const GLOBAL_CATEGORIES = [
  'Films (English)',
  'Films (Non-English)',
  'TV (English)',
  'TV (Non-English)',
] as const;
/** Categories of the per-country lists (no language split). */
export const COUNTRY_CATEGORIES = ['Films', 'TV'] as const;
/** A category exactly as Netflix prints it. */
export type NetflixCategory = (typeof GLOBAL_CATEGORIES)[number] | (typeof COUNTRY_CATEGORIES)[number];

/** One chart row of a Netflix Top 10 file. Fields the layout lacks (or leaves empty) are undefined. */
export interface NetflixTop10Row {
  list: NetflixList;
  /** The Sunday that ends the Mon–Sun week, YYYY-MM-DD; undefined on the all-time most-popular list. */
  week?: string;
  countryName?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  countryIso2?: string;
  category: NetflixCategory;
  rank: number;
  showTitle: string;
  /** `season_title` as printed ("Squid Game: Season 2"); undefined for films (`N/A`). */
  season?: string;
  /** Weekly hours, or hours in the first 28/91 days on most-popular lists. */
  hoursViewed?: number;
  /** Hours. Undefined when empty (before 2023-06-18) or `0` (Netflix prints 0 for titles still airing). */
  runtime?: number;
  views?: number;
  weeksInTop10?: number;
  /** The most-popular window. */
  windowDays?: 28 | 91;
  staggeredLaunch?: boolean;
  /** The `episode_launch_details` JSON text, unquoted (11- and 12-column files only). */
  episodeLaunchDetails?: string;
  /** 1-based physical line where the record starts (the header is line 1). */
  line: number;
}

/** Turns the fields of one record into a row, or into the reason it was rejected. */
export type RowReader = (fields: string[], line: number) => NetflixTop10Row | string;

/**
 * Builds the row reader for a layout. Everything repeated across rows (weeks, categories, countries, titles)
 * is validated and cleaned once and then shared: the country file repeats each title ~15 times and each week
 * 940 times, so sharing saves both the work and most of the memory the 134,620 rows would otherwise keep.
 */
export function createRowReader(layout: NetflixLayout): RowReader {
  const at = indexColumns(layout);
  const width = layout.columns.length;
  const categories = new Map<string, NetflixCategory>(
    (layout.list === 'country' ? COUNTRY_CATEGORIES : GLOBAL_CATEGORIES).map((name) => [name, name]),
  );
  const weeks = new Map<string, string>();
  const texts = new Map<string, string>();
  const countries = new Map<string, string>();
  const clean = (raw: string) => {
    let text = texts.get(raw);
    if (text === undefined) texts.set(raw, (text = cleanTitle(raw)));
    return text;
  };
  const cell = (fields: string[], index: number) => (index < 0 ? '' : fields[index]!);

  return (fields, line) => {
    if (fields.length !== width) return `expected ${width} tab-separated fields, found ${fields.length}`;
    let week: string | undefined;
    if (at.week >= 0) {
      const raw = fields[at.week]!;
      week = weeks.get(raw);
      if (week === undefined) {
        const problem = describeWeekProblem(raw);
        if (problem) return problem;
        weeks.set(raw, (week = raw));
      }
    }
    const category = categories.get(fields[at.category]!);
    if (!category) return `unknown category "${fields[at.category]}"`;
    const rank = readCount(fields[at.rank]!);
    if (!rank) return `rank "${fields[at.rank]}" is not a whole number ≥ 1`;
    const showTitle = clean(fields[at.showTitle]!);
    if (!showTitle) return 'show_title is empty';
    const season = clean(fields[at.seasonTitle]!);
    const hoursViewed = readDecimal(cell(fields, at.hours));
    const runtime = readDecimal(cell(fields, at.runtime));
    const views = readCount(cell(fields, at.views));
    const weeksInTop10 = readCount(cell(fields, at.weeks));
    if (Number.isNaN(hoursViewed) || Number.isNaN(runtime) || Number.isNaN(views) || Number.isNaN(weeksInTop10)) {
      return numberProblem(layout, [at.hours, at.runtime, at.views, at.weeks], fields);
    }
    let countryName: string | undefined;
    let countryIso2: string | undefined;
    if (at.countryIso2 >= 0) {
      countryIso2 = countries.get(fields[at.countryIso2]!);
      countryName = countries.get(fields[at.countryName]!);
      if (countryIso2 === undefined || countryName === undefined) {
        const problem = countryProblem(fields[at.countryName]!, fields[at.countryIso2]!);
        if (problem) return problem;
        countries.set(fields[at.countryIso2]!, (countryIso2 = fields[at.countryIso2]!));
        countries.set(fields[at.countryName]!, (countryName = clean(fields[at.countryName]!)));
      }
    }
    const row: NetflixTop10Row = {
      list: layout.list,
      week,
      countryName,
      countryIso2,
      category,
      rank,
      showTitle,
      season: season === 'N/A' || season === '' ? undefined : season,
      hoursViewed,
      runtime: runtime === 0 ? undefined : runtime,
      views,
      weeksInTop10,
      line,
    };
    if (layout.windowDays) row.windowDays = layout.windowDays;
    if (at.staggered >= 0) addLaunchDetails(row, fields[at.staggered]!, cell(fields, at.episodeLaunches));
    return row;
  };
}

function describeWeekProblem(week: string): string | undefined {
  if (!isIsoDay(week)) return `week "${week}" is not a date (YYYY-MM-DD)`;
  if (weekdayOf(week) !== 0) return `week "${week}" is not a Sunday (weeks end on Sunday)`;
  return undefined;
}

/** Names the first numeric cell that does not parse (only called once a row is known to have one). */
function numberProblem(layout: NetflixLayout, columns: number[], fields: string[]): string {
  for (const index of columns) {
    const text = index < 0 ? '' : fields[index]!;
    const isCount = /views|weeks/.test(layout.columns[index] ?? '');
    const value = isCount ? readCount(text) : readDecimal(text);
    if (Number.isNaN(value)) return `${layout.columns[index]} "${text}" is not a ${isCount ? 'whole ' : ''}number ≥ 0`;
  }
  return 'a numeric field does not parse';
}

function countryProblem(name: string, iso2: string): string | undefined {
  if (!cleanTitle(name)) return 'country_name is empty';
  const a = iso2.charCodeAt(0);
  const b = iso2.charCodeAt(1);
  if (iso2.length !== 2 || a < 65 || a > 90 || b < 65 || b > 90)
    return `country_iso2 "${iso2}" is not two capital letters`;
  return undefined;
}

function addLaunchDetails(row: NetflixTop10Row, staggered: string, details: string): void {
  if (staggered === 'true') row.staggeredLaunch = true;
  else if (staggered === 'false') row.staggeredLaunch = false;
  if (details) row.episodeLaunchDetails = details;
}
