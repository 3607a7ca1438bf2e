import { createRandom } from '../../bench/random.js';
import { emptyTitleLists } from '../../src/domain/title.js';
import type { Catalog, Chart, ChartEntry, Title } from '../../src/domain/types.js';

export const SUBJECT = 'subject';
const COUNTRIES = ['KR', 'JP', 'TW', 'TH', 'VN', 'PH', 'HK', 'SG', 'MY', 'ID', 'FR', 'BR'];

export const chartOf = (country?: string): Chart =>
  country
    ? {
        id: `netflix-${country.toLowerCase()}-tv`,
        name: `Netflix Top 10 · ${country} · TV`,
        provider: 'netflix-top10',
        cadence: 'week',
        country,
        category: 'TV',
      }
    : {
        id: 'netflix-global-tv-non-english',
        name: 'Netflix Top 10 · Global · TV (Non-English)',
        provider: 'netflix-top10',
        cadence: 'week',
        category: 'TV (Non-English)',
      };

export function titleOf(id: string, name: string, originalName?: string): Title {
  return {
    id,
    name,
    ...emptyTitleLists(),
    originalNames: originalName ? [{ lang: 'ko', name: originalName }] : [],
    kind: 'series',
    origin: 'netflix-top10',
    source: { publication: 'Netflix Top 10', date: '2026-07-19' },
    asOf: '2026-07-19',
  };
}

/** Sundays from 2025-01-05, one per week. */
export const weekEnding = (week: number) =>
  new Date(Date.UTC(2025, 0, 5) + week * 7 * 86_400_000).toISOString().slice(0, 10);

/**
 * A catalog where the title `subject` charted on `charts` weekly charts (global first, then countries) over `weeks`
 * weeks, off each chart now and then (a gap), with seeded ranks; a filler title keeps every chart's weeks
 * continuous, as a real chart's are.
 */
export function rankCatalog(
  options: { weeks?: number; charts?: number; name?: string; originalName?: string; seed?: number } = {},
): Catalog {
  const { weeks = 60, charts: count = 8, name = 'Subject', originalName, seed = 7 } = options;
  const random = createRandom(seed);
  const charts = [chartOf(), ...COUNTRIES.slice(0, count - 1).map((country) => chartOf(country))];
  const entries: ChartEntry[] = [];
  charts.forEach((chart, c) => {
    let rank = 1 + random.int(3) + c;
    for (let week = 0; week < weeks; week++) {
      const period = weekEnding(week);
      const off = week % 17 === 9 + c || week % 17 === 10 + c;
      rank = Math.min(10, Math.max(1, rank + random.int(3) - 1));
      if (!off) entries.push({ chartId: chart.id, period, rank, titleId: SUBJECT, label: name });
      entries.push({
        chartId: chart.id,
        period,
        rank: rank === 10 || off ? 9 : 10,
        titleId: 'filler',
        label: 'Filler',
      });
    }
  });
  return {
    version: 1,
    titles: [titleOf(SUBJECT, name, originalName), titleOf('filler', 'Filler')],
    companies: [],
    deals: [],
    charts,
    chartEntries: entries,
    statistics: [],
    sources: [{ id: 'netflix-top10', name: 'Netflix Top 10', dataDate: weekEnding(weeks - 1) }],
  };
}
