import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FormatError, importKobisYear, importSource } from '../../src/importers/import-source.js';
import { makeEngagementReport } from '../helpers/make-xlsx.js';
import { emptyCatalog, fixturePath, memoryStore, readFixture } from './support.js';

const now = new Date('2026-02-01T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'withk-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, body: string | Uint8Array) => {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, body);
  return file;
};
const report = () =>
  makeEngagementReport('Views from July to December 2024', [
    {
      name: 'TV',
      rows: [
        ['Squid Game: Season 2 // 오징어 게임: 시즌 2', 'Yes', '2024-12-26', 619900000, '7:10', 86500000],
        ['Bad', 'Yes', null, 'many', null, null],
      ],
    },
  ]);

/** A fetch double that answers each URL with `answer(url)` and records the URLs. */
function fakeFetch(answer: (url: URL) => Response) {
  const urls: string[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    urls.push(String(input));
    return answer(new URL(String(input)));
  }) as typeof fetch;
  return { fetchImpl, urls };
}

describe('importSource for engagement reports', () => {
  it('imports a report with one write, reporting the bad row with its sheet and row', async () => {
    const store = memoryStore(emptyCatalog());
    const summary = await importSource(store, 'netflix-engagement', write('r.xlsx', report()), { now });
    expect(summary).toMatchObject({
      source: 'netflix-engagement',
      read: 2,
      added: 1,
      rejected: 1,
      written: true,
      notes: ['2024-H2 report, sheets TV'],
    });
    expect(summary.errors).toEqual([{ line: 8, reason: 'sheet "TV": hours viewed "many" is not a number ≥ 0' }]);
    expect(store.writes).toHaveLength(1);
  });

  it('writes nothing when the same report comes again', async () => {
    const store = memoryStore(emptyCatalog());
    const file = write('again.xlsx', report());
    await importSource(store, 'netflix-engagement', file, { now });
    const summary = await importSource(store, 'netflix-engagement', file, { now });
    expect(summary.written).toBe(false);
    expect(store.writes).toHaveLength(1);
  });

  it.each([
    ['a TSV given as a report', () => readFixture('netflix-top10/global-9col.tsv'), /does not start like a ZIP/],
    ['an HTML error page', () => '<!DOCTYPE html><html><body>Error 403</body></html>', /HTML page/],
    ['a truncated download', () => report().subarray(0, 300), /damaged or cut short/],
  ])('refuses %s whole and leaves the catalog untouched', async (_, body, message) => {
    const store = memoryStore(emptyCatalog());
    const before = store.catalog.current().catalog;
    const attempt = importSource(store, 'netflix-engagement', write(`bad-${Math.random()}.xlsx`, body()), { now });
    await expect(attempt).rejects.toThrow(FormatError);
    await expect(
      importSource(store, 'netflix-engagement', write(`bad2-${Math.random()}.xlsx`, body()), { now }),
    ).rejects.toThrow(message);
    expect(store.catalog.current().catalog).toBe(before);
    expect(store.writes).toHaveLength(0);
  });

  it('imports every report of a directory in one write, refusing them all when one is bad', async () => {
    const folder = join(dir, 'reports');
    write('reports/a.xlsx', report());
    write(
      'reports/b.xlsx',
      makeEngagementReport('Views from January to June 2025', [
        { name: 'Shows', rows: [['Squid Game: Season 3', 'Yes', null, 1, null, null]] },
      ]),
    );
    const store = memoryStore(emptyCatalog());
    const summary = await importSource(store, 'netflix-engagement', folder, { now });
    expect(summary).toMatchObject({ added: 2, files: [join(folder, 'a.xlsx'), join(folder, 'b.xlsx')] });
    expect(store.writes).toHaveLength(1);
    write('reports/c.xlsx', 'null');
    await expect(importSource(memoryStore(emptyCatalog()), 'netflix-engagement', folder, { now })).rejects.toThrow(
      /^c\.xlsx: Not an \.xlsx workbook/,
    );
  });
});

describe('importSource for KOBIS film records', () => {
  it('imports every .json beneath a directory, year folders included, and reports codes-only files as skipped', async () => {
    const folder = join(dir, 'kobis');
    copyFileSync(fixturePath('kobis-movies/movie-info-parasite.json'), write('kobis/2019/20183782.json', ''));
    copyFileSync(fixturePath('kobis-movies/movie-list-page.json'), write('kobis/years/year-2024.json', ''));
    copyFileSync(fixturePath('kobis-movies/year-codes.json'), write('kobis/years/year-2025.json', ''));
    const store = memoryStore(emptyCatalog());
    const summary = await importSource(store, 'kobis-movies', folder, { now });
    expect(summary).toMatchObject({ source: 'kobis-movies', read: 4, added: 3, rejected: 1, written: true });
    expect(summary.errors[0]!.reason).toMatch(/^years\/year-2024\.json: film 3: movieCd/);
    expect(summary.notes).toEqual(['skipped 3 films listed by code only: set KOBIS_API_KEY to fetch their records']);
  });

  it('fetches codes-only films with an API key and keeps those fetched before a quota error', async () => {
    const info = readFixture('kobis-movies/movie-info-parasite.json');
    const { fetchImpl, urls } = fakeFetch((url) =>
      url.searchParams.get('movieCd') === '20256666'
        ? new Response(info)
        : new Response(readFixture('kobis-movies/fault-quota.json')),
    );
    const store = memoryStore(emptyCatalog());
    const summary = await importSource(store, 'kobis-movies', fixturePath('kobis-movies/year-codes.json'), {
      now,
      kobisApiKey: 'SECRET',
      fetchImpl,
    });
    expect(urls).toHaveLength(2);
    expect(summary.added).toBe(1);
    expect(summary.notes.join('\n')).toMatch(/fetched 1 of 3 films/);
    expect(summary.notes.join('\n')).toMatch(
      /stopped early, 2 left for later: film 20236355: KOBIS answered with an error 320011.*daily quota is spent/,
    );
    expect(summary.notes.join('\n')).not.toContain('SECRET');
    expect(store.catalog.current().catalog.titles[0]!.name).toBe('Parasite');
  });

  it.each([
    ['a daily box-office list', 'kobis/daily-raw-pretty.json', /Not a KOBIS film response/],
    ['an API error body', 'kobis-movies/fault-quota.json', /KOBIS answered with an error 320011/],
  ])('refuses %s whole and leaves the catalog untouched', async (_, fixture, message) => {
    const store = memoryStore(emptyCatalog());
    await expect(importSource(store, 'kobis-movies', fixturePath(fixture), { now })).rejects.toThrow(message);
    expect(store.writes).toHaveLength(0);
  });

  it('fetches a year page by page from the API', async () => {
    const page = readFixture('kobis-movies/movie-list-page.json');
    const { fetchImpl, urls } = fakeFetch(() => new Response(page));
    const store = memoryStore(emptyCatalog());
    const summary = await importKobisYear(store, '2024', 'KEY', { now, fetchImpl });
    expect(urls).toHaveLength(1);
    expect(new URL(urls[0]!).searchParams.get('openStartDt')).toBe('2024');
    expect(summary).toMatchObject({ source: 'kobis-movies', added: 2 });
  });
});
