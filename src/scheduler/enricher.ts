import type { Logger } from '../logger.js';
import type { Store } from '../services/deps.js';
import { enrichTitles, type EnrichSummary } from '../services/enrichment.js';
import type { TmdbSource } from '../services/tmdb-source.js';
import { createTicker } from './ticker.js';

export interface EnricherOptions {
  store: Store;
  logger: Logger;
  clock: () => Date;
  /** TMDB, when a key is configured; without it the enricher does nothing. */
  source?: TmdbSource;
  maxAgeDays?: number;
  /**
   * How often due titles (stale data, episodes coming, an editor's choice) are looked for besides the kicks
   * (default every 10 minutes; a look that finds nothing due makes no request).
   */
  tickMs?: number;
  batchSize?: number;
}

/**
 * Enriches titles from TMDB in the background of the running bot: once at start, after every import or refresh
 * (`kick`), and every `tickMs` for data that aged, series with episodes coming and records editors chose. Runs never overlap and never
 * hold up an interaction; a kick during a run makes one more run afterwards. A refused key (401) turns it off
 * until the next start, having said so once in the log.
 */
export function createEnricher(options: EnricherOptions) {
  const { store, logger, clock, source } = options;
  const controller = new AbortController();
  let off = !source;
  let active = false;
  let again = false;
  let last: EnrichSummary | undefined;

  async function work(): Promise<void> {
    if (off || !source) return;
    active = true;
    try {
      do {
        again = false;
        const summary = await enrichTitles(store, {
          source,
          clock,
          logger,
          maxAgeDays: options.maxAgeDays,
          batchSize: options.batchSize ?? 100,
          signal: controller.signal,
        });
        last = summary;
        if (summary.considered > 0 || summary.stopped) {
          const { considered, enriched, ambiguous, notFound, skipped, stopped } = summary;
          logger.info(
            { source: 'tmdb', considered, enriched, ambiguous, notFound, skipped, stopped },
            'TMDB enrichment run finished',
          );
        }
        if (summary.stopped === 'unauthorized') off = true;
      } while (again && !off && !controller.signal.aborted);
    } finally {
      active = false;
    }
  }

  const ticker = createTicker(work, { tickMs: options.tickMs ?? 10 * 60_000, logger, name: 'enrichment' });
  return {
    get enabled() {
      return !off;
    },
    /** The last run's summary, if any. */
    get lastRun() {
      return last;
    },
    /** Asks for a run soon (after an import or refresh); returns at once. */
    kick(): void {
      if (off) return;
      if (active) again = true;
      else void ticker.tick();
    },
    /** Runs now, or joins the running run, and resolves when it ends. */
    tick: ticker.tick,
    start(): void {
      if (!off) ticker.start();
    },
    /** Stops between two titles, publishing what was fetched. */
    async stop(): Promise<void> {
      controller.abort();
      await ticker.stop();
    },
  };
}

export type Enricher = ReturnType<typeof createEnricher>;
