import type { Logger } from '../logger.js';
import {
  fetchKobisRange,
  importKobisDays,
  importSource,
  type SourceImportSummary,
} from '../importers/import-source.js';
import { expectedDataDate, refreshIsDue, type RefreshSource } from '../domain/refresh-due.js';
import type { Store } from '../services/deps.js';
import { runExclusively } from '../services/exclusive.js';
import { recordRefresh, refreshStatuses, sourceDataDate } from '../services/refresh-status.js';
import { createTicker } from './ticker.js';

export interface RefresherOptions {
  store: Store;
  logger: Logger;
  clock: () => Date;
  netflixTop10Url?: string;
  kobisApiKey?: string;
  tickMs?: number;
  fetchImpl?: typeof fetch;
}

/** How many missed KOBIS days one refresh fetches at most (a week of downtime). */
const KOBIS_CATCH_UP_DAYS = 7;

/**
 * Keeps imported sources fresh by themselves: when a source is configured and its data is older than what the
 * provider has published by now, it is imported through the same importer as `npm run import`. A failure keeps
 * the old data, is logged with its reason and recorded in the state, and is retried with backoff.
 */
export function createSourceRefresher(options: RefresherOptions) {
  const { store, logger, clock, tickMs = 10 * 60_000 } = options;
  const sources: { id: RefreshSource; run: () => Promise<SourceImportSummary> }[] = [];
  if (options.netflixTop10Url) {
    const url = options.netflixTop10Url;
    sources.push({
      id: 'netflix-top10',
      run: () => importSource(store, 'netflix-top10', url, { fetchImpl: options.fetchImpl, now: clock() }),
    });
  }
  if (options.kobisApiKey) {
    const key = options.kobisApiKey;
    sources.push({
      id: 'kobis-daily',
      run: async () => {
        const to = expectedDataDate('kobis-daily', clock());
        const have = sourceDataDate(store, 'kobis-daily');
        const earliest = shiftDay(to, -(KOBIS_CATCH_UP_DAYS - 1));
        const from = have && have >= earliest ? shiftDay(have, 1) : earliest;
        const days = from <= to ? await fetchKobisRange(key, from, to, options.fetchImpl) : [];
        return importKobisDays(store, days, { now: clock(), label: 'KOBIS API' });
      },
    });
  }

  /**
   * One process refreshes at a time; the others wait, then find (from the shared data) that nothing is due.
   * On lowdb there is one process and the work runs at once.
   */
  const tick = () => runExclusively(store, 'import', refreshDueSources);

  async function refreshDueSources(): Promise<void> {
    for (const source of sources) {
      const now = clock();
      const status = (await refreshStatuses(store))[source.id];
      if (!refreshIsDue(source.id, sourceDataDate(store, source.id), status, now)) continue;
      try {
        const summary = await source.run();
        logger.info(
          {
            source: source.id,
            added: summary.added,
            updated: summary.updated,
            rejected: summary.rejected,
            dataDate: summary.dataDate,
          },
          'source refreshed',
        );
        await recordRefresh(store, source.id, now, undefined);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        logger.warn({ source: source.id, reason }, 'source refresh failed; keeping the previous data');
        await recordRefresh(store, source.id, now, reason);
      }
    }
  }

  const ticker = createTicker(tick, { tickMs, logger, name: 'refresh' });
  return {
    enabled: sources.map((s) => s.id),
    tick: ticker.tick,
    start() {
      if (sources.length > 0) ticker.start();
    },
    stop: ticker.stop,
  };
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
