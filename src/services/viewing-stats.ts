import type { CatalogIndex } from '../domain/catalog-index.js';
import type { EngagementEntry, Statistic, Title } from '../domain/types.js';
import type { Store } from '../store/store.js';
import { originReason, VIEWING_ORIGINS, type OriginReason, type ViewingOrigin } from '../domain/viewing-origins.js';

/** Hours of one kind (shows or films) that count for the origin, and their share of all hours viewed. */
export interface OriginSlice {
  hours: number;
  /** Share of all hours in the half-year (shows and films together), 0–1. */
  share: number;
  lines: number;
}

/** The answer to "how much of Netflix's viewing went to <origin> titles in a half-year". */
export interface ViewingStats {
  period: string;
  origin: ViewingOrigin;
  /** Every hour viewed in the report, all titles. */
  totalHours: number;
  shows: OriginSlice;
  films: OriginSlice;
  all: OriginSlice;
  /** The shows' share in every half-year withk has, newest first, and this half-year's rank among them (1 = highest). */
  history: { period: string; share: number }[];
  rank: number;
  /** The most-viewed lines that count, with their title. */
  top: { entry: EngagementEntry; title?: Title }[];
  /** How many counted lines each rule caught. */
  reasons: Record<OriginReason, number>;
  /** Figures the curated catalog reports for the same half-year (the seed article's 7.7 billion hours, 8%). */
  reported: Statistic[];
}

export type StatsResult = { found: true; stats: ViewingStats } | { found: false; period?: string; periods: string[] };

const TOP = 5;
const cache = new WeakMap<CatalogIndex, Map<ViewingOrigin, Map<string, ViewingStats>>>();

/** The half-years withk has engagement reports for, newest first. */
export function listViewingPeriods(store: Store): string[] {
  return periodsOf(store.catalog.current());
}

const periodsOf = (index: CatalogIndex) => [...index.engagementByPeriod.keys()].sort().reverse();

/**
 * How much of Netflix's viewing went to titles of one origin in a half-year (default: the newest), counted
 * from the engagement report: hours of shows and of films, their share of all hours, the shows' share
 * against the other half-years, the top titles, and the counting rule's tallies. Every half-year of an origin
 * is tallied in one pass, once per catalog version and origin.
 */
export function viewingStats(store: Store, period: string | undefined, origin: ViewingOrigin = 'korean'): StatsResult {
  const index = store.catalog.current();
  const periods = periodsOf(index);
  const wanted = period?.trim() ? normalizePeriod(period) : periods[0];
  if (!wanted || !index.engagementByPeriod.has(wanted))
    return { found: false, period: period?.trim() || undefined, periods };
  return { found: true, stats: statsOf(index, origin, periods).get(wanted)! };
}

/** Hours viewed in one half-year: every title's, and those that count for each origin. */
export interface OriginHours {
  period: string;
  totalHours: number;
  hours: Record<ViewingOrigin, number>;
}

/**
 * Every half-year withk has engagement reports for, oldest first, with the hours of each origin's titles (shows
 * and films) beside all hours viewed: what /stats draws. Built from the same per-origin tallies as `viewingStats`,
 * so it costs one pass per origin and catalog version. A line counting for two origins (a KR–JP title) counts twice.
 */
export function viewingByOrigin(store: Store): OriginHours[] {
  const index = store.catalog.current();
  const periods = periodsOf(index);
  const origins = Object.keys(VIEWING_ORIGINS) as ViewingOrigin[];
  const byOrigin = new Map(origins.map((origin) => [origin, statsOf(index, origin, periods)]));
  return [...periods].reverse().map((period) => ({
    period,
    totalHours: byOrigin.get(origins[0]!)!.get(period)!.totalHours,
    hours: Object.fromEntries(
      origins.map((origin) => [origin, byOrigin.get(origin)!.get(period)!.all.hours]),
    ) as Record<ViewingOrigin, number>,
  }));
}

/** Every half-year's stats for one origin, tallied once per catalog version and origin. */
function statsOf(index: CatalogIndex, origin: ViewingOrigin, periods: readonly string[]): Map<string, ViewingStats> {
  let byOrigin = cache.get(index);
  if (!byOrigin) cache.set(index, (byOrigin = new Map()));
  let byPeriod = byOrigin.get(origin);
  if (!byPeriod) byOrigin.set(origin, (byPeriod = computeAll(index, origin, periods)));
  return byPeriod;
}

/** "2024 H2", "2024h2", "H2 2024", "2024-H2" → "2024-H2". */
export function normalizePeriod(text: string): string {
  const match = /(\d{4})\D*h\s*([12])|h\s*([12])\D*(\d{4})/i.exec(text.trim());
  return match ? `${match[1] ?? match[4]}-H${match[2] ?? match[3]}` : text.trim();
}

interface Tally {
  total: number;
  shows: OriginSlice;
  films: OriginSlice;
  counted: EngagementEntry[];
  reasons: Record<OriginReason, number>;
}

function tally(index: CatalogIndex, period: string, origin: ViewingOrigin): Tally {
  const result: Tally = {
    total: 0,
    shows: { hours: 0, share: 0, lines: 0 },
    films: { hours: 0, share: 0, lines: 0 },
    counted: [],
    reasons: { script: 0, country: 0 },
  };
  for (const entry of index.engagementByPeriod.get(period) ?? []) {
    result.total += entry.hoursViewed;
    const reason = originReason(entry, index.titles.get(entry.titleId), origin);
    if (!reason) continue;
    result.reasons[reason] += 1;
    const slice = entry.kind === 'film' ? result.films : result.shows;
    slice.hours += entry.hoursViewed;
    slice.lines += 1;
    result.counted.push(entry);
  }
  for (const slice of [result.shows, result.films]) slice.share = result.total > 0 ? slice.hours / result.total : 0;
  return result;
}

function computeAll(index: CatalogIndex, origin: ViewingOrigin, periods: readonly string[]): Map<string, ViewingStats> {
  const tallies = new Map(periods.map((period) => [period, tally(index, period, origin)]));
  const history = periods.map((period) => ({ period, share: tallies.get(period)!.shows.share }));
  const adjective = origin.charAt(0).toUpperCase() + origin.slice(1);
  return new Map(
    periods.map((period) => {
      const current = tallies.get(period)!;
      const allHours = current.shows.hours + current.films.hours;
      const top = [...current.counted]
        .sort((a, b) => b.hoursViewed - a.hoursViewed)
        .slice(0, TOP)
        .map((entry) => ({ entry, title: index.titles.get(entry.titleId) }));
      const stats: ViewingStats = {
        period,
        origin,
        totalHours: current.total,
        shows: current.shows,
        films: current.films,
        all: {
          hours: allHours,
          share: current.total > 0 ? allHours / current.total : 0,
          lines: current.shows.lines + current.films.lines,
        },
        history,
        rank: 1 + history.filter((h) => h.share > current.shows.share).length,
        top,
        reasons: current.reasons,
        reported: index.catalog.statistics.filter((s) => s.period === period && s.subject.startsWith(adjective)),
      };
      return [period, stats];
    }),
  );
}
