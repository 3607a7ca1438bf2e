import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSource } from '../../src/importers/import-source.js';
import { makeEngagementReport } from '../helpers/make-xlsx.js';
import { embedsOf, startWithk, textOf, type Withk } from '../helpers/start-withk.js';
import { fixturePath, repoRoot } from '../importers/support.js';

const shared = path.resolve(repoRoot, '..', 'shared', 'data');
const realReport = path.join(
  shared,
  'netflix-engagement',
  'What_We_Watched_A_Netflix_Engagement_Report_2024Jul-Dec.xlsx',
);
const hasReport = existsSync(realReport);
if (!hasReport) console.warn(`The /stats check against the real 2024 H2 report is skipped: ${realReport} is absent.`);

const command = (withk: Withk, name: string, options: Record<string, string> = {}) =>
  withk.emulator.command({
    name,
    options: Object.entries(options).map(([key, value]) => ({ name: key, type: 3, value })),
  });

/** A small 2024 H2 report in the real layout, so /stats and /title viewing run wherever the tests run. */
function writeReport(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'withk-report-')), 'report.xlsx');
  const report = makeEngagementReport('Views from July to December 2024', [
    {
      name: 'TV',
      rows: [
        ['Squid Game: Season 2 // 오징어 게임: 시즌 2', 'Yes', '2024-12-26', 619900000, '7:10', 86500000],
        ['The Perfect Couple: Season 1', 'Yes', '2024-09-05', 383100000, '5:06', 75100000],
      ],
    },
    { name: 'Film', rows: [['Parasite // 기생충', 'No', null, 1400000, '2:12', 600000]] },
  ]);
  writeFileSync(file, report);
  return file;
}

describe('every source, asked through Discord', () => {
  let withk: Withk;
  beforeAll(async () => {
    withk = await startWithk();
    for (const fixture of ['kobis-movies/movie-info-parasite.json', 'kobis-movies/movie-info-coproduction.json']) {
      await importSource(withk.store, 'kobis-movies', fixturePath(fixture));
    }
    await importSource(withk.store, 'netflix-top10', fixturePath('netflix-top10/countries-8col.tsv'));
    await importSource(withk.store, 'netflix-engagement', writeReport());
  });
  afterAll(() => withk?.stop());

  it('answers /company CJ ENM with the films KOBIS credits it with, by role, beside its curated deals', async () => {
    const outcome = await command(withk, 'company', { name: 'CJ ENM' });
    const [embed] = embedsOf(outcome);
    expect(embed?.title).toBe('CJ ENM');
    const text = textOf(outcome);
    expect(text).toContain('part of CJ Group');
    expect(text).toContain('(주)씨제이이엔엠');
    expect(text).toMatch(/30 May 2019 · \*\*Parasite\*\* · Production, Distribution, Presenter/);
    expect(text).toMatch(/Deals \(6\)/);
    expect(text).toContain('credits: curated catalog, KOBIS film records');
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('finds a company by its Korean legal name in /company and /deals', async () => {
    expect(embedsOf(await command(withk, 'company', { name: '씨제이이앤엠(주)' }))[0]?.title).toBe('CJ ENM');
    expect(embedsOf(await command(withk, 'deals', { company: '(주)씨제이이엔엠' }))[0]?.title).toBe(
      'CJ ENM: partnerships',
    );
    const cgv = textOf(await command(withk, 'company', { name: 'CJ CGV' }));
    expect(cgv).toContain('part of CJ Group');
    expect(cgv).toMatch(/Leaving Mom\*\* · Distribution · 🌏 KR–VN co-production/);
  });

  it('answers /title of a KOBIS film with its director and distributor, merged into the curated title', async () => {
    const text = textOf(await command(withk, 'title', { name: 'Leaving Mom' }));
    expect(text).toContain('Director: 모홍진 (MO Hong-jin)');
    expect(text).toContain('Distributor: CJ CGV');
    expect(text).toContain('Co-production: 스튜디오 테스트');
  });

  it('shows viewing per half-year on /title', async () => {
    const text = textOf(await command(withk, 'title', { name: 'Squid Game' }));
    expect(text).toContain('2024 H2 · Season 2: 619.9M hours, 86.5M views');
  });

  it('answers /stats for 2024 H2 with the counting rule and the reported figures beside it', async () => {
    const outcome = await command(withk, 'stats', { period: '2024 H2' });
    const [embed] = embedsOf(outcome);
    expect(embed?.title).toBe('Korean titles on Netflix · 2024 H2');
    const text = textOf(outcome);
    expect(text).toContain('**Korean shows: 619.9M hours, 61.7% of all viewing**');
    expect(text).toContain('Korean shows accounted for about 7.7 billion viewing hours');
    expect(text).toMatch(/How it is counted\n.*original title in that script/);
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('offers the half-years in /stats autocomplete', async () => {
    const outcome = await withk.emulator.autocomplete({
      name: 'stats',
      options: [{ name: 'period', type: 3, value: '2024', focused: true }],
    });
    expect(outcome.callback?.data?.choices).toEqual([{ name: '2024 H2', value: '2024-H2' }]);
  });

  it('offers Netflix’s Japan TV list first for "japan tv", with the reported #1 on it', async () => {
    const outcome = await withk.emulator.autocomplete({
      name: 'chart',
      options: [{ name: 'chart', type: 3, value: 'japan tv', focused: true }],
    });
    expect(outcome.callback?.data?.choices[0]).toEqual({ name: 'Netflix Top 10 · Japan · TV', value: 'netflix-jp-tv' });
    const chart = embedsOf(await command(withk, 'chart', { chart: 'netflix-jp-tv-daily' }))[0];
    expect(chart?.title).toBe('Netflix Top 10 · Japan · TV');
    expect(chart?.description).toContain('**Romantics Anonymous**: #1 on 21 Oct 2025, as reported');
  });

  it('says in /about what each source contributed', async () => {
    const text = textOf(await command(withk, 'about'));
    // Both films merged into curated titles: KOBIS added companies and credits, not titles.
    expect(text).toMatch(/\*\*KOBIS film records\*\*: data to .* · 3 companies, 5 company credits/);
    expect(text).toMatch(/\*\*Netflix engagement reports\*\*: data to 31 Dec 2024.* · 3 viewing lines, 1 title/);
  });
});

describe.skipIf(!hasReport)('/stats against the real 2024 H2 report, through Discord', () => {
  let withk: Withk;
  beforeAll(async () => {
    withk = await startWithk();
    await importSource(withk.store, 'netflix-engagement', realReport);
  }, 60_000);
  afterAll(() => withk?.stop());

  it('reproduces the seed’s “about 7.7 billion hours, 8 percent” and says how close it comes', async () => {
    const text = textOf(await command(withk, 'stats', { period: '2024-H2' }));
    expect(text).toContain('**Korean shows: 7.8B hours, 8.3% of all viewing**');
    expect(text).toContain('This count: 7.8B hours (+1.3%).');
    expect(text).toContain('This count: 8.3% (+0.3 pp).');
  });
});
