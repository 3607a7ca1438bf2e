import type { SourceContribution } from '../domain/index-records.js';
import type { SourceStatus } from '../domain/types.js';
import type { Store } from '../store/store.js';
import { enrichmentCounts } from './tmdb-records.js';
import { refreshStatuses } from './refresh-status.js';

export interface AboutInfo {
  version: string;
  uptimeMs: number;
  counts: {
    titles: number;
    companies: number;
    deals: number;
    charts: number;
    chartEntries: number;
    statistics: number;
  };
  sources: (SourceStatus & { ageMs?: number; contributed?: SourceContribution })[];
  /** TMDB enrichment: whether a key is configured, and how far the catalog has got. */
  enrichment: { enabled: boolean; titles: number; enriched: number; ambiguous: number; notFound: number };
}

/** What the bot knows and how fresh it is. */
export async function describeBot(
  store: Store,
  now: Date,
  startedAt: Date,
  version: string,
  options: { tmdbEnabled?: boolean } = {},
): Promise<AboutInfo> {
  const index = store.catalog.current();
  const { catalog } = index;
  const refresh = await refreshStatuses(store);
  return {
    version,
    uptimeMs: now.getTime() - startedAt.getTime(),
    counts: {
      titles: catalog.titles.length,
      companies: catalog.companies.length,
      deals: catalog.deals.length,
      charts: catalog.charts.length,
      chartEntries: catalog.chartEntries.length,
      statistics: catalog.statistics.length,
    },
    enrichment: { enabled: options.tmdbEnabled ?? false, ...enrichmentCounts(store) },
    sources: catalog.sources.map((source) => {
      const failed = refresh[source.id];
      return {
        ...source,
        ageMs: source.importedAt ? now.getTime() - Date.parse(source.importedAt) : undefined,
        contributed: index.contributions.get(source.id),
        // The last automatic refresh failed: say so, while the previous data keeps being served.
        lastError: failed?.lastError ? { at: failed.lastAttemptAt, message: failed.lastError } : source.lastError,
      };
    }),
  };
}
