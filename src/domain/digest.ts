import type { CatalogIndex, ChartHistory } from './catalog-index.js';
import { movementOf, numberOneStreak, titleRun, type Movement } from './chart-stats.js';
import type { Chart, ChartEntry, Company, Deal, SourceStatus, Title } from './types.js';
import { addLocalDays } from './zoned-time.js';

/** Data dates (YYYY-MM-DD) a digest covers: `from` exclusive, `to` inclusive. */
export interface DigestWindow {
  from: string;
  to: string;
}

/** One title on one chart period, as the digest mentions it. */
export interface DigestMention {
  chart: Chart;
  period: string;
  entry: ChartEntry;
  /** Missing only when an entry names a title the catalog lacks; the entry's label still shows. */
  title?: Title;
  korean: boolean;
}

/** A row of a chart's latest period in the window, moved relative to the period just before the window. */
export interface DigestRow extends DigestMention {
  movement: Movement;
}

export interface DigestNumberOne extends DigestRow {
  /** Consecutive periods at #1 ending at `period`. */
  numberOneStreak: number;
}

export type MilestoneKind = 'weeks-in-top10' | 'number-one-streak' | 'streak-days';

/** `count` weeks in the Top 10, periods at #1 in a row, or (curated) days at #1 in a row. */
export interface DigestMilestone extends DigestMention {
  kind: MilestoneKind;
  count: number;
}

export interface DigestDeal {
  deal: Deal;
  /** The catalog's companies for `deal.partyIds`, in that order. */
  parties: Company[];
  titles: Title[];
  korean: boolean;
}

export interface DigestRelease {
  title: Title;
  releaseDate: string;
  korean: boolean;
  /** A release (the catalog's date), or from TMDB's dates a season's first episode or a season's finale. */
  what?: 'release' | 'season' | 'finale';
  /** The season, for a season start or finale. */
  season?: number;
}

/** What changed in the covered charts and the catalog within a window. Every section lists Korean titles first. */
export interface Digest {
  window: DigestWindow;
  /** The UTC date of `now`: the day the digest is for. */
  date: string;
  newEntries: DigestRow[];
  climbers: DigestRow[];
  fallers: DigestRow[];
  numberOnes: DigestNumberOne[];
  milestones: DigestMilestone[];
  deals: DigestDeal[];
  upcoming: DigestRelease[];
  sources: SourceStatus[];
  /** No chart moves, #1s, milestones or deals: the digest says so instead of staying silent. */
  quiet: boolean;
}

export const TOP_MOVES = 5;
const UPCOMING_DAYS = 7;
const WEEKS_MILESTONE_STEP = 5;
// withk follows Korean content and its Asian partners, so of Netflix's ~93 country lists only these count;
// the others would drown the Korean story in local hits.
const COVERED_COUNTRIES = new Set(['KR', 'JP', 'VN']);
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
// An empty catalog still gets a (quiet) digest rather than a special case in every caller.
const NO_DATA_DATE = '1970-01-01';

interface CoveredChart {
  history: ChartHistory;
  /** The chart's periods inside the window, oldest first (never empty). */
  periods: string[];
}

/**
 * The digest of `window` (pure): new entries and re-entries, the biggest climbers and fallers, #1s, milestones,
 * deals dated in the window, releases in the 7 days from `now`'s UTC date, and each source's data date.
 * Moves compare each chart's latest period in the window with its period just before the window, so a daily
 * chart shows the net move over the window, and a weekly chart with one period in it shows that week's move.
 */
export function createDigest(index: CatalogIndex, window: DigestWindow, now: Date): Digest {
  const covered = coveredCharts(index, window);
  const isKorean = koreanTest(index, covered);
  const rows = covered.flatMap((chart) => latestRows(index, chart, isKorean));
  const moves = (kind: 'up' | 'down') =>
    koreanFirst(
      rows.filter((row) => row.movement.kind === kind),
      (a, b) => moveSize(b) - moveSize(a) || a.entry.rank - b.entry.rank || byChart(a, b),
    ).slice(0, TOP_MOVES);
  const newEntries = koreanFirst(
    rows.filter((row) => row.movement.kind === 'new' || row.movement.kind === 're'),
    (a, b) => byChart(a, b) || a.entry.rank - b.entry.rank,
  );
  const numberOnes = koreanFirst(
    rows.filter((row) => row.numberOneStreak > 0),
    byChart,
  );
  const milestones = koreanFirst(collectMilestones(index, covered, rows, isKorean), byChart);
  const deals = dealsIn(index, window, isKorean);
  const date = now.toISOString().slice(0, 10);
  const changes = { newEntries, climbers: moves('up'), fallers: moves('down'), numberOnes, milestones, deals };
  return {
    window,
    date,
    ...changes,
    upcoming: upcomingReleases(index, date, isKorean),
    sources: [...index.catalog.sources],
    quiet: Object.values(changes).every((section) => section.length === 0),
  };
}

/** The memo key of a window: equal windows share one digest per data state. */
export const digestKey = (window: DigestWindow) => `${window.from}..${window.to}`;

/**
 * The newest data date: the latest period of any chart, or a source's data date when later (so deals the
 * curated catalog learned after the last chart week still reach a digest). Undefined for an empty catalog.
 */
export function newestDataDate(index: CatalogIndex): string | undefined {
  let newest: string | undefined;
  for (const history of index.charts.values()) {
    const last = history.periods.at(-1);
    if (last && (!newest || last > newest)) newest = last;
  }
  for (const source of index.catalog.sources) {
    if (source.dataDate && FULL_DATE.test(source.dataDate) && (!newest || source.dataDate > newest))
      newest = source.dataDate;
  }
  return newest;
}

/** For `/trends [days]`: the `days` days of data up to the newest data date. */
export function windowForTrends(index: CatalogIndex, days: number): DigestWindow {
  const to = newestDataDate(index) ?? NO_DATA_DATE;
  return { from: addLocalDays(to, -days), to };
}

/** For the daily digest: everything after the data date the previous digest covered (else the last 7 days). */
export function windowSince(index: CatalogIndex, previousDataDate: string | undefined): DigestWindow {
  const to = newestDataDate(index) ?? NO_DATA_DATE;
  return { from: previousDataDate ?? addLocalDays(to, -7), to };
}

/**
 * A title is Korean by origin, by a Korean original name, by coming from KOBIS, by TMDB's origin or original
 * language, or by charting in Korea.
 */
export function isKoreanTitle(title: Title): boolean {
  const tmdb = title.tmdb?.status === 'enriched' ? title.tmdb.data : undefined;
  return (
    title.originCountries.includes('KR') ||
    title.origin === 'kobis' ||
    title.originalNames.some((name) => name.lang === 'ko') ||
    tmdb?.originCountries.includes('KR') === true ||
    tmdb?.originalLanguage === 'ko'
  );
}

function isCoveredChart(chart: Chart): boolean {
  return chart.country === undefined || chart.provider !== 'netflix-top10' || COVERED_COUNTRIES.has(chart.country);
}

function coveredCharts(index: CatalogIndex, { from, to }: DigestWindow): CoveredChart[] {
  const covered: CoveredChart[] = [];
  for (const history of index.charts.values()) {
    if (!isCoveredChart(history.chart)) continue;
    const periods = history.periods.filter((period) => period > from && period <= to);
    if (periods.length > 0) covered.push({ history, periods });
  }
  return covered;
}

function koreanTest(index: CatalogIndex, covered: readonly CoveredChart[]): (titleId: string) => boolean {
  const chartedInKorea = new Set<string>();
  for (const { history, periods } of covered) {
    if (history.chart.country !== 'KR') continue;
    for (const period of periods)
      for (const entry of history.byPeriod.get(period) ?? []) chartedInKorea.add(entry.titleId);
  }
  return (titleId) => {
    const title = index.titles.get(titleId);
    return chartedInKorea.has(titleId) || (title !== undefined && isKoreanTitle(title));
  };
}

type LatestRow = DigestRow & { numberOneStreak: number };

function latestRows(
  index: CatalogIndex,
  { history, periods }: CoveredChart,
  isKorean: (id: string) => boolean,
): LatestRow[] {
  const first = periods[0]!;
  const latest = periods.at(-1)!;
  // Hiding the window's earlier periods makes movementOf compare `latest` with the period before the window.
  const kept = history.periods.filter((p) => p < first || p === latest);
  const collapsed: ChartHistory = { ...history, periods: kept, periodIndex: new Map(kept.map((p, i) => [p, i])) };
  const seen = new Set<string>();
  const rows: LatestRow[] = [];
  for (const entry of history.byPeriod.get(latest) ?? []) {
    if (seen.has(entry.titleId)) continue; // entries are by rank, so the first is the title's best
    seen.add(entry.titleId);
    const run = titleRun(history, entry.titleId);
    const outsideWindow = run.filter((item) => item.period < first || item.period === latest);
    rows.push({
      ...mention(index, history.chart, entry, isKorean),
      movement: movementOf(collapsed, outsideWindow, latest, entry.rank),
      numberOneStreak: entry.rank === 1 ? numberOneStreak(history, run, latest) : 0,
    });
  }
  return rows;
}

function mention(
  index: CatalogIndex,
  chart: Chart,
  entry: ChartEntry,
  isKorean: (id: string) => boolean,
): DigestMention {
  return {
    chart,
    period: entry.period,
    entry,
    title: index.titles.get(entry.titleId),
    korean: isKorean(entry.titleId),
  };
}

const toMention = ({ chart, period, entry, title, korean }: DigestMention): DigestMention => ({
  chart,
  period,
  entry,
  title,
  korean,
});

/** Weeks in the Top 10 reaching a multiple of 5, #1 streaks of 2+ periods, curated day streaks; latest per kind. */
function collectMilestones(
  index: CatalogIndex,
  covered: readonly CoveredChart[],
  rows: readonly LatestRow[],
  isKorean: (id: string) => boolean,
): DigestMilestone[] {
  const found = new Map<string, DigestMilestone>();
  const add = (base: DigestMention, kind: MilestoneKind, count: number) =>
    found.set(`${base.chart.id}\n${base.entry.titleId}\n${kind}`, { ...toMention(base), kind, count });
  for (const { history, periods } of covered) {
    for (const period of periods) {
      for (const entry of history.byPeriod.get(period) ?? []) {
        const weeks = entry.weeksInTop10 ?? 0;
        if (weeks > 0 && weeks % WEEKS_MILESTONE_STEP === 0)
          add(mention(index, history.chart, entry, isKorean), 'weeks-in-top10', weeks);
        if ((entry.streakDays ?? 0) >= 2)
          add(mention(index, history.chart, entry, isKorean), 'streak-days', entry.streakDays!);
      }
    }
  }
  for (const row of rows) if (row.numberOneStreak >= 2) add(row, 'number-one-streak', row.numberOneStreak);
  return [...found.values()];
}

/**
 * Deals whose `asOf` or `date` falls in the window, newest first. Only full dates count: a "2025-10" or "2025"
 * date cannot be placed inside a window, so such a deal is reported when the catalog learned it (`asOf`).
 */
function dealsIn(index: CatalogIndex, { from, to }: DigestWindow, isKorean: (id: string) => boolean): DigestDeal[] {
  const inWindow = (date: string) => FULL_DATE.test(date) && date > from && date <= to;
  const dated: (DigestDeal & { when: string })[] = [];
  for (const deal of index.catalog.deals) {
    const when = [deal.date, deal.asOf].filter(inWindow).sort().at(-1);
    if (!when) continue;
    const parties = deal.partyIds.map((id) => index.companies.get(id)).filter((c): c is Company => c !== undefined);
    const titles = deal.titleIds.map((id) => index.titles.get(id)).filter((t): t is Title => t !== undefined);
    const korean = parties.some((company) => company.country === 'KR') || deal.titleIds.some(isKorean);
    dated.push({ deal, parties, titles, korean, when });
  }
  koreanFirst(
    dated,
    (a, b) =>
      b.when.localeCompare(a.when) || b.deal.date.localeCompare(a.deal.date) || a.deal.id.localeCompare(b.deal.id),
  );
  return dated.map(({ deal, parties, titles, korean }) => ({ deal, parties, titles, korean }));
}

/**
 * Titles released from `today` to 7 days later (a release today is still news), and, from TMDB's dates, Korean
 * series starting a new season or airing a season finale in those days.
 */
function upcomingReleases(index: CatalogIndex, today: string, isKorean: (id: string) => boolean): DigestRelease[] {
  const last = addLocalDays(today, UPCOMING_DAYS);
  const within = (date: string | undefined): date is string =>
    date !== undefined && FULL_DATE.test(date) && date >= today && date <= last;
  const releases: DigestRelease[] = [];
  for (const title of index.titles.values()) {
    const korean = isKorean(title.id);
    const date = title.releaseDate;
    if (within(date)) releases.push({ title, releaseDate: date, korean, what: 'release' });
    const tmdb = title.tmdb?.status === 'enriched' ? title.tmdb.data : undefined;
    if (!tmdb || tmdb.tmdb.kind !== 'tv' || !korean) continue;
    for (const season of tmdb.seasons) {
      // The catalog's own release date already announces the same premiere.
      if (within(season.airDate) && season.airDate !== date)
        releases.push({ title, releaseDate: season.airDate, korean, what: 'season', season: season.number });
    }
    const next = tmdb.nextEpisode;
    if (next?.finale && within(next.airDate))
      releases.push({ title, releaseDate: next.airDate, korean, what: 'finale', season: next.season });
  }
  return koreanFirst(
    releases,
    (a, b) => a.releaseDate.localeCompare(b.releaseDate) || a.title.name.localeCompare(b.title.name),
  );
}

function koreanFirst<T extends { korean: boolean }>(items: T[], compare: (a: T, b: T) => number): T[] {
  return items.sort((a, b) => Number(b.korean) - Number(a.korean) || compare(a, b));
}

const moveSize = (row: DigestRow) => (row.movement.kind === 'up' || row.movement.kind === 'down' ? row.movement.by : 0);

/** Global charts, then Korea, Japan, Vietnam, then the rest; by name within each. */
function byChart(a: DigestMention, b: DigestMention): number {
  return chartRank(a.chart) - chartRank(b.chart) || a.chart.name.localeCompare(b.chart.name);
}

const CHART_RANKS: Record<string, number> = { KR: 1, JP: 2, VN: 3 };
const chartRank = (chart: Chart) => (chart.country === undefined ? 0 : (CHART_RANKS[chart.country] ?? 4));
