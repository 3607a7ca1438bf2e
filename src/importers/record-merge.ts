import type { CompanyResolver } from '../domain/resolve-company.js';
import type { TitleResolver } from '../domain/resolve-title.js';
import type { Catalog, EngagementEntry } from '../domain/types.js';
import { markImported, type ApplyOptions, type ApplyResult, type ImportSummary } from './catalog-merge.js';

/** The working parts of a merge of title records (film records, engagement reports) rather than chart rows. */
export interface RecordMergeState {
  summary: ImportSummary;
  titles: TitleResolver;
  companies?: CompanyResolver;
  /** The next engagement lines, or undefined when this import left them alone. */
  engagement?: EngagementEntry[];
  latest?: string;
}

/**
 * Assembles the next catalog from a record merge. When no title, company or engagement line changed, the
 * catalog comes back as the very same object and its source status is left alone, so a repeated import
 * writes nothing.
 */
export function finishRecordMerge(
  catalog: Catalog,
  state: RecordMergeState,
  source: { id: string; name: string },
  options: ApplyOptions,
): ApplyResult {
  const { summary, titles, companies, engagement, latest } = state;
  summary.titlesAdded = titles.createdCount;
  summary.titlesUpdated = titles.updatedCount;
  if (latest) summary.dataDate = latest;
  const result = { ...summary, fileName: options.fileName };
  const companiesChanged = !!companies && companies.createdCount + companies.updatedCount > 0;
  if (titles.createdCount + titles.updatedCount === 0 && !companiesChanged && engagement === undefined) {
    return { catalog, summary: result };
  }
  const next: Catalog = {
    ...catalog,
    titles: titles.titles(),
    companies: companies ? companies.companies() : catalog.companies,
    sources: markImported(catalog.sources, source, latest, options.now),
  };
  if (engagement !== undefined) next.engagement = engagement;
  return { catalog: next, summary: result };
}
