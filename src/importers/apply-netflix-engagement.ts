import { addToGroup } from '../domain/groups.js';
import { createTitleResolver, splitSeasonTitle, type TitleResolver } from '../domain/resolve-title.js';
import { scriptLanguage } from '../domain/script.js';
import type { Catalog, EngagementEntry } from '../domain/types.js';
import { startSummary, type ApplyOptions, type ApplyResult } from './catalog-merge.js';
import type { EngagementParse, EngagementRow } from './parse-netflix-engagement.js';
import { finishRecordMerge } from './record-merge.js';

/** The SourceStatus this importer updates. */
export const ENGAGEMENT_SOURCE = { id: 'netflix-engagement', name: 'Netflix engagement reports' } as const;
export const ENGAGEMENT_PUBLICATION = 'Netflix engagement report (What We Watched)';

/** The last day of a half-year: "2024-H2" → "2024-12-31". */
export const periodEnd = (period: string) => `${period.slice(0, 4)}-${period.endsWith('H1') ? '06-30' : '12-31'}`;

/**
 * Merges one engagement report into a catalog without touching the input: each row is attached, as that
 * half-year's hours, views, runtime, release date and availability, to its title (seasons merged into their
 * show as the Top 10 import does; an original-script title becomes an original name), creating titles as
 * needed. A report replaces every line of its half-year, so a corrected re-issue replaces the old one and the
 * same file applied again changes nothing (the same catalog object comes back).
 */
export function applyNetflixEngagement(
  catalog: Catalog,
  reports: EngagementParse | readonly EngagementParse[],
  options: ApplyOptions,
): ApplyResult {
  const list = Array.isArray(reports) ? (reports as readonly EngagementParse[]) : [reports as EngagementParse];
  const errors = list.flatMap((report) =>
    report.errors.map((e) => ({ ...e, reason: list.length > 1 ? `${report.period}: ${e.reason}` : e.reason })),
  );
  const summary = startSummary(
    list.reduce((sum, report) => sum + report.rows.length, 0),
    errors,
  );
  const titles = createTitleResolver(catalog.titles);
  const existing = catalog.engagement ?? [];
  const byPeriod = new Map<string, EngagementEntry[]>();
  for (const entry of existing) addToGroup(byPeriod, entry.period, entry);
  let changed = false;
  let latest: string | undefined;
  // Reports that say show or film per sheet go first, so the one-sheet report can learn a title's kind from them.
  const ordered = [...list].sort((a, b) => Number(a.rows.some((r) => !r.kind)) - Number(b.rows.some((r) => !r.kind)));
  for (const report of ordered) {
    const date = periodEnd(report.period);
    const entries = report.rows.map((row) => toEntry(row, report.period, date, titles));
    const previous = byPeriod.get(report.period) ?? [];
    const same = previous.length === entries.length && previous.every((entry, i) => sameEntry(entry, entries[i]!));
    summary[same ? 'unchanged' : previous.length > 0 ? 'updated' : 'added'] += entries.length;
    if (!same) byPeriod.set(report.period, entries);
    changed ||= !same;
    if (!latest || date > latest) latest = date;
  }
  const engagement = changed ? [...byPeriod.keys()].sort().flatMap((period) => byPeriod.get(period)!) : undefined;
  return finishRecordMerge(catalog, { summary, titles, engagement, latest }, ENGAGEMENT_SOURCE, options);
}

function toEntry(row: EngagementRow, period: string, date: string, titles: TitleResolver): EngagementEntry {
  const split = splitSeasonTitle(row.title);
  const seasonal = split.season !== row.title;
  // The one-sheet 2023 H1 report does not say show or film: a season suffix says show, else the kind the
  // title has from another report or chart ("Mr. Queen" is a show), else film.
  const known = row.kind || seasonal ? undefined : titles.knownKind(row.title);
  const kind = row.kind ?? (seasonal ? 'series' : known === 'film' || known === undefined ? 'film' : 'series');
  const { titleId, season } = titles.resolveNetflix({
    showTitle: kind === 'series' && seasonal ? split.show : row.title,
    seasonTitle: kind === 'series' && seasonal ? row.title : undefined,
    kind,
    date,
    createdBy: { origin: 'netflix-engagement', publication: ENGAGEMENT_PUBLICATION },
  });
  if (row.originalTitle) addOriginalName(titles, titleId, row.originalTitle, kind === 'series');
  if (
    row.releaseDate &&
    kind === 'film' &&
    titles.current(titleId).origin === 'netflix-engagement' &&
    !titles.current(titleId).releaseDate
  ) {
    titles.update(titleId, (title) => ({ ...title, releaseDate: row.releaseDate }));
  }
  const entry: EngagementEntry = { titleId, period, label: row.title, kind, hoursViewed: row.hoursViewed };
  if (season) entry.season = season;
  if (row.views !== undefined) entry.views = row.views;
  if (row.runtimeMinutes !== undefined) entry.runtimeMinutes = row.runtimeMinutes;
  if (row.releaseDate) entry.releaseDate = row.releaseDate;
  if (row.globallyAvailable !== undefined) entry.globallyAvailable = row.globallyAvailable;
  if (row.originalLanguage) entry.originalLanguage = row.originalLanguage;
  return entry;
}

/** "오징어 게임: 시즌 2" becomes the original name "오징어 게임" of Squid Game (the season suffix is left out). */
function addOriginalName(titles: TitleResolver, titleId: string, original: string, series: boolean): void {
  const name = series ? splitSeasonTitle(original).show : original;
  const title = titles.current(titleId);
  if (!name || name === title.name || title.originalNames.some((o) => o.name === name)) return;
  titles.update(titleId, (t) => ({
    ...t,
    originalNames: [...t.originalNames, { lang: scriptLanguage(name) ?? 'und', name }],
  }));
}

const FIELDS = [
  'titleId',
  'label',
  'season',
  'kind',
  'hoursViewed',
  'views',
  'runtimeMinutes',
  'releaseDate',
  'globallyAvailable',
  'originalLanguage',
] as const;
const sameEntry = (a: EngagementEntry, b: EngagementEntry) => FIELDS.every((field) => a[field] === b[field]);
