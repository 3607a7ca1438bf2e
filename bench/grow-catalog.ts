import { slugify } from '../src/domain/normalize.js';
import type { Catalog, Chart, ChartEntry, Title } from '../src/domain/types.js';
import { createNameMaker, vocabularyOf } from './names.js';
import { createRandom } from './random.js';

const DAY_MS = 86_400_000;

/**
 * A catalog `factor` times the size of `base` with the same shape: every chart gets `factor` times its periods
 * (copies of its history placed before the real one, so the latest periods stay real), and every copy of the
 * history has its own titles with made-up streaming-style names. So titles, entries and periods per chart all
 * grow by `factor`, while entries per title, ranks per period and the charts themselves stay as they were.
 * Companies, deals and sources are kept as they are.
 */
export function growCatalog(base: Catalog, factor: number, seed = 7): Catalog {
  if (factor <= 1) return base;
  const random = createRandom(seed);
  const vocabulary = vocabularyOf(base.titles.map((title) => title.name));
  const names = createNameMaker(random, vocabulary, Math.round(vocabulary.length * (Math.sqrt(factor) - 1)));
  const ids = new Set(base.titles.map((title) => title.id));
  const uniqueId = (name: string) => {
    const slug = slugify(name);
    let id = slug;
    for (let n = 2; ids.has(id); n++) id = `${slug}-${n}`;
    ids.add(id);
    return id;
  };
  const titles: Title[] = [...base.titles];
  const chartEntries: ChartEntry[] = [...base.chartEntries];
  const shiftOf = chartShifts(base.charts, base.chartEntries);
  const byId = new Map(base.titles.map((title) => [title.id, title]));
  for (let copy = 1; copy < factor; copy++) {
    const renamed = new Map<string, Title>();
    const titleFor = (id: string) => {
      let title = renamed.get(id);
      if (!title) {
        const original = byId.get(id);
        const name = names.title();
        title = {
          ...(original ?? base.titles[0]!),
          id: uniqueId(name),
          name,
          aliases: [],
          originalNames: (original?.originalNames ?? []).map(({ lang }) => ({ lang, name: names.original(lang) })),
          origin: 'netflix-top10',
        };
        renamed.set(id, title);
        titles.push(title);
      }
      return title;
    };
    // Shared strings, as the importer shares them: one per (chart, period) and per (title, season).
    const periods = new Map<string, Map<string, string>>();
    const labels = new Map<string, Map<string, string>>(); // title id → season → label
    for (const entry of base.chartEntries) {
      let byPeriod = periods.get(entry.chartId);
      if (!byPeriod) periods.set(entry.chartId, (byPeriod = new Map()));
      let period = byPeriod.get(entry.period);
      if (period === undefined)
        byPeriod.set(entry.period, (period = shiftDate(entry.period, -copy * shiftOf(entry.chartId))));
      const title = titleFor(entry.titleId);
      let bySeason = labels.get(title.id);
      if (!bySeason) labels.set(title.id, (bySeason = new Map()));
      let label = bySeason.get(entry.season ?? '');
      if (label === undefined)
        bySeason.set(entry.season ?? '', (label = entry.season ? `${title.name}: ${entry.season}` : title.name));
      chartEntries.push(copyEntry(entry, period, title.id, label));
    }
  }
  return { ...base, titles, chartEntries };
}

/** Per chart, the days its whole history spans (plus one period), so shifted copies never overlap. */
function chartShifts(charts: readonly Chart[], entries: readonly ChartEntry[]): (chartId: string) => number {
  const bounds = new Map<string, { first: string; last: string }>();
  for (const { chartId, period } of entries) {
    const seen = bounds.get(chartId);
    if (!seen) bounds.set(chartId, { first: period, last: period });
    else if (period < seen.first) seen.first = period;
    else if (period > seen.last) seen.last = period;
  }
  const step = new Map(charts.map((chart) => [chart.id, chart.cadence === 'week' ? 7 : 1]));
  const shifts = new Map<string, number>();
  for (const [chartId, { first, last }] of bounds) {
    shifts.set(chartId, (Date.parse(last) - Date.parse(first)) / DAY_MS + (step.get(chartId) ?? 1));
  }
  return (chartId) => shifts.get(chartId) ?? 1;
}

/**
 * The entry moved to another period and title. The importer's two common shapes are built as literals (as the
 * importer builds them, so objects look alike in memory); a 14.5M-entry catalog spends seconds in a spread.
 */
function copyEntry(entry: ChartEntry, period: string, titleId: string, label: string): ChartEntry {
  const { chartId, rank, season, weeksInTop10, hoursViewed, views } = entry;
  const plain = entry.note === undefined && entry.streakDays === undefined && entry.audience === undefined;
  if (plain && weeksInTop10 !== undefined && hoursViewed === undefined && views === undefined) {
    return season === undefined
      ? { chartId, period, rank, titleId, label, weeksInTop10 }
      : { chartId, period, rank, titleId, label, season, weeksInTop10 };
  }
  if (plain && weeksInTop10 !== undefined && hoursViewed !== undefined && views !== undefined) {
    return season === undefined
      ? { chartId, period, rank, titleId, label, weeksInTop10, hoursViewed, views }
      : { chartId, period, rank, titleId, label, season, weeksInTop10, hoursViewed, views };
  }
  return { ...entry, period, titleId, label };
}

function shiftDate(day: string, days: number): string {
  return new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
}
