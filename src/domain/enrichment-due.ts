import type { CatalogIndex } from './catalog-index.js';
import type { TitleEnrichment } from './enrichment.js';
import { formatTmdbRef } from './tmdb-ref.js';
import type { Title } from './types.js';

const DAY_MS = 86_400_000;

/** How old enrichment may get: `maxAgeDays` for any title, `upcomingAgeDays` for one with episodes still to come. */
export interface EnrichmentPolicy {
  maxAgeDays: number;
  upcomingAgeDays?: number;
}

export const DEFAULT_MAX_AGE_DAYS = 30;
const DEFAULT_UPCOMING_AGE_DAYS = 7;

/** Why a title is enriched now: never tried, its data is old, episodes are coming, or the last try found nothing. */
export type EnrichmentReason = 'new' | 'upcoming' | 'stale' | 'retry';

/**
 * Whether a title should be (re-)enriched at `now`, and why. A title never tried, or whose editor-chosen TMDB
 * record is not the one it is enriched from, is due at once; enriched data
 * older than `maxAgeDays` is due again; so is data about a series still airing (a next episode, a season without
 * a date or in the future, a returning status) once it is a week old or its next episode has aired. A title TMDB
 * did not have, or could not decide, is tried again after `maxAgeDays`.
 */
export function enrichmentReason(title: Title, now: Date, policy: EnrichmentPolicy): EnrichmentReason | undefined {
  const link = title.tmdb;
  if (!link || !followsChoice(title)) return 'new';
  const age = now.getTime() - Date.parse(link.checkedAt);
  if (link.status !== 'enriched') return age >= policy.maxAgeDays * DAY_MS ? 'retry' : undefined;
  if (hasEpisodesComing(link.data, now)) {
    const aired = link.data.nextEpisode && link.data.nextEpisode.airDate < now.toISOString().slice(0, 10);
    if (aired || age >= (policy.upcomingAgeDays ?? DEFAULT_UPCOMING_AGE_DAYS) * DAY_MS) return 'upcoming';
  }
  return age >= policy.maxAgeDays * DAY_MS ? 'stale' : undefined;
}

/** True unless an editor chose a TMDB record the title is not enriched from yet. */
export function followsChoice(title: Pick<Title, 'tmdb' | 'tmdbChoice'>): boolean {
  if (!title.tmdbChoice) return true;
  return title.tmdb?.status === 'enriched' && formatTmdbRef(title.tmdb.data.tmdb) === title.tmdbChoice;
}

/**
 * A series with a next episode, a status that says more is coming, or (status unknown) a latest season that is
 * undated or still ahead. An ended or canceled series without a next episode has nothing coming, whatever old
 * season TMDB left undated.
 */
export function hasEpisodesComing(data: TitleEnrichment, now: Date): boolean {
  if (data.tmdb.kind !== 'tv') return false;
  if (data.nextEpisode) return true;
  if (data.status === 'ended' || data.status === 'canceled') return false;
  if (data.status === 'returning' || data.status === 'in-production' || data.status === 'planned') return true;
  const latest = data.seasons.at(-1);
  return latest !== undefined && (!latest.airDate || latest.airDate >= now.toISOString().slice(0, 10));
}

const REASON_ORDER: Record<EnrichmentReason, number> = { new: 0, upcoming: 1, stale: 2, retry: 3 };

/**
 * The titles to enrich, in order: never-tried titles first, the most recently charted first (what people are
 * asking about now), then series with episodes coming, then stale data oldest first, then retries. With `all`,
 * every title is listed (those not due after the due ones).
 */
export function titlesToEnrich(
  index: CatalogIndex,
  now: Date,
  policy: EnrichmentPolicy,
  options: { all?: boolean } = {},
): { title: Title; reason: EnrichmentReason | 'requested' }[] {
  const due: { title: Title; reason: EnrichmentReason | 'requested'; order: number; latest: string }[] = [];
  for (const title of index.titles.values()) {
    const reason = enrichmentReason(title, now, policy);
    if (!reason && !options.all) continue;
    const order = reason ? REASON_ORDER[reason] : 4;
    // Only new titles are ordered by their charts; the others need no look at their entries.
    const latest = order === 0 ? latestChartPeriod(index, title.id) : '';
    due.push({ title, reason: reason ?? 'requested', order, latest });
  }
  const checked = (title: Title) => title.tmdb?.checkedAt ?? '';
  due.sort(
    (a, b) =>
      a.order - b.order ||
      (a.order === 0 ? b.latest.localeCompare(a.latest) : checked(a.title).localeCompare(checked(b.title))) ||
      a.title.id.localeCompare(b.title.id),
  );
  return due.map(({ title, reason }) => ({ title, reason }));
}

function latestChartPeriod(index: CatalogIndex, titleId: string): string {
  let latest = '';
  for (const entry of index.entriesByTitle.get(titleId) ?? []) if (entry.period > latest) latest = entry.period;
  return latest;
}
