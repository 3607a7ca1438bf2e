import { describe, expect, it } from 'vitest';
import { applyNetflixTop10, startNetflixMerge } from '../../src/importers/apply-netflix-top10.js';
import { parseNetflixTop10 } from '../../src/importers/parse-netflix-top10.js';
import { catalogSchema } from '../../src/store/schemas.js';
import { curatedTitle, emptyCatalog, readFixture } from './support.js';

const now = new Date('2026-07-22T09:30:00Z');
const options = { fileName: 'fixture.tsv', now };
const rowsOf = (name: string) => parseNetflixTop10(readFixture(`netflix-top10/${name}`)).rows;

const romantics = curatedTitle({ id: 'romantics-anonymous', name: 'Romantics Anonymous', seasons: ['Season 1'] });
const curatedEntry = {
  chartId: 'netflix-global-tv-non-english',
  period: '2025-10-19',
  rank: 6,
  titleId: 'romantics-anonymous',
  label: 'Romantics Anonymous: Season 1',
  season: 'Season 1',
  note: 'From the seed article.',
};
const seeded = () =>
  emptyCatalog({
    titles: [romantics],
    chartEntries: [curatedEntry],
    sources: [{ id: 'netflix-top10', name: 'Netflix Top 10', dataDate: '2025-10-19' }],
  });

describe('applyNetflixTop10', () => {
  it('adds entries, charts and titles for new rows', () => {
    const { catalog, summary } = applyNetflixTop10(emptyCatalog(), rowsOf('global-9col.tsv'), options);
    expect(summary).toMatchObject({ read: 12, added: 12, updated: 0, unchanged: 0, rejected: 0, chartsAdded: 4 });
    expect(catalog.chartEntries).toHaveLength(12);
    expect(catalog.charts.map((chart) => chart.id).sort()).toEqual([
      'netflix-global-films-english',
      'netflix-global-films-non-english',
      'netflix-global-tv-english',
      'netflix-global-tv-non-english',
    ]);
    expect(catalogSchema.safeParse(catalog).success).toBe(true);
  });

  it('stores the printed label, the season and the numbers on each entry', () => {
    const { catalog } = applyNetflixTop10(emptyCatalog(), rowsOf('global-9col.tsv'), options);
    expect(catalog.chartEntries.find((entry) => entry.titleId === 'squid-game' && entry.rank === 2)).toEqual({
      chartId: 'netflix-global-tv-non-english',
      period: '2025-07-13',
      rank: 2,
      titleId: 'squid-game',
      label: 'Squid Game: Season 1',
      season: 'Season 1',
      weeksInTop10: 32,
      hoursViewed: 20_500_000,
      views: 2_500_000,
    });
  });

  it('merges Squid Game seasons into one title and keeps the spin-off apart', () => {
    const { catalog } = applyNetflixTop10(emptyCatalog(), rowsOf('global-9col.tsv'), options);
    const squid = catalog.titles.filter((title) => title.name.startsWith('Squid Game'));
    expect(squid.map((title) => [title.id, title.seasons.length])).toEqual([
      ['squid-game', 3],
      ['squid-game-the-challenge', 1],
    ]);
  });

  it('changes nothing and returns the same catalog when applied twice', () => {
    const once = applyNetflixTop10(emptyCatalog(), rowsOf('global-9col.tsv'), options).catalog;
    const twice = applyNetflixTop10(once, rowsOf('global-9col.tsv'), { ...options, now: new Date('2026-08-01') });
    expect(twice.catalog).toBe(once);
    expect(twice.summary).toMatchObject({ added: 0, updated: 0, unchanged: 12, titlesAdded: 0, titlesUpdated: 0 });
  });

  it('updates a curated entry in place and keeps its note', () => {
    const { catalog, summary } = applyNetflixTop10(seeded(), rowsOf('global-9col.tsv'), options);
    expect(summary).toMatchObject({ added: 11, updated: 1 });
    expect(catalog.chartEntries[0]).toEqual({
      ...curatedEntry,
      weeksInTop10: 1,
      hoursViewed: 13_500_000,
      views: 2_100_000,
    });
    expect(catalog.titles.filter((title) => title.name === 'Romantics Anonymous')).toHaveLength(1);
  });

  it('leaves the input catalog untouched', () => {
    const before = seeded();
    const copy = structuredClone(before);
    applyNetflixTop10(before, rowsOf('global-9col.tsv'), options);
    expect(before).toEqual(copy);
  });

  it('records the latest week and the import time on the source status', () => {
    const { catalog } = applyNetflixTop10(seeded(), rowsOf('global-9col.tsv'), options);
    expect(catalog.sources).toEqual([
      { id: 'netflix-top10', name: 'Netflix Top 10', dataDate: '2025-10-26', importedAt: '2026-07-22T09:30:00.000Z' },
    ]);
  });

  it('never moves the data date backwards when an older file is imported', () => {
    const { catalog } = applyNetflixTop10(seeded(), rowsOf('global-7col.tsv'), options);
    expect(catalog.sources[0]!.dataDate).toBe('2025-10-19');
  });

  it('rejects a second row for the same chart, week and rank', () => {
    const rows = rowsOf('global-7col.tsv');
    const { summary } = applyNetflixTop10(
      emptyCatalog(),
      [...rows, { ...rows[0]!, showTitle: 'Other', line: 9 }],
      options,
    );
    expect(summary).toMatchObject({ read: 4, added: 3, rejected: 1 });
    expect(summary.errors).toEqual([{ line: 9, reason: 'duplicate of line 2: same chart, period and rank' }]);
  });

  it('counts parser errors as rejected rows', () => {
    const { rows, errors } = parseNetflixTop10(readFixture('netflix-top10/bad-rows.tsv'));
    const { summary } = applyNetflixTop10(emptyCatalog(), rows, { ...options, rowErrors: errors });
    expect(summary).toMatchObject({ read: 11, added: 3, rejected: 8 });
    expect(summary.errors).toHaveLength(8);
  });

  it('files country rows under per-country charts', () => {
    const { catalog } = applyNetflixTop10(emptyCatalog(), rowsOf('countries-8col.tsv'), options);
    expect(catalog.charts.find((chart) => chart.id === 'netflix-jp-films')).toMatchObject({
      name: 'Netflix Top 10 · Japan · Films',
      country: 'JP',
    });
    expect(catalog.titles.map((title) => title.id)).toEqual(expect.arrayContaining(['parasite', 'parasite-in-love']));
  });

  it('stores a most-popular list as a snapshot dated on the import day', () => {
    const { catalog } = applyNetflixTop10(emptyCatalog(), rowsOf('most-popular-91d.tsv'), options);
    expect(new Set(catalog.chartEntries.map((entry) => entry.period))).toEqual(new Set(['2026-07-22']));
  });

  it('does not move the data date past the latest week for a most-popular snapshot', () => {
    const { catalog, summary } = applyNetflixTop10(seeded(), rowsOf('most-popular-91d.tsv'), options);
    expect(summary.dataDate).toBeUndefined();
    expect(catalog.sources[0]).toMatchObject({ dataDate: '2025-10-19', importedAt: '2026-07-22T09:30:00.000Z' });
  });

  it('keeps an unchanged most-popular list as it is on a later day', () => {
    const first = applyNetflixTop10(emptyCatalog(), rowsOf('most-popular-91d.tsv'), options).catalog;
    const later = applyNetflixTop10(first, rowsOf('most-popular-91d.tsv'), { ...options, now: new Date('2026-09-01') });
    expect(later.catalog).toBe(first);
  });

  it('adds a new snapshot when the most-popular list changed', () => {
    const first = applyNetflixTop10(emptyCatalog(), rowsOf('most-popular-91d.tsv'), options).catalog;
    const rows = rowsOf('most-popular-91d.tsv').map((row) => ({ ...row, hoursViewed: (row.hoursViewed ?? 0) + 1 }));
    const later = applyNetflixTop10(first, rows, { ...options, now: new Date('2026-09-01') });
    expect(later.summary.added).toBe(3);
    expect(new Set(later.catalog.chartEntries.map((entry) => entry.period))).toEqual(
      new Set(['2026-07-22', '2026-09-01']),
    );
  });
});

describe('startNetflixMerge', () => {
  const many = Array.from({ length: 1_200 }, (_, i) => curatedTitle({ id: `title-${i}`, name: `Title ${i}` }));
  const catalog = () => emptyCatalog({ titles: [romantics, ...many], chartEntries: [curatedEntry] });

  it('merges exactly as applyNetflixTop10, after indexing the titles with pauses between', async () => {
    let pauses = 0;
    const merge = await startNetflixMerge(catalog(), options, async () => void pauses++);
    for (const row of rowsOf('countries-8col.tsv')) merge.add(row);
    const stepped = merge.finish();
    expect(stepped).toEqual(applyNetflixTop10(catalog(), rowsOf('countries-8col.tsv'), options));
    expect(stepped.summary.added).toBeGreaterThan(0);
    expect(pauses).toBeGreaterThanOrEqual(many.length / 500);
  });
});
