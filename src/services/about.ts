import type { CatalogIndex } from '../domain/catalog-index.js';
import type { SourceStatus } from '../domain/types.js';

export interface AboutInfo {
  version: string;
  uptimeMs: number;
  counts: { titles: number; companies: number; deals: number; charts: number; chartEntries: number; statistics: number };
  sources: (SourceStatus & { ageMs?: number })[];
}

/** What the bot knows and how fresh it is. */
export function describeBot(index: CatalogIndex, now: Date, startedAt: Date, version: string): AboutInfo {
  const { catalog } = index;
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
    sources: catalog.sources.map((source) => ({
      ...source,
      ageMs: source.importedAt ? now.getTime() - Date.parse(source.importedAt) : undefined,
    })),
  };
}
