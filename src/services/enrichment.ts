import { applyTmdbLinks, type TmdbLinkUpdate } from '../domain/apply-enrichment.js';
import type { TmdbLink } from '../domain/enrichment.js';
import { DEFAULT_MAX_AGE_DAYS, followsChoice, titlesToEnrich } from '../domain/enrichment-due.js';
import { parseTmdbRef } from '../domain/tmdb-ref.js';
import { matchTmdbCandidate, searchQueries, summarizeCandidate, tmdbKindOf } from '../domain/tmdb-match.js';
import type { Title } from '../domain/types.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import { currentCatalog, publishCatalog } from './catalog.js';
import { changeCatalogExclusively } from './catalog-lock.js';
import {
  TmdbAuthError,
  TmdbNotFoundError,
  TmdbResponseError,
  TmdbUnavailableError,
  type TmdbSource,
} from './tmdb-source.js';

/** Which titles a run covers: those due (the bot's runs), every title, or the ones named. */
export type EnrichScope = { kind: 'due' } | { kind: 'all' } | { kind: 'titles'; titleIds: string[] };

export interface EnrichOptions {
  source: TmdbSource;
  clock: () => Date;
  logger: Logger;
  scope?: EnrichScope;
  maxAgeDays?: number;
  /** Results are published every this many titles, so a run stopped half way keeps what it fetched (default 20). */
  batchSize?: number;
  /** Stops the run between two titles; what was fetched is published. */
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export type EnrichStop = 'unauthorized' | 'rate-limited' | 'unavailable' | 'aborted';

/** What a run did. Every title considered is counted once: enriched + ambiguous + notFound + skipped. */
export interface EnrichSummary {
  considered: number;
  enriched: number;
  ambiguous: number;
  notFound: number;
  skipped: number;
  /** Why titles were skipped (a bad answer, TMDB unavailable), with how many each. */
  skipReasons: Record<string, number>;
  /** Set when the run ended early; the titles not reached are not counted. */
  stopped?: EnrichStop;
  /** Whether the catalog was written. */
  written: boolean;
}

/** Consecutive titles TMDB could not answer (5xx after retries) before a run gives up. */
const MAX_UNAVAILABLE_IN_A_ROW = 3;

/**
 * Enriches titles from TMDB: for each title, its kept TMDB id or a search by the kind withk knows, a match
 * (matchTmdbCandidate) and one details request; the title's `tmdb` link is then replaced whole. Results are
 * published in batches under the catalog lock, onto the catalog current at that moment. A title whose answer is
 * unusable is skipped with the reason counted; a 401 or a lasting 429 stops the run, keeping what was fetched.
 */
export async function enrichTitles(store: Store, options: EnrichOptions): Promise<EnrichSummary> {
  const { source, clock, logger, batchSize = 20 } = options;
  const targets = selectTitles(store, options);
  const summary: EnrichSummary = {
    considered: 0,
    enriched: 0,
    ambiguous: 0,
    notFound: 0,
    skipped: 0,
    skipReasons: {},
    written: false,
  };
  let pending: TmdbLinkUpdate[] = [];
  let unavailableInARow = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const updates = pending;
    pending = [];
    const wrote = await changeCatalogExclusively(store, () =>
      publishCatalog(store, applyTmdbLinks(currentCatalog(store), updates)),
    );
    summary.written ||= wrote;
  };

  for (const [done, title] of targets.entries()) {
    if (options.signal?.aborted) {
      summary.stopped = 'aborted';
      break;
    }
    summary.considered += 1;
    try {
      const link = await enrichOne(title, source, clock());
      summary[link.status === 'enriched' ? 'enriched' : link.status === 'ambiguous' ? 'ambiguous' : 'notFound'] += 1;
      pending.push({ titleId: title.id, link });
      unavailableInARow = 0;
    } catch (error) {
      const stop = stopFor(error, ++unavailableInARow);
      if (!(error instanceof TmdbUnavailableError)) unavailableInARow = 0;
      if (stop) {
        summary.considered -= 1;
        summary.stopped = stop;
        logStop(logger, stop, error);
        break;
      }
      const reason = skipReason(error);
      summary.skipped += 1;
      summary.skipReasons[reason] = (summary.skipReasons[reason] ?? 0) + 1;
      logger.warn({ source: 'tmdb', titleId: title.id, reason }, 'TMDB enrichment skipped a title');
    }
    options.onProgress?.(done + 1, targets.length);
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}

function selectTitles(store: Store, options: EnrichOptions): Title[] {
  const index = store.catalog.current();
  const scope = options.scope ?? { kind: 'due' };
  if (scope.kind === 'titles') return scope.titleIds.map((id) => index.titles.get(id)).filter((t): t is Title => !!t);
  const policy = { maxAgeDays: options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS };
  return titlesToEnrich(index, options.clock(), policy, { all: scope.kind === 'all' }).map((entry) => entry.title);
}

/** The new link of one title: the record an editor chose, its kept record refreshed, or the outcome of a search. */
async function enrichOne(title: Title, source: TmdbSource, now: Date): Promise<TmdbLink> {
  const chosen = title.tmdbChoice ? parseTmdbRef(title.tmdbChoice) : undefined;
  if (chosen && !followsChoice(title)) {
    return { status: 'enriched', checkedAt: now.toISOString(), data: await source.details(chosen, now), pinned: true };
  }
  const kept = title.tmdb?.status === 'enriched' ? title.tmdb : undefined;
  if (kept) {
    try {
      return { ...kept, checkedAt: now.toISOString(), data: await source.details(kept.data.tmdb, now) };
    } catch (error) {
      // TMDB removed or merged the record: search again, unless a person chose it.
      if (!(error instanceof TmdbNotFoundError) || kept.pinned) throw error;
    }
  }
  return searchAndMatch(title, source, now);
}

async function searchAndMatch(title: Title, source: TmdbSource, now: Date): Promise<TmdbLink> {
  const kind = tmdbKindOf(title);
  const candidates = [];
  let outcome = matchTmdbCandidate(title, []);
  for (const query of searchQueries(title)) {
    candidates.push(...(await source.search(kind, query)));
    outcome = matchTmdbCandidate(title, candidates);
    if (outcome.status === 'matched') break;
  }
  const checkedAt = now.toISOString();
  if (outcome.status === 'ambiguous') {
    return {
      status: 'ambiguous',
      checkedAt,
      candidates: outcome.tied.map((entry) => summarizeCandidate(entry.candidate)),
    };
  }
  if (outcome.status === 'not-found') return { status: 'not-found', checkedAt };
  return { status: 'enriched', checkedAt, data: await source.details(outcome.best.candidate, now) };
}

function stopFor(error: unknown, unavailableInARow: number): EnrichStop | undefined {
  if (error instanceof TmdbAuthError) return 'unauthorized';
  if (error instanceof TmdbUnavailableError) {
    if (error.rateLimited) return 'rate-limited';
    if (unavailableInARow >= MAX_UNAVAILABLE_IN_A_ROW) return 'unavailable';
  }
  return undefined;
}

function skipReason(error: unknown): string {
  if (error instanceof TmdbResponseError) return `unusable answer: ${error.reason}`;
  if (error instanceof TmdbUnavailableError) return 'TMDB unavailable';
  if (error instanceof TmdbNotFoundError) return 'chosen TMDB record no longer exists';
  return `error: ${error instanceof Error ? error.message : String(error)}`;
}

function logStop(logger: Logger, stop: EnrichStop, error: unknown): void {
  if (stop === 'unauthorized') {
    logger.error(
      { source: 'tmdb' },
      'TMDB refused the API key (401): enrichment stopped. Check TMDB_API_KEY or TMDB_READ_TOKEN in .env.',
    );
  } else {
    logger.warn(
      { source: 'tmdb', stop, reason: (error as Error).message },
      'TMDB enrichment stopped early; kept what was fetched',
    );
  }
}
