import type { Logger } from '../logger.js';
import {
  fetchKobisRange,
  importKobisDays,
  importSource,
  type SourceImportSummary,
} from '../importers/import-source.js';
import { refreshKobisFilms } from '../importers/refresh-kobis-films.js';
import { expectedDataDate, refreshIsDue, type RefreshSource } from '../domain/refresh-due.js';
import { changeCatalogExclusively } from '../services/catalog-lock.js';
import { currentCatalog } from '../services/catalog.js';
import type { Store } from '../services/deps.js';
import { recordRefresh, refreshStatuses, sourceDataDate } from '../services/refresh-status.js';
import { createTicker } from './ticker.js';

export interface RefresherOptions {
  store: Store;
  logger: Logger;
  clock: () => Date;
  /** Netflix Top 10 files to keep fresh (the official URLs by default; none when NETFLIX_TOP10_URL=off). */
  netflixTop10Urls?: readonly string[];
  /** Engagement reports to import when they change. */
  netflixEngagementUrls?: readonly string[];
  kobisApiKey?: string;
  tickMs?: number;
  fetchImpl?: typeof fetch;
  /** Called after a refresh that changed the catalog (the enricher's kick). */
  onRefreshed?: () => void;
}

/** The longest one file's download may take: the country file is about 30 MB. */
const DOWNLOAD_TIMEOUT_MS = 15 * 60_000;

/** How many missed KOBIS days one refresh fetches at most (a week of downtime). */
const KOBIS_CATCH_UP_DAYS = 7;

type Summary = Pick<SourceImportSummary, 'added' | 'updated' | 'rejected' | 'dataDate'>;

/**
 * Keeps imported sources fresh by themselves: when a source is configured and its data is older than what the
 * provider has published by now (or its period has passed), it is imported through the same importer as
 * `npm run import`. A failure keeps the old data, is logged in one line with its reason, recorded in the state
 * (so /about shows it) and retried with backoff. Several files of one source are tried one after another:
 * those that arrive are kept even when another fails.
 */
export function createSourceRefresher(options: RefresherOptions) {
  const { store, logger, clock, tickMs = 10 * 60_000 } = options;
  const sources: { id: RefreshSource; run: () => Promise<Summary> }[] = [];
  const eachUrl = (source: 'netflix-top10' | 'netflix-engagement', urls: readonly string[]) => async () => {
    const total: Summary = { added: 0, updated: 0, rejected: 0 };
    const failures: string[] = [];
    for (const url of urls) {
      try {
        // A download that hangs (no network answer at all) must not hold the refresher forever.
        const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
        const summary = await importSource(store, source, url, { fetchImpl: options.fetchImpl, now: clock(), signal });
        total.added += summary.added;
        total.updated += summary.updated;
        total.rejected += summary.rejected;
        if (summary.dataDate && (!total.dataDate || summary.dataDate > total.dataDate))
          total.dataDate = summary.dataDate;
      } catch (error) {
        failures.push(`${fileName(url)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (failures.length > 0) throw new Error(failures.join('; '));
    return total;
  };
  if (options.netflixTop10Urls?.length)
    sources.push({ id: 'netflix-top10', run: eachUrl('netflix-top10', options.netflixTop10Urls) });
  if (options.netflixEngagementUrls?.length)
    sources.push({ id: 'netflix-engagement', run: eachUrl('netflix-engagement', options.netflixEngagementUrls) });
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
    sources.push({
      id: 'kobis-movies',
      run: () => refreshKobisFilms(store, key, { now: clock(), fetchImpl: options.fetchImpl }),
    });
  }

  /**
   * One process refreshes at a time; the others wait, then find (from the shared data) that nothing is due.
   * Within this process, enrichment publishing waits for a refresh to finish, and the other way round.
   */
  const tick = () => changeCatalogExclusively(store, refreshDueSources);

  async function refreshDueSources(): Promise<void> {
    for (const source of sources) {
      const now = clock();
      const status = (await refreshStatuses(store))[source.id];
      if (!refreshIsDue(source.id, sourceDataDate(store, source.id), status, now)) continue;
      const before = currentCatalog(store);
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
        // Recorded before it is logged, so whoever reads the log line finds /about already saying so.
        await recordRefresh(store, source.id, now, reason);
        logger.warn({ source: source.id, reason }, 'source refresh failed; keeping the previous data');
      }
      // Whatever arrived (a failed refresh of several files may have kept some) may have new titles to enrich.
      if (currentCatalog(store) !== before) options.onRefreshed?.();
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

const fileName = (url: string) => url.split('?')[0]!.split('/').at(-1) || url;

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
