import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogIndex } from '../../src/domain/catalog-index.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { Store } from '../../src/store/store.js';
import { applyKobisMovies } from '../../src/importers/apply-kobis-movies.js';
import { applyNetflixEngagement } from '../../src/importers/apply-netflix-engagement.js';
import { parseKobisMovies, type KobisFilm } from '../../src/importers/parse-kobis-movies.js';
import { parseNetflixEngagement, type EngagementParse } from '../../src/importers/parse-netflix-engagement.js';
import { lookUpCompany } from '../../src/services/companies.js';
import { viewingStats } from '../../src/services/viewing-stats.js';
import { loadSeed } from '../helpers/seed.js';
import { repoRoot } from './support.js';

// The shared data lives beside the repository, not in it; these tests only run where it is present.
const sharedData = path.resolve(repoRoot, '..', 'shared', 'data');
const engagementDir = path.join(sharedData, 'netflix-engagement');
const kobisDir = path.join(sharedData, 'kobis-boxoffice');
const hasData = existsSync(engagementDir) && existsSync(path.join(kobisDir, 'movie-info'));
if (!hasData)
  console.warn(`Real engagement and KOBIS film tests skipped: ${engagementDir} or ${kobisDir}/movie-info is absent.`);

const REPORTS: [string, string, number][] = [
  ['What_We_Watched_A_Netflix_Engagement_Report_2023Jan-Jun.xlsx', '2023-H1', 18_214],
  ['What_We_Watched_A_Netflix_Engagement_Report_2023Jul-Dec.xlsx', '2023-H2', 15_994],
  ['What_We_Watched_A_Netflix_Engagement_Report_2024Jan-Jun.xlsx', '2024-H1', 16_161],
  ['What_We_Watched_A_Netflix_Engagement_Report_2024Jul-Dec.xlsx', '2024-H2', 15_563],
  ['What_We_Watched_A_Netflix_Engagement_Report_2025Jan-Jun.xlsx', '2025-H1', 16_182],
];
const YEARS: [string, number, number][] = [
  ['year-2021.json', 1_860, 0],
  ['year-2022.json', 1_774, 0],
  ['year-2023.json', 1_546, 0],
  ['year-2024.json', 1_423, 0],
  ['year-2025.json', 0, 300],
];

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name));

describe.skipIf(!hasData)('the real engagement reports and KOBIS film records', () => {
  const reports = new Map<string, EngagementParse>();
  let films: KobisFilm[] = [];
  let index: CatalogIndex;
  let store: Store;

  beforeAll(() => {
    for (const [file] of REPORTS)
      reports.set(file, parseNetflixEngagement(readFileSync(path.join(engagementDir, file))));
    films = jsonFiles(path.join(kobisDir, 'movie-info')).flatMap(
      (file) => parseKobisMovies(readFileSync(file, 'utf8')).films,
    );
    const now = new Date('2026-02-01T00:00:00Z');
    let catalog = applyNetflixEngagement(loadSeed(), [...reports.values()], { fileName: 'reports', now }).catalog;
    catalog = applyKobisMovies(catalog, films, { fileName: 'movie-info', now }).catalog;
    store = createMemoryStore(catalog);
    index = store.catalog.current();
  });

  it.each(REPORTS)('parses every row of %s (%s) without errors', (file, period, rows) => {
    const report = reports.get(file)!;
    expect(report.period).toBe(period);
    expect(report.errors).toEqual([]);
    expect(report.rows).toHaveLength(rows);
  });

  it('has a test above for every report in the folder', () => {
    expect(
      readdirSync(engagementDir)
        .filter((name) => name.endsWith('.xlsx'))
        .sort(),
    ).toEqual(REPORTS.map(([file]) => file).sort());
  });

  it('parses all 1,726 searchMovieInfo answers without errors', () => {
    const errors = jsonFiles(path.join(kobisDir, 'movie-info')).flatMap(
      (file) => parseKobisMovies(readFileSync(file, 'utf8')).errors,
    );
    expect(errors).toEqual([]);
    expect(films).toHaveLength(1_726);
  });

  it.each(YEARS)('parses the year file %s: %i films, %i codes only', (file, count, codes) => {
    const parsed = parseKobisMovies(readFileSync(path.join(kobisDir, 'movie-list-by-year', file), 'utf8'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.films).toHaveLength(count);
    expect(parsed.codesOnly).toHaveLength(codes);
  });

  it('reproduces the seed article’s 2024 H2 figure: about 7.7 billion hours of Korean shows, 8% of all viewing', () => {
    const result = viewingStats(store, '2024-H2');
    if (!result.found) throw new Error('2024 H2 not imported');
    const { shows, totalHours, reported } = result.stats;
    expect(Math.abs(shows.hours - 7.7e9) / 7.7e9).toBeLessThan(0.02);
    expect(Math.round(shows.share * 100)).toBe(8);
    expect(totalHours).toBeGreaterThan(9e10);
    expect(reported.map((s) => s.value)).toEqual([7_700_000_000, 8]);
  });

  it('knows Squid Game’s hours per half-year, its seasons merged into one show', () => {
    const squid = index.titleNames.exact('Squid Game').find((t) => t.kind === 'series')!;
    const lines = index.engagementByTitle.get(squid.id)!.map((e) => [e.period, e.season, e.hoursViewed]);
    expect(lines).toContainEqual(['2024-H2', 'Season 2', 619_900_000]);
    expect(lines).toContainEqual(['2023-H1', 'Season 1', 87_200_000]);
    expect(squid.originalNames).toContainEqual({ lang: 'ko', name: '오징어 게임' });
  });

  it('resolves CJ’s legal names to CJ ENM, and CJ CGV to a company of its own in the same group', () => {
    const enm = lookUpCompany(store, '(주)씨제이이엔엠');
    const cgv = lookUpCompany(store, '씨제이 씨지브이(CJ CGV)(주)');
    if (!enm.found || !cgv.found) throw new Error('not found');
    expect(enm.profile.company.id).toBe('cj-enm');
    expect(enm.profile.roleCounts.distribution).toBeGreaterThan(5);
    expect(cgv.profile.company.id).toBe('cj-cgv');
    expect(cgv.profile.company.parentId).toBe(enm.profile.company.parentId);
    expect(
      index.catalog.companies.filter(
        (c) => /씨제이이엔엠|cj enm/i.test([c.name, ...c.aliases].join(' ')) && !/studios|스튜디오/i.test(c.name),
      ),
    ).toHaveLength(1);
  });

  it('gives films picked at random their director and distributor', () => {
    // A fixed-seed pick (LCG), so the test is the same on every run.
    let seed = 20_260_201;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    const distributed = films.filter(
      (film) => film.directors.length > 0 && film.companies.some((c) => c.part === '배급사'),
    );
    for (let i = 0; i < 5; i++) {
      const film = distributed[next() % distributed.length]!;
      const title = index.titles.get(
        [...index.titles.values()].find((t) => t.externalIds.kobisMovieCd === film.movieCd)!.id,
      )!;
      expect(title.directors.length).toBeGreaterThan(0);
      expect(title.companyCredits?.some((credit) => credit.role === 'distribution')).toBe(true);
    }
  });
});
