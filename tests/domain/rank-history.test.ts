import { describe, expect, it } from 'vitest';
import { createCatalogIndex } from '../../src/domain/catalog-index.js';
import { hasRankHistory, titleRankHistory } from '../../src/domain/rank-history.js';
import type { Catalog, ChartEntry } from '../../src/domain/types.js';
import { chartOf, rankCatalog, SUBJECT, titleOf, weekEnding } from '../helpers/rank-catalog.js';

const entry = (chartId: string, week: number, rank: number, season?: string): ChartEntry => ({
  chartId,
  period: weekEnding(week),
  rank,
  titleId: SUBJECT,
  label: season ? `Subject: ${season}` : 'Subject',
  ...(season ? { season } : {}),
});

function catalogWith(entries: ChartEntry[], charts = [chartOf(), chartOf('KR'), chartOf('JP')]): Catalog {
  return {
    version: 1,
    titles: [titleOf(SUBJECT, 'Subject')],
    companies: [],
    deals: [],
    charts,
    chartEntries: entries,
    statistics: [],
    sources: [],
  };
}

describe('titleRankHistory', () => {
  it('keeps the 8 strongest series, global first, and counts the charts left out', () => {
    const history = titleRankHistory(createCatalogIndex(rankCatalog({ charts: 11 })), SUBJECT);
    expect(history.series).toHaveLength(8);
    expect(history.series[0]!.chart.country).toBeUndefined();
    expect(history.totalCharts).toBe(11);
    expect(history.hiddenCharts).toBe(3);
  });

  it('splits a chart into one series per season when the chart listed seasons separately', () => {
    const entries = [
      entry('netflix-global-tv-non-english', 0, 1, 'Season 1'),
      entry('netflix-global-tv-non-english', 1, 3, 'Season 1'),
      entry('netflix-global-tv-non-english', 1, 2, 'Season 2'),
      entry('netflix-global-tv-non-english', 2, 1, 'Season 2'),
    ];
    const history = titleRankHistory(createCatalogIndex(catalogWith(entries)), SUBJECT);
    expect(history.series.map((s) => [s.season, s.points.map((p) => p.rank)])).toEqual([
      ['Season 1', [1, 3]],
      ['Season 2', [2, 1]],
    ]);
    expect(history.hiddenCharts).toBe(0);
  });

  it('keeps one series per chart, by best rank per week, when all entries are one season', () => {
    const entries = [entry('netflix-kr-tv', 0, 4), entry('netflix-kr-tv', 1, 2), entry('netflix-kr-tv', 3, 5)];
    const [series] = titleRankHistory(
      createCatalogIndex(catalogWith([...entries, { ...entry('netflix-kr-tv', 2, 9), titleId: 'other' }])),
      SUBJECT,
    ).series;
    expect(series!.points.map((p) => [p.rank, p.at])).toEqual([
      [4, 0],
      [2, 1],
      [5, 3],
    ]);
    expect(series!.best.rank).toBe(2);
    expect(series!.latest.rank).toBe(5);
  });

  it('orders charts by best rank, then weeks at that rank', () => {
    const entries = [
      entry('netflix-kr-tv', 0, 2),
      entry('netflix-jp-tv', 0, 1),
      entry('netflix-jp-tv', 1, 4),
      entry('netflix-global-tv-non-english', 0, 9),
    ];
    const history = titleRankHistory(createCatalogIndex(catalogWith(entries)), SUBJECT);
    expect(history.series.map((s) => s.chart.id)).toEqual([
      'netflix-global-tv-non-english',
      'netflix-jp-tv',
      'netflix-kr-tv',
    ]);
  });

  it('leaves out snapshot lists, which have no time axis', () => {
    const snapshot = { ...chartOf(), id: 'most-popular', cadence: 'period' as const };
    const index = createCatalogIndex(
      catalogWith([entry('most-popular', 0, 1), entry('most-popular', 1, 1)], [snapshot]),
    );
    expect(titleRankHistory(index, SUBJECT).series).toEqual([]);
    expect(hasRankHistory(index, SUBJECT)).toBe(false);
  });

  it('says a single point is no history, two points on one chart are', () => {
    const one = createCatalogIndex(catalogWith([entry('netflix-kr-tv', 0, 1), entry('netflix-jp-tv', 0, 1)]));
    const two = createCatalogIndex(catalogWith([entry('netflix-kr-tv', 0, 1), entry('netflix-kr-tv', 1, 1)]));
    expect(hasRankHistory(one, SUBJECT)).toBe(false);
    expect(hasRankHistory(two, SUBJECT)).toBe(true);
  });

  it('dates the picture by the newest period of the charts it shows', () => {
    const entries = [
      entry('netflix-kr-tv', 0, 1),
      entry('netflix-kr-tv', 1, 1),
      { ...entry('netflix-kr-tv', 5, 3), titleId: 'other' },
    ];
    expect(titleRankHistory(createCatalogIndex(catalogWith(entries)), SUBJECT).dataDate).toBe(weekEnding(5));
  });
});
