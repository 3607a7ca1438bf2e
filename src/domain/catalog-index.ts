import { companyNameKeys } from './company-names.js';
import type { CurationLog } from './curation.js';
import { chartPartsSteps, countChartEntries, type ChartParts } from './chart-index.js';
import { recordIndexSteps, type RecordIndex } from './index-records.js';
import { createNameIndex, nameIndexSteps, type NameIndex } from './name-index.js';
import { addToGroup } from './groups.js';
import { eachInSlices, runSteps, type Steps } from './steps.js';
import { enrichedNames } from './title.js';
import type { Catalog, Company, Deal, Title } from './types.js';

export type { ChartHistory } from './chart-index.js';

/** Titles put in the id map between two steps. */
const TITLES_PER_STEP = 10_000;

/** Everything the handlers look up, built once per catalog so no answer scans the catalog. */
export interface CatalogIndex extends RecordIndex, ChartParts {
  catalog: Catalog;
  titles: Map<string, Title>;
  companies: Map<string, Company>;
  titleNames: NameIndex<Title>;
  companyNames: NameIndex<Company>;
  /** companyId → deals it is party to, newest first. */
  dealsByCompany: Map<string, Deal[]>;
  /** titleId → deals involving it, newest first. */
  dealsByTitle: Map<string, Deal[]>;
  /** The curated history this catalog includes, and the deals it retired; absent when built without one. */
  curation?: { log: CurationLog; retired: ReadonlyMap<string, Deal> };
}

/**
 * Builds the look-up structures for a catalog. Cost is linear in the catalog; call once per catalog version.
 * With `previous`, the parts built from arrays the two catalogs share (the same chart entries, the same titles)
 * are reused: a curated change to a deal or a company rebuilds only what depends on deals and companies.
 */
export function createCatalogIndex(catalog: Catalog, previous?: CatalogIndex): CatalogIndex {
  return runSteps(catalogIndexSteps(catalog, previous));
}

/**
 * createCatalogIndex in steps of bounded work (see Steps), so a running bot can answer between them while it
 * indexes a new catalog.
 */
export function* catalogIndexSteps(catalog: Catalog, previous?: CatalogIndex): Steps<CatalogIndex> {
  const before = previous?.catalog;
  const sameCharts = before?.charts === catalog.charts && before?.chartEntries === catalog.chartEntries;
  const chartParts = sameCharts && previous ? previous : yield* chartPartsSteps(catalog);
  const { entriesByTitle } = chartParts;
  const sameTitles = sameCharts && before?.titles === catalog.titles;
  const records = yield* recordIndexSteps(catalog, countChartEntries(catalog, chartParts));
  yield;
  let titles = previous?.titles;
  if (!sameTitles) {
    const byId = (titles = new Map<string, Title>());
    yield* eachInSlices(catalog.titles, TITLES_PER_STEP, (title) => byId.set(title.id, title));
  }
  yield;
  const titleNames = sameTitles
    ? previous!.titleNames
    : yield* nameIndexSteps(catalog.titles, {
        namesOf: (title) => [
          title.name,
          ...title.aliases,
          ...title.originalNames.map((original) => original.name),
          ...enrichedNames(title),
        ],
        weightOf: (title) => entriesByTitle.get(title.id)?.length ?? 0,
      });
  yield;
  // Legal names are matched without their legal form too: "(주)씨제이이엔엠" finds CJ ENM by "씨제이이엔엠".
  const companyNames = createNameIndex(catalog.companies, {
    namesOf: (company) => {
      const names = [
        company.name,
        ...company.aliases,
        ...(company.originalNames ?? []).map((original) => original.name),
      ];
      return [...names, ...names.slice(1).flatMap(companyNameKeys)];
    },
  });
  yield;
  return {
    ...records,
    ...indexDeals(catalog.deals),
    catalog,
    titles: titles!,
    companies: new Map(catalog.companies.map((company) => [company.id, company])),
    titleNames,
    companyNames,
    charts: chartParts.charts,
    entriesByTitle,
    chartsByTitle: chartParts.chartsByTitle,
    chartNames: chartParts.chartNames,
    chartAliases: chartParts.chartAliases,
  };
}

function indexDeals(deals: readonly Deal[]): Pick<CatalogIndex, 'dealsByCompany' | 'dealsByTitle'> {
  const newestFirst = (a: Deal, b: Deal) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
  const dealsByCompany = new Map<string, Deal[]>();
  const dealsByTitle = new Map<string, Deal[]>();
  for (const deal of [...deals].sort(newestFirst)) {
    for (const id of new Set(deal.partyIds)) addToGroup(dealsByCompany, id, deal);
    for (const id of new Set(deal.titleIds)) addToGroup(dealsByTitle, id, deal);
  }
  return { dealsByCompany, dealsByTitle };
}

/** Builds the parts of an index that are otherwise built on first use, so no interaction waits for them. */
export function warmCatalogIndex(index: CatalogIndex): CatalogIndex {
  index.titleNames.warm();
  index.companyNames.warm();
  return index;
}
