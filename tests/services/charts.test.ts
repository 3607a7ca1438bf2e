import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { findChart, showChart, suggestCharts, suggestPeriods } from '../../src/services/charts.js';
import { loadSeed } from '../helpers/seed.js';

const index = (() => {
  const catalog = loadSeed();
  catalog.charts.push({
    id: 'netflix-jp-tv',
    name: 'Netflix Top 10 · Japan · TV',
    provider: 'netflix-top10',
    cadence: 'week',
    country: 'JP',
    category: 'TV',
  });
  catalog.chartEntries.push(
    {
      chartId: 'netflix-jp-tv',
      period: '2025-10-19',
      rank: 2,
      titleId: 'romantics-anonymous',
      label: 'Romantics Anonymous: Season 1',
    },
    {
      chartId: 'netflix-jp-tv',
      period: '2025-10-26',
      rank: 1,
      titleId: 'romantics-anonymous',
      label: 'Romantics Anonymous: Season 1',
    },
  );
  return createMemoryStore(catalog);
})();

describe('findChart', () => {
  it('finds a chart by id and by full name, ignoring case', () => {
    expect(findChart(index, 'netflix-jp-tv')?.chart.id).toBe('netflix-jp-tv');
    expect(findChart(index, 'netflix top 10 · japan · tv')?.chart.id).toBe('netflix-jp-tv');
  });

  it('finds a chart by words, preferring imported data over an "as reported" chart', () => {
    expect(findChart(index, 'japan tv')?.chart.id).toBe('netflix-jp-tv');
    expect(findChart(index, 'vietnam')?.chart.id).toBe('vietnam-box-office');
  });

  it('does not guess between several imported charts or for nothing typed', () => {
    expect(findChart(index, 'netflix')).toBeUndefined();
    expect(findChart(index, '   ')).toBeUndefined();
  });
});

describe('showChart', () => {
  it('defaults to the latest period and knows the previous one', () => {
    const result = showChart(index, 'netflix-jp-tv');
    expect(result).toMatchObject({ found: true, period: '2025-10-26', previous: '2025-10-19' });
    if (result.found)
      expect(result.rows[0]).toMatchObject({ movement: { kind: 'up', by: 1 }, periodsOnChart: 2, numberOneStreak: 1 });
  });

  it('finds the Sunday-ending week that contains a date', () => {
    expect(showChart(index, 'netflix-jp-tv', '2025-10-13')).toMatchObject({ found: true, period: '2025-10-19' });
    expect(showChart(index, 'netflix-jp-tv', '2025-10-12')).toMatchObject({
      found: false,
      problem: 'period',
      suggestions: ['2025-10-26', '2025-10-19'],
    });
  });

  it('suggests charts when the name is unknown', () => {
    expect(showChart(index, 'japan films')).toMatchObject({ found: false, problem: 'chart' });
  });
});

describe('suggestPeriods', () => {
  it('lists periods newest first, filtered by what was typed', () => {
    expect(suggestPeriods(index, 'netflix-jp-tv', '')).toEqual(['2025-10-26', '2025-10-19']);
    expect(suggestPeriods(index, 'netflix-jp-tv', '2025-10-1')).toEqual(['2025-10-19']);
    expect(suggestPeriods(index, 'nope', '')).toEqual([]);
  });
});

describe('suggestCharts in Korean and Japanese', () => {
  it('finds a chart by its country and category as a Korean or Japanese reader types them', () => {
    for (const typed of ['일본 tv', '일본 드라마', '日本 ドラマ', '넷플릭스 일본'])
      expect(suggestCharts(index, typed).map((c) => c.value)).toEqual(['netflix-jp-tv']);
    expect(suggestCharts(index, '한국 영화').map((c) => c.value)).toEqual([]);
  });
});
