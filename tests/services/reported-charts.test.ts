import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { summarizeTitleCharts } from '../../src/domain/title-charts.js';
import { findChart, showChart, suggestCharts } from '../../src/services/charts.js';
import { loadSeed } from '../helpers/seed.js';

/** The seed (with its "as reported" Netflix Japan TV chart) plus an imported Japan TV chart of 2022. */
const withCountryChart = () => {
  const catalog = loadSeed();
  catalog.charts.push(
    {
      id: 'netflix-jp-tv',
      name: 'Netflix Top 10 · Japan · TV',
      provider: 'netflix-top10',
      cadence: 'week',
      country: 'JP',
      category: 'TV',
    },
    {
      id: 'netflix-jp-films',
      name: 'Netflix Top 10 · Japan · Films',
      provider: 'netflix-top10',
      cadence: 'week',
      country: 'JP',
      category: 'Films',
    },
  );
  catalog.chartEntries.push(
    { chartId: 'netflix-jp-tv', period: '2022-11-13', rank: 1, titleId: 'parasite', label: 'Some Show' },
    { chartId: 'netflix-jp-films', period: '2022-11-13', rank: 1, titleId: 'parasite', label: 'Parasite' },
  );
  return createMemoryStore(catalog);
};

describe('one chart per real chart', () => {
  it('keeps the "as reported" chart as it is while no imported chart of its country and category exists', () => {
    const index = createMemoryStore(loadSeed());
    expect(findChart(index, 'netflix-jp-tv-daily')?.chart.provider).toBe('curated');
    expect(suggestCharts(index, 'japan tv').map((s) => s.value)).toEqual(['netflix-jp-tv-daily']);
  });

  it('merges the reported position into the imported Netflix Japan TV chart, which answers for both ids', () => {
    const index = withCountryChart();
    expect(index.catalog.current().charts.has('netflix-jp-tv-daily')).toBe(false);
    expect(findChart(index, 'netflix-jp-tv-daily')?.chart.id).toBe('netflix-jp-tv');
    const history = index.catalog.current().charts.get('netflix-jp-tv')!;
    expect(history.reported.map((e) => [e.chartId, e.period, e.rank, e.titleId])).toEqual([
      ['netflix-jp-tv-daily', '2025-10-21', 1, 'romantics-anonymous'],
    ]);
    expect(history.latest).toBe('2025-10-21');
  });

  it('offers Netflix’s Japan TV list first for "japan tv", and one entry for the chart', () => {
    const suggestions = suggestCharts(withCountryChart(), 'japan tv');
    expect(suggestions.map(({ label, value }) => ({ label, value }))).toEqual([
      { label: 'Netflix Top 10 · Japan · TV', value: 'netflix-jp-tv' },
    ]);
  });

  it('puts the chart with the newest data first among several matches', () => {
    const values = suggestCharts(withCountryChart(), 'japan').map((s) => s.value);
    expect(values).toEqual(['netflix-jp-tv', 'netflix-jp-films']);
  });

  it('shows a newer reported position above the chart’s latest week, with its source note', () => {
    const result = showChart(withCountryChart(), 'japan tv');
    expect(result).toMatchObject({ found: true, period: '2022-11-13' });
    if (!result.found) return;
    expect(result.reported.map((e) => e.titleId)).toEqual(['romantics-anonymous']);
    expect(showChart(withCountryChart(), 'japan tv', '2022-11-13')).toMatchObject({ reported: [] });
  });

  it('lists the reported position on the title as a reported line of the merged chart', () => {
    const index = withCountryChart();
    const lines = summarizeTitleCharts(index.catalog.current(), 'romantics-anonymous').lines.filter(
      (line) => line.chart.country === 'JP',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      reported: true,
      chart: { id: 'netflix-jp-tv' },
      latest: { rank: 1, period: '2025-10-21' },
    });
    expect(summarizeTitleCharts(index.catalog.current(), 'romantics-anonymous').latestCountries).toBeUndefined();
  });
});
