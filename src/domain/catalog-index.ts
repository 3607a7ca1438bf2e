import { createNameIndex, type NameIndex } from './name-index.js';
import type { Catalog, Chart, ChartEntry, Company, Deal, Title } from './types.js';

export interface ChartHistory {
  chart: Chart;
  /** Periods oldest → newest. */
  periods: string[];
  /** period → entries ordered by rank. */
  byPeriod: Map<string, ChartEntry[]>;
}

/** Everything the handlers look up, built once per catalog so no answer scans the catalog. */
export interface CatalogIndex {
  catalog: Catalog;
  titles: Map<string, Title>;
  companies: Map<string, Company>;
  titleNames: NameIndex<Title & { names: string[]; weight: number }>;
  companyNames: NameIndex<Company & { names: string[] }>;
  /** companyId → deals it is party to, newest first. */
  dealsByCompany: Map<string, Deal[]>;
  /** titleId → deals involving it, newest first. */
  dealsByTitle: Map<string, Deal[]>;
  charts: Map<string, ChartHistory>;
  /** titleId → its chart entries, in catalog order. */
  entriesByTitle: Map<string, ChartEntry[]>;
}

/** Builds the look-up structures for a catalog. Cost is linear in the catalog; call once per catalog version. */
export function createCatalogIndex(catalog: Catalog): CatalogIndex {
  const entriesByTitle = groupBy(catalog.chartEntries, (entry) => entry.titleId);
  const newestFirst = (a: Deal, b: Deal) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
  const dealsByCompany = new Map<string, Deal[]>();
  const dealsByTitle = new Map<string, Deal[]>();
  for (const deal of [...catalog.deals].sort(newestFirst)) {
    for (const id of new Set(deal.partyIds)) push(dealsByCompany, id, deal);
    for (const id of new Set(deal.titleIds)) push(dealsByTitle, id, deal);
  }
  return {
    catalog,
    titles: new Map(catalog.titles.map((title) => [title.id, title])),
    companies: new Map(catalog.companies.map((company) => [company.id, company])),
    titleNames: createNameIndex(
      catalog.titles.map((title) => ({
        ...title,
        names: [title.name, ...title.aliases, ...title.originalNames.map((original) => original.name)],
        weight: entriesByTitle.get(title.id)?.length ?? 0,
      })),
    ),
    companyNames: createNameIndex(
      catalog.companies.map((company) => ({ ...company, names: [company.name, ...company.aliases] })),
    ),
    dealsByCompany,
    dealsByTitle,
    charts: indexCharts(catalog),
    entriesByTitle,
  };
}

function indexCharts(catalog: Catalog): Map<string, ChartHistory> {
  const charts = new Map<string, ChartHistory>();
  for (const chart of catalog.charts) charts.set(chart.id, { chart, periods: [], byPeriod: new Map() });
  for (const entry of catalog.chartEntries) {
    const history = charts.get(entry.chartId);
    if (history) push(history.byPeriod, entry.period, entry);
  }
  for (const history of charts.values()) {
    history.periods = [...history.byPeriod.keys()].sort();
    for (const rows of history.byPeriod.values()) rows.sort((a, b) => a.rank - b.rank);
  }
  return charts;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) push(groups, keyOf(item), item);
  return groups;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
