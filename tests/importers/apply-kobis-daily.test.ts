import { describe, expect, it } from 'vitest';
import { applyKobisDaily } from '../../src/importers/apply-kobis-daily.js';
import { parseKobisDaily } from '../../src/importers/parse-kobis-daily.js';
import { catalogSchema } from '../../src/store/schemas.js';
import { curatedTitle, emptyCatalog, readFixture } from './support.js';

const now = new Date('2026-01-29T01:00:00Z');
const options = { fileName: 'fixture.json', now };
const day = (name: string) => parseKobisDaily(readFixture(`kobis/${name}`));
const parasite = curatedTitle({
  id: 'parasite',
  name: 'Parasite',
  kind: 'film',
  originalNames: [{ lang: 'ko', name: '기생충' }],
});

describe('applyKobisDaily', () => {
  it('adds one kobis-daily entry per rank with the day’s admissions', () => {
    const { catalog, summary } = applyKobisDaily(emptyCatalog(), day('daily-raw-pretty.json'), options);
    expect(summary).toMatchObject({ read: 3, added: 3, rejected: 0, titlesAdded: 3, chartsAdded: 1 });
    expect(catalog.charts).toEqual([expect.objectContaining({ id: 'kobis-daily', name: 'Korean box office (daily)' })]);
    expect(catalog.chartEntries[0]).toEqual({
      chartId: 'kobis-daily',
      period: '2025-08-25',
      rank: 1,
      titleId: '극장판-귀멸의-칼날-무한성편',
      label: '극장판 귀멸의 칼날: 무한성편',
      audience: 215_468,
    });
    expect(catalogSchema.safeParse(catalog).success).toBe(true);
  });

  it('resolves a film by Korean name to the curated title and links its code', () => {
    const { catalog } = applyKobisDaily(emptyCatalog({ titles: [parasite] }), day('daily-raw-pretty.json'), options);
    expect(catalog.chartEntries.find((entry) => entry.rank === 3)?.titleId).toBe('parasite');
    expect(catalog.titles.find((title) => title.id === 'parasite')?.externalIds).toEqual({ kobisMovieCd: '20190001' });
  });

  it('reuses the same title across days by movieCd', () => {
    const { catalog } = applyKobisDaily(
      emptyCatalog(),
      [day('daily-raw-pretty.json'), day('daily-raw-compact.json')],
      options,
    );
    const demonSlayer = catalog.chartEntries.filter((entry) => entry.label.startsWith('극장판'));
    expect(demonSlayer.map((entry) => entry.period)).toEqual(['2025-08-25', '2025-09-04']);
    expect(new Set(demonSlayer.map((entry) => entry.titleId)).size).toBe(1);
  });

  it('changes nothing and returns the same catalog when applied twice', () => {
    const days = [day('daily-raw-pretty.json'), day('daily-augmented.json')];
    const once = applyKobisDaily(emptyCatalog(), days, options).catalog;
    const twice = applyKobisDaily(once, days, { ...options, now: new Date('2026-02-01') });
    expect(twice.catalog).toBe(once);
    expect(twice.summary).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
  });

  it('updates an entry whose admissions were corrected', () => {
    const first = applyKobisDaily(emptyCatalog(), day('daily-raw-compact.json'), options).catalog;
    const corrected = day('daily-raw-compact.json');
    corrected.rows[0]!.audience += 10;
    const { catalog, summary } = applyKobisDaily(first, corrected, options);
    expect(summary).toMatchObject({ updated: 1, unchanged: 1 });
    expect(catalog.chartEntries[0]!.audience).toBe(62_701);
  });

  it('sets the kobis-daily source to the latest day', () => {
    const { catalog } = applyKobisDaily(
      emptyCatalog(),
      [day('daily-augmented.json'), day('daily-raw-pretty.json')],
      options,
    );
    expect(catalog.sources).toEqual([
      {
        id: 'kobis-daily',
        name: 'KOBIS daily box office',
        dataDate: '2026-01-28',
        importedAt: '2026-01-29T01:00:00.000Z',
      },
    ]);
  });

  it('reports invalid items with their day and position', () => {
    const { summary } = applyKobisDaily(emptyCatalog(), day('daily-bad-items.json'), options);
    expect(summary).toMatchObject({ read: 6, added: 1, rejected: 5 });
    expect(summary.errors[0]).toEqual({ line: 1, reason: expect.stringMatching(/^2025-08-26: item 1: audiCnt/) });
  });
});
