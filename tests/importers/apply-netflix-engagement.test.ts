import { describe, expect, it } from 'vitest';
import { applyNetflixEngagement } from '../../src/importers/apply-netflix-engagement.js';
import type { EngagementParse, EngagementRow } from '../../src/importers/parse-netflix-engagement.js';
import { curatedTitle, emptyCatalog } from './support.js';

const now = new Date('2026-02-01T00:00:00Z');
const options = { fileName: 'report.xlsx', now };
const row = (fields: Partial<EngagementRow> & Pick<EngagementRow, 'title' | 'hoursViewed'>): EngagementRow => ({
  line: 7,
  sheet: 'TV',
  kind: 'series',
  ...fields,
});
const report = (period: string, rows: EngagementRow[]): EngagementParse => ({
  period,
  rows,
  errors: [],
  sheets: ['TV', 'Film'],
});
const squid = (period: string, hours: number) =>
  report(period, [
    row({
      title: 'Squid Game: Season 2',
      originalTitle: '오징어 게임: 시즌 2',
      originalLanguage: 'ko',
      hoursViewed: hours,
      views: 86_500_000,
      runtimeMinutes: 430,
      releaseDate: '2024-12-26',
      globallyAvailable: true,
    }),
    row({
      title: 'Squid Game: Season 1',
      originalTitle: '오징어 게임: 시즌 1',
      originalLanguage: 'ko',
      hoursViewed: 186_500_000,
    }),
    row({
      sheet: 'Film',
      kind: 'film',
      title: 'Parasite',
      originalTitle: '기생충',
      originalLanguage: 'ko',
      hoursViewed: 1_400_000,
      globallyAvailable: false,
    }),
  ]);

describe('applyNetflixEngagement', () => {
  it('attaches each season’s half-year to one show, with the original-script name as an original name', () => {
    const { catalog, summary } = applyNetflixEngagement(emptyCatalog(), squid('2024-H2', 619_900_000), options);
    expect(summary).toMatchObject({ read: 3, added: 3, titlesAdded: 2, dataDate: '2024-12-31' });
    const show = catalog.titles.find((t) => t.name === 'Squid Game')!;
    expect(show).toMatchObject({
      kind: 'series',
      seasons: ['Season 2', 'Season 1'],
      originalNames: [{ lang: 'ko', name: '오징어 게임' }],
      origin: 'netflix-engagement',
    });
    expect(catalog.engagement![0]).toEqual({
      titleId: show.id,
      period: '2024-H2',
      label: 'Squid Game: Season 2',
      season: 'Season 2',
      kind: 'series',
      hoursViewed: 619_900_000,
      views: 86_500_000,
      runtimeMinutes: 430,
      releaseDate: '2024-12-26',
      globallyAvailable: true,
      originalLanguage: 'ko',
    });
    expect(catalog.sources.find((s) => s.id === 'netflix-engagement')).toMatchObject({ dataDate: '2024-12-31' });
  });

  it('merges a film into the curated title of the same name', () => {
    const parasite = curatedTitle({
      id: 'parasite',
      name: 'Parasite',
      kind: 'film',
      originalNames: [{ lang: 'ko', name: '기생충' }],
    });
    const { catalog } = applyNetflixEngagement(
      emptyCatalog({ titles: [parasite] }),
      squid('2024-H2', 619_900_000),
      options,
    );
    expect(catalog.engagement!.find((e) => e.label === 'Parasite')!.titleId).toBe('parasite');
    expect(catalog.titles.find((t) => t.id === 'parasite')).toBe(parasite);
  });

  it('changes nothing when the same report is applied again', () => {
    const first = applyNetflixEngagement(emptyCatalog(), squid('2024-H2', 619_900_000), options).catalog;
    const again = applyNetflixEngagement(first, squid('2024-H2', 619_900_000), {
      ...options,
      now: new Date('2026-03-01T00:00:00Z'),
    });
    expect(again.catalog).toBe(first);
    expect(again.summary).toMatchObject({ unchanged: 3, added: 0 });
  });

  it('replaces a half-year with a corrected report and keeps the other half-years', () => {
    let catalog = applyNetflixEngagement(
      emptyCatalog(),
      [squid('2024-H2', 619_900_000), squid('2025-H1', 840_300_000)],
      options,
    ).catalog;
    catalog = applyNetflixEngagement(catalog, squid('2024-H2', 620_000_000), options).catalog;
    const hours = catalog
      .engagement!.filter((e) => e.label === 'Squid Game: Season 2')
      .map((e) => [e.period, e.hoursViewed]);
    expect(hours).toEqual([
      ['2024-H2', 620_000_000],
      ['2025-H1', 840_300_000],
    ]);
  });

  it('tells shows from films in the one-sheet report by season suffix or by what other reports say', () => {
    const later = report('2024-H1', [row({ title: 'Mr. Queen: Limited Series', hoursViewed: 10 })]);
    const first = report('2023-H1', [
      row({ sheet: 'Engagement', kind: undefined, title: 'Mr. Queen', hoursViewed: 151_500_000 }),
      row({ sheet: 'Engagement', kind: undefined, title: 'Physical: 100: Season 1', hoursViewed: 235_000_000 }),
      row({ sheet: 'Engagement', kind: undefined, title: 'JUNG_E', hoursViewed: 47_100_000 }),
    ]);
    const { catalog } = applyNetflixEngagement(emptyCatalog(), [first, later], options);
    const kinds = catalog.engagement!.filter((e) => e.period === '2023-H1').map((e) => [e.label, e.kind]);
    expect(kinds).toEqual([
      ['Mr. Queen', 'series'],
      ['Physical: 100: Season 1', 'series'],
      ['JUNG_E', 'film'],
    ]);
  });
});
