import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listDays } from '../../src/importers/fetch-kobis-range.js';
import {
  FormatError,
  fetchKobisRange,
  importKobisDays,
  importSource,
  kobisDailyUrl,
} from '../../src/importers/import-source.js';
import { emptyCatalog, fixturePath, memoryStore, readFixture } from './support.js';

const now = new Date('2026-07-22T00:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'withk-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fetch double that answers each URL with `answer(url)` and records the URLs. */
function fakeFetch(answer: (url: URL) => Response | Promise<Response>) {
  const urls: string[] = [];
  const fetchImpl = (async (input: string | URL | Request) => {
    urls.push(String(input));
    return answer(new URL(String(input)));
  }) as typeof fetch;
  return { fetchImpl, urls };
}

describe('importSource', () => {
  it('imports a Netflix file with exactly one replaceCatalog call', async () => {
    const store = memoryStore(emptyCatalog());
    const summary = await importSource(store, 'netflix-top10', fixturePath('netflix-top10/global-9col.tsv'), { now });
    expect(summary).toMatchObject({ source: 'netflix-top10', read: 12, added: 12, written: true });
    expect(store.writes).toHaveLength(1);
    expect(store.catalog.current().catalog.chartEntries).toHaveLength(12);
  });

  it('does not write when the file brings nothing new', async () => {
    const store = memoryStore(emptyCatalog());
    const file = fixturePath('netflix-top10/global-9col.tsv');
    await importSource(store, 'netflix-top10', file, { now });
    const again = await importSource(store, 'netflix-top10', file, { now: new Date('2026-08-01') });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 12, written: false });
    expect(store.writes).toHaveLength(1);
  });

  it.each(['error-html.tsv', 'error-null.tsv', 'error-empty.tsv'])(
    'refuses %s and leaves the catalog untouched',
    async (file) => {
      const before = emptyCatalog();
      const store = memoryStore(before);
      await expect(importSource(store, 'netflix-top10', fixturePath(`netflix-top10/${file}`), { now })).rejects.toThrow(
        FormatError,
      );
      expect(store.writes).toEqual([]);
      expect(store.catalog.imported()).toBe(before);
    },
  );

  it('reads a Netflix file from an http(s) URL', async () => {
    const { fetchImpl, urls } = fakeFetch(() => new Response(readFixture('netflix-top10/most-popular-91d.tsv')));
    const store = memoryStore(emptyCatalog());
    const summary = await importSource(store, 'netflix-top10', 'https://example.test/most-popular.tsv', {
      now,
      fetchImpl,
    });
    expect(urls).toEqual(['https://example.test/most-popular.tsv']);
    expect(summary).toMatchObject({ added: 3, written: true });
  });

  it('imports a directory of KOBIS days in one write', async () => {
    const days = mkdtempSync(join(dir, 'days-'));
    copyFileSync(fixturePath('kobis/daily-raw-pretty.json'), join(days, '20250825.json'));
    copyFileSync(fixturePath('kobis/daily-raw-compact.json'), join(days, '20250904.json'));
    const store = memoryStore(emptyCatalog());
    const summary = await importSource(store, 'kobis-daily', days, { now });
    expect(summary).toMatchObject({ read: 5, added: 5, dataDate: '2025-09-04', written: true });
    expect(summary.files.map((file) => file.slice(-13))).toEqual(['20250825.json', '20250904.json']);
    expect(store.writes).toHaveLength(1);
  });

  it('refuses a KOBIS directory holding a non-KOBIS file, naming it', async () => {
    const days = mkdtempSync(join(dir, 'mixed-'));
    copyFileSync(fixturePath('kobis/daily-raw-pretty.json'), join(days, '20250825.json'));
    copyFileSync(fixturePath('kobis/weekly.json'), join(days, '20250826.json'));
    const store = memoryStore(emptyCatalog());
    await expect(importSource(store, 'kobis-daily', days, { now })).rejects.toThrow(/^20250826\.json: Not a KOBIS/);
    expect(store.writes).toEqual([]);
  });

  it('imports a single KOBIS file', async () => {
    const store = memoryStore(emptyCatalog());
    const summary = await importSource(store, 'kobis-daily', fixturePath('kobis/daily-augmented.json'), { now });
    expect(summary).toMatchObject({ added: 2, dataDate: '2026-01-28' });
  });
});

describe('fetchKobisRange', () => {
  const key = 'SECRET-KOBIS-KEY';
  const answerFor = (url: URL) => {
    const day = url.searchParams.get('targetDt')!;
    const text = readFixture('kobis/daily-raw-compact.json').replaceAll('20250904', day);
    return new Response(text);
  };

  it('requests the official URL once per day, in order', async () => {
    const { fetchImpl, urls } = fakeFetch(answerFor);
    const days = await fetchKobisRange(key, '2025-09-04', '20250906', fetchImpl);
    expect(days.map((day) => day.date)).toEqual(['2025-09-04', '2025-09-05', '2025-09-06']);
    expect(urls[0]).toBe(
      `https://www.kobis.or.kr/kobisopenapi/webservice/rest/boxoffice/searchDailyBoxOfficeList.json?key=${key}&targetDt=20250904`,
    );
    expect(urls).toHaveLength(3);
  });

  it('keeps the key out of a KOBIS fault message', async () => {
    const { fetchImpl } = fakeFetch(
      () => new Response(`{"faultInfo":{"message":"bad key ${key}","errorCode":"320010"}}`),
    );
    const failure = fetchKobisRange(key, '2025-09-04', '2025-09-04', fetchImpl);
    await expect(failure).rejects.toThrow(/320010: bad key \*\*\*/);
  });

  it('keeps the key out of HTTP and network errors', async () => {
    const http = fakeFetch(() => new Response('', { status: 500 }));
    await expect(fetchKobisRange(key, '2025-09-04', '2025-09-04', http.fetchImpl)).rejects.toThrow(
      /^KOBIS .* HTTP 500$/,
    );
    const network = fakeFetch((url) => Promise.reject(new Error(`connect failed for ${url}`)));
    const failure = fetchKobisRange(key, '2025-09-04', '2025-09-04', network.fetchImpl);
    await expect(failure).rejects.toThrow(/could not be fetched/);
    await expect(fetchKobisRange(key, '2025-09-04', '2025-09-04', network.fetchImpl)).rejects.not.toThrow(key);
  });

  it('refuses an answer for another day', async () => {
    const { fetchImpl } = fakeFetch(() => new Response(readFixture('kobis/daily-raw-compact.json')));
    await expect(fetchKobisRange(key, '2025-09-05', '2025-09-05', fetchImpl)).rejects.toThrow(
      /for 2025-09-04, not 2025-09-05/,
    );
  });

  it('builds the URL with the day in YYYYMMDD form', () => {
    expect(kobisDailyUrl('k', '2025-01-02')).toMatch(/\?key=k&targetDt=20250102$/);
  });
});

describe('listDays', () => {
  it('refuses a range that ends before it starts', () => {
    expect(() => listDays('2025-09-05', '2025-09-04')).toThrow(/starts .* after it ends/);
  });

  it('refuses a range longer than a year', () => {
    expect(() => listDays('2024-01-01', '2025-06-01')).toThrow(/longer than 366 days/);
  });

  it('crosses month ends', () => {
    expect(listDays('20250130', '2025-02-01')).toEqual(['2025-01-30', '2025-01-31', '2025-02-01']);
  });
});

describe('importKobisDays', () => {
  it('applies fetched days with one write', async () => {
    const { fetchImpl } = fakeFetch(
      (url) =>
        new Response(
          readFixture('kobis/daily-raw-compact.json').replaceAll('20250904', url.searchParams.get('targetDt')!),
        ),
    );
    const store = memoryStore(emptyCatalog());
    const days = await fetchKobisRange('k', '2025-09-04', '2025-09-05', fetchImpl);
    const summary = await importKobisDays(store, days, { now });
    expect(summary).toMatchObject({ added: 4, written: true, source: 'kobis-daily' });
    expect(store.writes).toHaveLength(1);
  });
});
