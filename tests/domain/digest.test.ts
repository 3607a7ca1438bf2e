import { emptyTitleLists } from '../../src/domain/title.js';
import { describe, expect, it } from 'vitest';
import { createCatalogIndex } from '../../src/domain/catalog-index.js';
import { createDigest, digestKey, windowForTrends, windowSince, type DigestWindow } from '../../src/domain/digest.js';
import type { Catalog, Chart, ChartEntry, Company, Deal, Title } from '../../src/domain/types.js';
import { digestFor } from '../../src/services/digest-content.js';
import { openStore } from '../../src/store/open-store.js';
import { seedIndex, tempDir } from '../helpers/seed.js';

const NOW = new Date('2026-11-24T09:00:00Z');
/** The week ending Sunday 2026-11-22, as a daily digest on the 24th sees it. */
const LAST_WEEK: DigestWindow = { from: '2026-11-15', to: '2026-11-22' };

const chart = (id: string, country?: string, extra: Partial<Chart> = {}): Chart => ({
  id,
  name: `Chart ${id}`,
  provider: 'netflix-top10',
  cadence: 'week',
  country,
  ...extra,
});
const GLOBAL = chart('global');
const KR = chart('kr', 'KR');
const FR = chart('fr', 'FR');
const KOBIS = chart('kobis-daily', 'KR', { provider: 'kobis', cadence: 'day' });
const VN_CURATED = chart('vn-box-office', 'VN', { provider: 'curated', cadence: 'period' });

function title(id: string, extra: Partial<Title> = {}): Title {
  return {
    id,
    name: id,
    ...emptyTitleLists(),
    kind: 'series',
    originCountries: ['US'],
    platforms: ['Netflix'],
    origin: 'netflix-top10',
    source: { publication: 'Netflix Top 10', date: '2026-11-22' },
    asOf: '2026-11-22',
    ...extra,
  };
}

/** Entries ranked 1, 2, 3… in the order given. */
const ranked = (chartId: string, period: string, titleIds: string[], extra: Partial<ChartEntry> = {}): ChartEntry[] =>
  titleIds.map((titleId, i) => ({ chartId, period, rank: i + 1, titleId, label: `Label ${titleId}`, ...extra }));

interface Parts {
  titles?: Title[];
  charts?: Chart[];
  entries?: ChartEntry[];
  deals?: Deal[];
  companies?: Company[];
}

function indexOf({ titles = [], charts = [GLOBAL, KR, FR, KOBIS], entries = [], deals = [], companies = [] }: Parts) {
  const known = new Set(titles.map((t) => t.id));
  const missing = [...new Set(entries.map((e) => e.titleId))].filter((id) => !known.has(id)).map((id) => title(id));
  const catalog: Catalog = {
    version: 1,
    titles: [...titles, ...missing],
    companies,
    deals,
    charts,
    chartEntries: entries,
    statistics: [],
    sources: [
      { id: 'netflix-top10', name: 'Netflix Top 10', dataDate: '2026-11-22' },
      { id: 'kobis-daily', name: 'KOBIS daily box office', dataDate: '2026-11-23' },
    ],
  };
  return createCatalogIndex(catalog);
}

const ids = (rows: { entry: ChartEntry }[]) => rows.map((row) => row.entry.titleId);

function deal(id: string, extra: Partial<Deal> = {}): Deal {
  return {
    id,
    partyIds: ['us-co'],
    kind: 'co-production',
    date: '2026-11',
    status: 'announced',
    titleIds: [],
    summary: `Deal ${id}`,
    source: { publication: 'Trade press', date: '2026-11-20' },
    asOf: '2026-10-01',
    ...extra,
  };
}

const company = (id: string, country: string): Company => ({
  id,
  name: id,
  aliases: [],
  country,
  kind: 'studio',
  source: { publication: 'Trade press', date: '2026-11-20' },
  asOf: '2026-11-20',
});

describe('createDigest', () => {
  it('reports a title never seen on the chart as a new entry', () => {
    const index = indexOf({
      entries: [...ranked('global', '2026-11-15', ['a']), ...ranked('global', '2026-11-22', ['a', 'b'])],
    });
    const digest = createDigest(index, LAST_WEEK, NOW);
    expect(digest.newEntries.map((row) => [row.entry.titleId, row.movement.kind])).toEqual([['b', 'new']]);
  });

  it('reports a title back after a gap as a re-entry, not a new one', () => {
    const entries = [
      ...ranked('global', '2026-11-01', ['a', 'b']),
      ...ranked('global', '2026-11-08', ['a']),
      ...ranked('global', '2026-11-15', ['a']),
      ...ranked('global', '2026-11-22', ['a', 'b']),
    ];
    const digest = createDigest(indexOf({ entries }), LAST_WEEK, NOW);
    expect(digest.newEntries.map((row) => [row.entry.titleId, row.movement.kind])).toEqual([['b', 're']]);
  });

  it('finds climbers and fallers against the period just before the window', () => {
    const entries = [
      ...ranked('global', '2026-11-15', ['a', 'b', 'c', 'd']),
      ...ranked('global', '2026-11-22', ['d', 'a', 'b', 'c']),
    ];
    const digest = createDigest(indexOf({ entries }), LAST_WEEK, NOW);
    expect(digest.climbers.map((row) => [row.entry.titleId, row.movement])).toEqual([['d', { kind: 'up', by: 3 }]]);
    expect(ids(digest.fallers)).toEqual(['a', 'b', 'c']);
    expect(digest.newEntries).toEqual([]);
  });

  it('measures a daily chart over the whole window, not just its last day', () => {
    const entries = [
      ...ranked('kobis-daily', '2026-11-20', ['x', 'y', 'z']),
      ...ranked('kobis-daily', '2026-11-21', ['y', 'x', 'z']),
      ...ranked('kobis-daily', '2026-11-22', ['z', 'x', 'y']),
    ];
    const digest = createDigest(indexOf({ entries }), { from: '2026-11-20', to: '2026-11-22' }, NOW);
    expect(digest.climbers.map((row) => [row.entry.titleId, row.movement])).toEqual([['z', { kind: 'up', by: 2 }]]);
    expect(digest.fallers.map((row) => [row.entry.titleId, row.movement])).toEqual([
      ['x', { kind: 'down', by: 1 }],
      ['y', { kind: 'down', by: 1 }],
    ]);
  });

  it('keeps only the five biggest climbers, biggest first', () => {
    const before = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10'];
    const entries = [
      ...ranked('global', '2026-11-15', before),
      ...ranked('global', '2026-11-22', [...before].reverse()),
    ];
    const digest = createDigest(indexOf({ entries }), LAST_WEEK, NOW);
    expect(digest.climbers.map((row) => row.movement)).toEqual([9, 7, 5, 3, 1].map((by) => ({ kind: 'up', by })));
    expect(digest.fallers).toHaveLength(5);
  });

  it('lists Korean titles first in a section, whatever their rank', () => {
    const titles = [
      title('by-origin', { originCountries: ['KR'] }),
      title('by-name', { originalNames: [{ lang: 'ko', name: '이름' }] }),
      title('by-kobis', { origin: 'kobis' }),
    ];
    const entries = [
      ...ranked('global', '2026-11-22', ['us-hit', 'by-origin', 'by-name', 'by-kobis', 'on-kr-chart']),
      ...ranked('kr', '2026-11-22', ['on-kr-chart']),
    ];
    const digest = createDigest(indexOf({ titles, entries }), LAST_WEEK, NOW);
    const globalNew = digest.newEntries.filter((row) => row.chart.id === 'global');
    expect(ids(globalNew)).toEqual(['by-origin', 'by-name', 'by-kobis', 'on-kr-chart', 'us-hit']);
    expect(globalNew.map((row) => row.korean)).toEqual([true, true, true, true, false]);
  });

  it('puts a Korean climber ahead of a bigger non-Korean one', () => {
    const titles = [title('k', { originCountries: ['KR'] })];
    const entries = [
      ...ranked('global', '2026-11-15', ['x', 'a', 'k', 'b', 'us']),
      ...ranked('global', '2026-11-22', ['us', 'k', 'x', 'a', 'b']),
    ];
    const digest = createDigest(indexOf({ titles, entries }), LAST_WEEK, NOW);
    expect(ids(digest.climbers)).toEqual(['k', 'us']);
  });

  it('reports a #1 held two weeks running as a number one and a streak milestone', () => {
    const entries = [...ranked('global', '2026-11-15', ['a', 'b']), ...ranked('global', '2026-11-22', ['a', 'b'])];
    const digest = createDigest(indexOf({ entries }), LAST_WEEK, NOW);
    expect(digest.numberOnes.map((row) => [row.entry.titleId, row.numberOneStreak])).toEqual([['a', 2]]);
    expect(digest.milestones.map((m) => [m.entry.titleId, m.kind, m.count])).toEqual([['a', 'number-one-streak', 2]]);
  });

  it('gives a new #1 no streak milestone', () => {
    const entries = [...ranked('global', '2026-11-15', ['b', 'a']), ...ranked('global', '2026-11-22', ['a', 'b'])];
    const digest = createDigest(indexOf({ entries }), LAST_WEEK, NOW);
    expect(digest.numberOnes.map((row) => row.numberOneStreak)).toEqual([1]);
    expect(digest.milestones).toEqual([]);
  });

  it('marks 10 weeks in the Top 10 as a milestone but not 7', () => {
    const entries = [
      { ...ranked('global', '2026-11-22', ['ten'])[0]!, rank: 3, weeksInTop10: 10 },
      { ...ranked('global', '2026-11-22', ['seven'])[0]!, rank: 4, weeksInTop10: 7 },
    ];
    const digest = createDigest(indexOf({ entries }), LAST_WEEK, NOW);
    expect(digest.milestones.map((m) => [m.entry.titleId, m.kind, m.count])).toEqual([['ten', 'weeks-in-top10', 10]]);
  });

  it('reports a curated day streak as a milestone', () => {
    const entries = ranked('vn-box-office', '2026-11-20', ['leaving-mom'], { streakDays: 15 });
    const digest = createDigest(indexOf({ charts: [VN_CURATED], entries }), LAST_WEEK, NOW);
    expect(digest.milestones.map((m) => [m.kind, m.count, m.chart.id])).toEqual([['streak-days', 15, 'vn-box-office']]);
  });

  it('lists deals dated or learned in the window, Korean ones first, then newest first', () => {
    const deals = [
      deal('learned-in-window', { asOf: '2026-11-18' }),
      deal('dated-in-window', { date: '2026-11-21' }),
      deal('korean', { asOf: '2026-11-16', partyIds: ['kr-co', 'us-co'] }),
      deal('before-window', { date: '2026-11-15', asOf: '2026-11-15' }),
      deal('month-only', { date: '2026-11' }),
    ];
    const companies = [company('kr-co', 'KR'), company('us-co', 'US')];
    const digest = createDigest(indexOf({ deals, companies }), LAST_WEEK, NOW);
    expect(digest.deals.map((d) => d.deal.id)).toEqual(['korean', 'dated-in-window', 'learned-in-window']);
    expect(digest.deals[0]!.parties.map((c) => c.id)).toEqual(['kr-co', 'us-co']);
  });

  it('lists releases from today to 7 days ahead, not 8 days ahead or yesterday', () => {
    const titles = [
      title('yesterday', { releaseDate: '2026-11-23' }),
      title('today', { releaseDate: '2026-11-24' }),
      title('in-7-days', { releaseDate: '2026-12-01' }),
      title('in-8-days', { releaseDate: '2026-12-02' }),
      title('month-only', { releaseDate: '2026-11' }),
    ];
    const digest = createDigest(indexOf({ titles }), LAST_WEEK, NOW);
    expect(digest.upcoming.map((r) => r.title.id)).toEqual(['today', 'in-7-days']);
  });

  it('lists a Korean release before an earlier non-Korean one', () => {
    const titles = [
      title('us', { releaseDate: '2026-11-25' }),
      title('kr', { releaseDate: '2026-11-30', originCountries: ['KR'] }),
    ];
    expect(createDigest(indexOf({ titles }), LAST_WEEK, NOW).upcoming.map((r) => r.title.id)).toEqual(['kr', 'us']);
  });

  it('is quiet when no chart period or deal falls in the window, and still lists releases and sources', () => {
    const entries = ranked('global', '2026-11-15', ['a']);
    const titles = [title('soon', { releaseDate: '2026-11-26' })];
    const digest = createDigest(
      indexOf({ entries, titles, deals: [deal('old', { asOf: '2026-11-01' })] }),
      LAST_WEEK,
      NOW,
    );
    expect(digest.quiet).toBe(true);
    expect(digest.upcoming).toHaveLength(1);
    expect(digest.sources.map((s) => [s.id, s.dataDate])).toEqual([
      ['netflix-top10', '2026-11-22'],
      ['kobis-daily', '2026-11-23'],
    ]);
  });

  it('is not quiet when a chart moved', () => {
    const entries = [...ranked('global', '2026-11-15', ['a', 'b']), ...ranked('global', '2026-11-22', ['b', 'a'])];
    expect(createDigest(indexOf({ entries }), LAST_WEEK, NOW).quiet).toBe(false);
  });

  it('ignores Netflix country charts outside Korea, Japan and Vietnam', () => {
    const entries = [
      ...ranked('fr', '2026-11-15', ['a']),
      ...ranked('fr', '2026-11-22', ['b', 'a'], { weeksInTop10: 5 }),
    ];
    const digest = createDigest(indexOf({ entries }), LAST_WEEK, NOW);
    expect(digest.newEntries).toEqual([]);
    expect(digest.fallers).toEqual([]);
    expect(digest.numberOnes).toEqual([]);
    expect(digest.milestones).toEqual([]);
    expect(digest.quiet).toBe(true);
  });

  it('covers Japan and Vietnam Netflix charts and the KOBIS chart', () => {
    const charts = [chart('jp', 'JP'), chart('vn', 'VN'), KOBIS];
    const entries = [
      ...ranked('jp', '2026-11-22', ['j']),
      ...ranked('vn', '2026-11-22', ['v']),
      ...ranked('kobis-daily', '2026-11-22', ['k']),
    ];
    const digest = createDigest(indexOf({ charts, entries }), LAST_WEEK, NOW);
    expect(digest.newEntries.map((row) => row.chart.id).sort()).toEqual(['jp', 'kobis-daily', 'vn']);
  });

  it('finds the Korean content of the bundled seed catalog', () => {
    const index = seedIndex();
    const digest = createDigest(index, windowSince(index, undefined), new Date('2025-10-21T00:00:00Z'));
    expect(digest.deals).toHaveLength(index.catalog.deals.length);
    const firstNonKorean = digest.deals.findIndex((d) => !d.korean);
    expect(
      digest.deals.slice(firstNonKorean === -1 ? digest.deals.length : firstNonKorean).every((d) => !d.korean),
    ).toBe(true);
  });
});

describe('windowForTrends', () => {
  it('ends at the newest data date and starts `days` before it', () => {
    const entries = [...ranked('global', '2026-11-22', ['a']), ...ranked('kobis-daily', '2026-11-23', ['b'])];
    expect(windowForTrends(indexOf({ entries }), 7)).toEqual({ from: '2026-11-16', to: '2026-11-23' });
  });

  it('crosses a month and year boundary', () => {
    const entries = ranked('global', '2027-01-03', ['a']);
    const index = indexOf({ entries });
    index.catalog.sources = [];
    expect(windowForTrends(index, 30)).toEqual({ from: '2026-12-04', to: '2027-01-03' });
  });
});

describe('windowSince', () => {
  const index = indexOf({ entries: ranked('kobis-daily', '2026-11-23', ['a']) });

  it('starts at the data date the previous digest covered', () => {
    expect(windowSince(index, '2026-11-20')).toEqual({ from: '2026-11-20', to: '2026-11-23' });
  });

  it('covers the last 7 days when there was no previous digest', () => {
    expect(windowSince(index, undefined)).toEqual({ from: '2026-11-16', to: '2026-11-23' });
  });

  it('gives an empty, quiet window when nothing arrived since the previous digest', () => {
    const window = windowSince(index, '2026-11-23');
    expect(window.from).toBe(window.to);
    expect(createDigest(index, window, NOW).quiet).toBe(true);
  });
});

describe('digestKey', () => {
  it('is equal for equal windows and differs for different ones', () => {
    expect(digestKey({ from: '2026-11-15', to: '2026-11-22' })).toBe(digestKey({ ...LAST_WEEK }));
    expect(digestKey({ from: '2026-11-16', to: '2026-11-22' })).not.toBe(digestKey(LAST_WEEK));
  });
});

describe('digestFor', () => {
  it('returns the same digest for the same data state and a new one after the catalog changes', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const window = windowSince(seedIndex(), undefined);
    const first = digestFor(store, window, NOW);
    expect(digestFor(store, { ...window }, new Date(NOW.getTime() + 3_600_000))).toBe(first);

    // Deals are curated: an editor's change makes a new catalog version as an import does.
    const deal = store.catalog.current().catalog.deals[0]!;
    await store.curation.append([
      {
        id: 'digest-test',
        at: '2025-10-21T00:00:00.000Z',
        editor: { id: 'terminal', name: 'test', via: 'terminal' },
        action: 'edit',
        target: { kind: 'deal', id: deal.id },
        fields: [{ field: 'summary', before: deal.summary, after: 'Changed' }],
      },
    ]);
    const after = digestFor(store, window, NOW);
    expect(after).not.toBe(first);
    expect(after.deals.some((d) => d.deal.summary === 'Changed')).toBe(true);
  });

  it('computes a separate digest for another window', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const window = windowSince(seedIndex(), undefined);
    expect(digestFor(store, { ...window, from: '2025-01-01' }, NOW)).not.toBe(digestFor(store, window, NOW));
  });
});
