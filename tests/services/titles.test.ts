import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { emptyTitleLists } from '../../src/domain/title.js';
import { lookUpTitle, suggestTitles } from '../../src/services/titles.js';
import { loadSeed } from '../helpers/seed.js';

describe('suggestTitles', () => {
  it('lists curated titles first, then the most charted, for an empty query', () => {
    const catalog = loadSeed();
    const imported = (id: string) => ({
      ...emptyTitleLists(),
      id,
      name: id,
      kind: 'series' as const,
      origin: 'netflix-top10' as const,
      source: { publication: 'Netflix Top 10', date: '2025-10-19' },
      asOf: '2025-10-19',
    });
    catalog.titles.push(imported('rarely'), imported('often'));
    catalog.charts.push({ id: 'c', name: 'C', provider: 'netflix-top10', cadence: 'week' });
    for (let week = 1; week <= 3; week++)
      catalog.chartEntries.push({
        chartId: 'c',
        period: `2025-10-0${week}`,
        rank: 1,
        titleId: 'often',
        label: 'often',
      });
    catalog.chartEntries.push({ chartId: 'c', period: '2025-10-01', rank: 2, titleId: 'rarely', label: 'rarely' });
    const values = suggestTitles(createMemoryStore(catalog), '').map((s) => s.value);
    expect(values.slice(0, 7).sort()).toEqual(
      loadSeed()
        .titles.map((t) => t.id)
        .sort(),
    );
    expect(values.slice(7)).toEqual(['often', 'rarely']);
  });
});

describe('lookUpTitle', () => {
  const index = createMemoryStore(loadSeed());

  it('finds by id, name, alias and original name', () => {
    for (const query of ['parasite', 'Parasite', '기생충', 'The Tyrant’s Chef'])
      expect(lookUpTitle(index, query).found).toBe(true);
  });

  it('suggests at most three names for an unknown one', () => {
    const result = lookUpTitle(index, 'parasit in lov');
    expect(result.found).toBe(false);
    if (!result.found) expect(result.suggestions.length).toBeLessThanOrEqual(3);
  });
});
