import type { TmdbLink } from './enrichment.js';

/** Where a fact came from: a publication (or data provider) and the date it said so (YYYY-MM-DD). */
export interface SourceRef {
  publication: string;
  date: string;
  url?: string;
}

export const TITLE_KINDS = ['series', 'film', 'show'] as const;
export type TitleKind = (typeof TITLE_KINDS)[number];

/** Which pipeline created a record: the hand-curated seed or an importer. */
export type RecordOrigin = 'curated' | 'netflix-top10' | 'kobis' | 'netflix-engagement' | 'tmdb';

/** What a company did for a title, as film records name it (KOBIS's 배급사, 제작사, 수입사, 제공…). */
export const CREDIT_ROLES = [
  'production',
  'co-production',
  'distribution',
  'import',
  'presenter',
  'co-presenter',
  'overseas-sales',
  'accessible-version',
  // TMDB's networks: the broadcaster or streamer a series airs on.
  'network',
] as const;
export type CreditRole = (typeof CREDIT_ROLES)[number];

/** A company's part in a title, with the id of the source that says so (e.g. "kobis-movies"). */
export interface CompanyCredit {
  companyId: string;
  role: CreditRole;
  source: string;
}

export interface CastMember {
  name: string;
  /** "lead", "supporting", or a character description. */
  role?: string;
  character?: string;
}

export interface MusicCredit {
  title: string;
  artist: string;
}

export interface Title {
  id: string;
  name: string;
  /** Names in the original languages, e.g. { lang: 'ko', name: '기생충' }. */
  originalNames: { lang: string; name: string }[];
  aliases: string[];
  kind: TitleKind;
  originCountries: string[];
  platforms: string[];
  /** YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. */
  releaseDate?: string;
  cast: CastMember[];
  directors: string[];
  writers: string[];
  /** Company ids of those who planned, produced or co-produced it. */
  companyIds: string[];
  music: MusicCredit[];
  synopsis?: string;
  themes: string[];
  /** How it was made, when the source describes it without names ("directed by a Japanese filmmaker"). */
  productionNote?: string;
  /** Season labels seen in sources ("Season 2", "Limited Series"). */
  seasons: string[];
  externalIds: { kobisMovieCd?: string };
  /** Companies by role, from film records (curated makers stay in `companyIds`). */
  companyCredits?: CompanyCredit[];
  /** Which KOBIS film record filled this title: the full `searchMovieInfo` or the shorter list record. */
  kobisRecord?: 'info' | 'list';
  origin: RecordOrigin;
  source: SourceRef;
  asOf: string;
  /** Its TMDB record and what TMDB adds (cast with characters, networks, seasons…), once enrichment has run. */
  tmdb?: TmdbLink;
  /** The TMDB record an editor chose ("tv/93405"): enrichment fetches it instead of searching. */
  tmdbChoice?: string;
}

export const COMPANY_KINDS = [
  'studio',
  'broadcaster',
  'streamer',
  'production',
  'distributor',
  'conglomerate',
] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];

export interface Company {
  id: string;
  name: string;
  aliases: string[];
  /** Names the company itself uses in other languages (용필름 for Yong Film), shown to readers of that language. */
  originalNames?: { lang: string; name: string }[];
  country: string;
  kind: CompanyKind;
  /** Id of a parent company, e.g. Warner Bros. → Warner Bros. Discovery. */
  parentId?: string;
  externalIds?: { kobisCompanyCd?: string };
  /** Which pipeline created it; curated when absent. */
  origin?: RecordOrigin;
  source: SourceRef;
  asOf: string;
}

export const DEAL_KINDS = [
  'strategic-partnership',
  'co-production',
  'investment',
  'platform-zone',
  'joint-ip',
  'distribution',
] as const;
export type DealKind = (typeof DEAL_KINDS)[number];

export const DEAL_STATUSES = ['announced', 'planned', 'active', 'completed'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export interface Deal {
  id: string;
  /** Company ids; the first is the party that announced or leads it. A plan may have only one party. */
  partyIds: string[];
  kind: DealKind;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the source gives only the month or year. */
  date: string;
  status: DealStatus;
  titleIds: string[];
  summary: string;
  source: SourceRef;
  asOf: string;
}

export type ChartCadence = 'week' | 'day' | 'period';

export interface Chart {
  id: string;
  /** "Netflix Top 10 · Japan · TV". */
  name: string;
  provider: 'netflix-top10' | 'kobis' | 'curated';
  cadence: ChartCadence;
  /** ISO 3166-1 alpha-2, or undefined for global charts. */
  country?: string;
  category?: string;
}

/**
 * One row of a chart. Kept flat and small: the country file alone has 134,620 of them.
 * `period` is the last day of the period (Netflix weeks end on Sunday), YYYY-MM-DD.
 */
export interface ChartEntry {
  chartId: string;
  period: string;
  rank: number;
  titleId: string;
  /** The label the chart printed, e.g. "Squid Game: Season 2". */
  label: string;
  season?: string;
  weeksInTop10?: number;
  hoursViewed?: number;
  views?: number;
  audience?: number;
  /** Curated streak facts that are not derivable from stored periods ("15 consecutive days at #1"). */
  streakDays?: number;
  note?: string;
}

/**
 * One title's line in a Netflix engagement report ("What We Watched"): what it was viewed in one half-year.
 * Kept flat like chart entries: five reports hold about 82,000 of them.
 */
export interface EngagementEntry {
  titleId: string;
  /** The half-year, "2024-H2". */
  period: string;
  /** The title as the report printed it, English part: "Squid Game: Season 2". */
  label: string;
  season?: string;
  kind: 'series' | 'film';
  hoursViewed: number;
  views?: number;
  runtimeMinutes?: number;
  releaseDate?: string;
  globallyAvailable?: boolean;
  /** The language of the original-script title ("ko" for `… // 오징어 게임`), when its script tells. */
  originalLanguage?: string;
}

export interface Statistic {
  id: string;
  subject: string;
  text: string;
  value: number;
  unit: string;
  period: string;
  source: SourceRef;
  asOf: string;
}

/** What each data source last delivered: shown in /about and every chart answer. */
export interface SourceStatus {
  id: string;
  name: string;
  /** Latest period the data covers (YYYY-MM-DD). */
  dataDate?: string;
  /** UTC ISO instant of the last successful import. */
  importedAt?: string;
  lastError?: { at: string; message: string };
}

export interface Catalog {
  version: 1;
  titles: Title[];
  companies: Company[];
  deals: Deal[];
  charts: Chart[];
  chartEntries: ChartEntry[];
  /** Netflix engagement report lines; absent in catalogs written before they existed. */
  engagement?: EngagementEntry[];
  statistics: Statistic[];
  sources: SourceStatus[];
}
