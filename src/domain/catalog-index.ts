import { companyNameKeys } from './company-names.js';
import type { CurationLog } from './curation.js';
import { indexRecords, type RecordIndex } from './index-records.js';
import { createNameIndex, type NameIndex } from './name-index.js';
import { chartSearchWords } from './chart-words.js';
import { normalizeName } from './normalize.js';
import { enrichedNames } from './title.js';
import type { Catalog, Chart, ChartEntry, Company, Deal, Title } from './types.js';

export interface ChartHistory {
  chart: Chart;
  /** Periods oldest → newest. */
  periods: string[];
  /** period → its position in `periods`, so no answer searches the list. */
  periodIndex: Map<string, number>;
  /** period → entries ordered by rank. */
  byPeriod: Map<string, ChartEntry[]>;
  /** titleId → its entries on this chart, oldest first, one per period (its best rank). */
  runs: Map<string, ChartEntry[]>;
  /**
   * Positions reported elsewhere for this same chart ("#1 on Netflix Japan's TV chart", from a curated "as
   * reported" chart), each keeping its own chart id, date and note; oldest first. Empty for most charts.
   */
  reported: ChartEntry[];
  /** The newest date the chart has data for, its periods and reported positions alike. */
  latest?: string;
}

/** Everything the handlers look up, built once per catalog so no answer scans the catalog. */
export interface CatalogIndex extends RecordIndex {
  catalog: Catalog;
  titles: Map<string, Title>;
  companies: Map<string, Company>;
  titleNames: NameIndex<Title>;
  companyNames: NameIndex<Company>;
  /** companyId → deals it is party to, newest first. */
  dealsByCompany: Map<string, Deal[]>;
  /** titleId → deals involving it, newest first. */
  dealsByTitle: Map<string, Deal[]>;
  charts: Map<string, ChartHistory>;
  /** titleId → its chart entries, in catalog order. */
  entriesByTitle: Map<string, ChartEntry[]>;
  /** titleId → ids of the charts it has been on. */
  chartsByTitle: Map<string, string[]>;
  /** Each chart with its name folded for matching, and its name plus country for word search. */
  chartNames: { history: ChartHistory; name: string; words: string }[];
  /** A curated chart merged into the imported chart it reports on: its id → that chart's id. */
  chartAliases: Map<string, string>;
  /** The curated history this catalog includes, and the deals it retired; absent when built without one. */
  curation?: { log: CurationLog; retired: ReadonlyMap<string, Deal> };
}

/**
 * Builds the look-up structures for a catalog. Cost is linear in the catalog; call once per catalog version.
 * With `previous`, the parts built from arrays the two catalogs share (the same chart entries, the same titles)
 * are reused: a curated change to a deal or a company rebuilds only what depends on deals and companies.
 */
export function createCatalogIndex(catalog: Catalog, previous?: CatalogIndex): CatalogIndex {
  const before = previous?.catalog;
  const sameCharts = before?.charts === catalog.charts && before?.chartEntries === catalog.chartEntries;
  const chartParts = sameCharts && previous ? previous : indexChartParts(catalog);
  const { entriesByTitle } = chartParts;
  const sameTitles = sameCharts && before?.titles === catalog.titles;
  const newestFirst = (a: Deal, b: Deal) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
  const dealsByCompany = new Map<string, Deal[]>();
  const dealsByTitle = new Map<string, Deal[]>();
  for (const deal of [...catalog.deals].sort(newestFirst)) {
    for (const id of new Set(deal.partyIds)) push(dealsByCompany, id, deal);
    for (const id of new Set(deal.titleIds)) push(dealsByTitle, id, deal);
  }
  return {
    ...indexRecords(catalog, countChartEntries(catalog, chartParts)),
    catalog,
    titles: sameTitles ? previous!.titles : new Map(catalog.titles.map((title) => [title.id, title])),
    companies: new Map(catalog.companies.map((company) => [company.id, company])),
    titleNames: sameTitles
      ? previous!.titleNames
      : createNameIndex(catalog.titles, {
          namesOf: (title) => [
            title.name,
            ...title.aliases,
            ...title.originalNames.map((original) => original.name),
            ...enrichedNames(title),
          ],
          weightOf: (title) => entriesByTitle.get(title.id)?.length ?? 0,
        }),
    // Legal names are matched without their legal form too: "(주)씨제이이엔엠" finds CJ ENM by "씨제이이엔엠".
    companyNames: createNameIndex(catalog.companies, {
      namesOf: (company) => {
        const names = [
          company.name,
          ...company.aliases,
          ...(company.originalNames ?? []).map((original) => original.name),
        ];
        return [...names, ...names.slice(1).flatMap(companyNameKeys)];
      },
    }),
    dealsByCompany,
    dealsByTitle,
    charts: chartParts.charts,
    entriesByTitle,
    chartsByTitle: chartParts.chartsByTitle,
    chartNames: chartParts.chartNames,
    chartAliases: chartParts.chartAliases,
  };
}

type ChartParts = Pick<CatalogIndex, 'charts' | 'entriesByTitle' | 'chartsByTitle' | 'chartNames' | 'chartAliases'>;

function indexChartParts(catalog: Catalog): ChartParts {
  const entriesByTitle = groupBy(catalog.chartEntries, (entry) => entry.titleId);
  const charts = indexCharts(catalog);
  const chartAliases = mergeReportedCharts(charts);
  const chartsByTitle = new Map<string, string[]>();
  for (const history of charts.values()) {
    for (const titleId of history.runs.keys()) push(chartsByTitle, titleId, history.chart.id);
    for (const entry of history.reported) {
      if (!history.runs.has(entry.titleId)) push(chartsByTitle, entry.titleId, history.chart.id);
    }
  }
  return {
    chartAliases,
    charts,
    entriesByTitle,
    chartsByTitle,
    chartNames: [...charts.values()].map((history) => ({
      history,
      name: normalizeName(history.chart.name),
      words: normalizeName(`${history.chart.name} ${history.chart.country ?? ''} ${chartSearchWords(history.chart)}`),
    })),
  };
}

/**
 * One chart per real chart: a curated "as reported" Netflix chart (Netflix Japan · TV series, as the seed
 * article reported it) and the imported Netflix chart of the same country and category are the same chart.
 * The curated positions become reported points of the imported chart, and the curated chart leaves the list.
 */
function mergeReportedCharts(charts: Map<string, ChartHistory>): Map<string, string> {
  const aliases = new Map<string, string>();
  const imported = [...charts.values()].filter(
    (h) => h.chart.provider === 'netflix-top10' && h.chart.country && h.periods.length > 0,
  );
  for (const history of [...charts.values()]) {
    const { chart } = history;
    if (chart.provider !== 'curated' || !chart.country || !/netflix/i.test(`${chart.id} ${chart.name}`)) continue;
    const target = imported.find((h) => h.chart.country === chart.country && h.chart.category === chart.category);
    if (!target) continue;
    const points = [...history.byPeriod.values()].flat();
    target.reported = [...target.reported, ...points].sort(
      (a, b) => a.period.localeCompare(b.period) || a.rank - b.rank,
    );
    target.latest = [target.latest, ...points.map((p) => p.period)]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
    charts.delete(chart.id);
    aliases.set(chart.id, target.chart.id);
  }
  return aliases;
}

/** Entries of chart `chartId` in a history: its own periods', or the points it reported into another chart. */
function countEntries(history: ChartHistory, chartId: string): number {
  if (history.chart.id !== chartId) return history.reported.filter((entry) => entry.chartId === chartId).length;
  let entries = 0;
  for (const rows of history.byPeriod.values()) entries += rows.length;
  return entries;
}

/** Chart entries per source, from the charts already grouped (not a second pass over every entry). */
function countChartEntries(catalog: Catalog, parts: ChartParts): Map<string, number> {
  const counts = new Map<string, number>();
  for (const chart of catalog.charts) {
    const history = parts.charts.get(chart.id) ?? parts.charts.get(parts.chartAliases.get(chart.id) ?? '');
    const entries = history ? countEntries(history, chart.id) : 0;
    const source = chart.provider === 'kobis' ? 'kobis-daily' : chart.provider;
    counts.set(source, (counts.get(source) ?? 0) + entries);
  }
  return counts;
}

/** Builds the parts of an index that are otherwise built on first use, so no interaction waits for them. */
export function warmCatalogIndex(index: CatalogIndex): CatalogIndex {
  index.titleNames.warm();
  index.companyNames.warm();
  return index;
}

function indexCharts(catalog: Catalog): Map<string, ChartHistory> {
  const charts = new Map<string, ChartHistory>();
  for (const chart of catalog.charts)
    charts.set(chart.id, {
      chart,
      periods: [],
      periodIndex: new Map(),
      byPeriod: new Map(),
      runs: new Map(),
      reported: [],
    });
  for (const entry of catalog.chartEntries) {
    const history = charts.get(entry.chartId);
    if (!history) continue;
    push(history.byPeriod, entry.period, entry);
    push(history.runs, entry.titleId, entry);
  }
  for (const history of charts.values()) {
    history.periods = [...history.byPeriod.keys()].sort();
    history.latest = history.periods.at(-1);
    history.periodIndex = new Map(history.periods.map((period, i) => [period, i]));
    for (const rows of history.byPeriod.values()) rows.sort((a, b) => a.rank - b.rank);
    for (const [titleId, run] of history.runs) history.runs.set(titleId, bestPerPeriod(run));
  }
  return charts;
}

/** Oldest first, one entry per period: a title listed twice in a period (two seasons) counts by its best rank. */
function bestPerPeriod(entries: ChartEntry[]): ChartEntry[] {
  entries.sort((a, b) => a.period.localeCompare(b.period) || a.rank - b.rank);
  return entries.filter((entry, i) => i === 0 || entries[i - 1]!.period !== entry.period);
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
