import type { Catalog, ChartEntry, EngagementEntry, Title } from '../../src/domain/types.js';
import { chartOf, titleOf, weekEnding } from './rank-catalog.js';
import { loadSeed } from './seed.js';

/**
 * The bundled seed plus `titles` made-up series, each ranked on one of eight weekly charts for `weeks` weeks and
 * reported in one engagement half-year: a catalog large enough that building or checking it takes many steps.
 */
export function largeCatalog({ titles = 2_000, weeks = 10 } = {}): Catalog {
  const seed = loadSeed();
  const charts = ['KR', 'JP', 'TW', 'TH', 'VN', 'PH', 'HK', 'SG'].map((country) => chartOf(country));
  const made: Title[] = [];
  const entries: ChartEntry[] = [];
  const engagement: EngagementEntry[] = [];
  for (let i = 0; i < titles; i++) {
    const title = titleOf(`series-${i}`, `Series ${i}`, `시리즈 ${i}`);
    made.push(title);
    const chart = charts[i % charts.length]!;
    // Ten titles share a chart's ranks 1-10 in each week; the next ten start on the following weeks.
    const rank = 1 + (Math.floor(i / charts.length) % 10);
    const offset = Math.floor(i / (charts.length * 10)) * weeks;
    for (let week = 0; week < weeks; week++) {
      entries.push({
        chartId: chart.id,
        period: weekEnding(offset + week),
        rank,
        titleId: title.id,
        label: title.name,
      });
    }
    engagement.push({ titleId: title.id, period: '2025-H1', label: title.name, kind: 'series', hoursViewed: i * 10 });
  }
  return {
    ...seed,
    titles: [...seed.titles, ...made],
    charts: [...seed.charts, ...charts],
    chartEntries: [...seed.chartEntries, ...entries],
    engagement,
  };
}
