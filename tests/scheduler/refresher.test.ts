import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createSourceRefresher } from '../../src/scheduler/refresher.js';
import { openStore } from '../../src/store/open-store.js';
import { readFixture } from '../importers/support.js';
import { tempDir } from '../helpers/seed.js';
import { serveFiles } from '../helpers/serve-files.js';
import { makeEngagementReport } from '../helpers/make-xlsx.js';

describe('source refresher', () => {
  let server: Awaited<ReturnType<typeof serveFiles>> | undefined;
  afterEach(() => server?.stop());

  const setUp = async (body: string, status = 200) => {
    server = await serveFiles({ '/all-weeks-global.tsv': { body, status } });
    const store = await openStore({ dataDir: tempDir() });
    const logs: string[] = [];
    const refresher = createSourceRefresher({
      store,
      logger: createLogger({ level: 'info', write: (line) => logs.push(line) }),
      clock: () => new Date('2025-10-29T12:00:00Z'),
      netflixTop10Urls: [server.url('/all-weeks-global.tsv')],
    });
    return { store, logs, refresher };
  };

  it('imports the configured Netflix file when newer data is due, through the same importer', async () => {
    const { store, refresher } = await setUp(readFixture('netflix-top10/global-9col.tsv'));
    await refresher.tick();
    expect(store.catalog.current().catalog.sources.find((s) => s.id === 'netflix-top10')?.dataDate).toBe('2025-10-26');
    expect(store.stateFile.read().refresh?.['netflix-top10']).toMatchObject({ failures: 0 });
  });

  it('keeps the old data, logs why and records the failure when the download fails', async () => {
    const { store, logs, refresher } = await setUp('<html>Moved Permanently</html>', 200);
    const before = store.catalog.current().catalog;
    await refresher.tick();
    expect(store.catalog.current().catalog).toBe(before);
    const status = store.stateFile.read().refresh?.['netflix-top10'];
    expect(status?.failures).toBe(1);
    expect(status?.lastError).toBeTruthy();
    expect(logs.some((line) => line.includes('keeping the previous data'))).toBe(true);
  });

  it('waits out its backoff instead of retrying at once', async () => {
    const { refresher } = await setUp('null', 200);
    await refresher.tick();
    await refresher.tick();
    expect(server!.hits).toHaveLength(1);
  });

  it('does nothing when no source is configured', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const refresher = createSourceRefresher({
      store,
      logger: createLogger({ level: 'silent' }),
      clock: () => new Date(),
    });
    expect(refresher.enabled).toEqual([]);
    await refresher.tick();
    expect(store.stateFile.read().refresh).toBeUndefined();
  });
});

describe('source refresher, every source', () => {
  let server: Awaited<ReturnType<typeof serveFiles>> | undefined;
  afterEach(() => server?.stop());
  const clock = () => new Date('2025-10-29T12:00:00Z');
  const quiet = () => {
    const logs: string[] = [];
    return { logs, logger: createLogger({ level: 'info', write: (line) => logs.push(line) }) };
  };

  it('keeps each Netflix file that arrives when another fails, and logs the failure once', async () => {
    server = await serveFiles({
      '/global.tsv': { body: readFixture('netflix-top10/global-9col.tsv') },
      '/countries.tsv': { body: 'null' },
    });
    const store = await openStore({ dataDir: tempDir() });
    const { logs, logger } = quiet();
    const refresher = createSourceRefresher({
      store,
      logger,
      clock,
      netflixTop10Urls: [server.url('/countries.tsv'), server.url('/global.tsv')],
    });
    await refresher.tick();
    expect(store.catalog.current().catalog.sources.find((s) => s.id === 'netflix-top10')?.dataDate).toBe('2025-10-26');
    expect((await store.refreshStatus.all())['netflix-top10']).toMatchObject({
      failures: 1,
      lastError: expect.stringMatching(/^countries\.tsv: /),
    });
    expect(logs.filter((line) => line.includes('source refresh failed'))).toHaveLength(1);
  });

  it('imports a configured engagement report URL', async () => {
    const report = makeEngagementReport('Views from July to December 2024', [
      {
        name: 'TV',
        rows: [['Squid Game: Season 2 // 오징어 게임: 시즌 2', 'Yes', '2024-12-26', 619900000, '7:10', 86500000]],
      },
    ]);
    const { createServer } = await import('node:http');
    const http = createServer((_, response) => response.end(Buffer.from(report)));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(http.address() as { port: number }).port}/report.xlsx`;
    try {
      const store = await openStore({ dataDir: tempDir() });
      const refresher = createSourceRefresher({ store, logger: quiet().logger, clock, netflixEngagementUrls: [url] });
      expect(refresher.enabled).toEqual(['netflix-engagement']);
      await refresher.tick();
      expect(store.catalog.current().catalog.engagement).toHaveLength(1);
      expect((await store.refreshStatus.all())['netflix-engagement']).toMatchObject({ failures: 0 });
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });

  it('fetches the record of each box-office film once, keeping those fetched before a quota error', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const day = readFixture('kobis/daily-raw-pretty.json');
    const info = readFixture('kobis-movies/movie-info-parasite.json');
    let infoCalls = 0;
    const fetchImpl = (async (input: string | URL | Request) => {
      const url = new URL(String(input));
      if (url.pathname.endsWith('searchDailyBoxOfficeList.json'))
        return new Response(day.replace(/20250825/g, url.searchParams.get('targetDt')!));
      infoCalls += 1;
      return new Response(
        infoCalls <= 2
          ? info.replace('20183782', url.searchParams.get('movieCd')!)
          : readFixture('kobis-movies/fault-quota.json'),
      );
    }) as typeof fetch;
    const { logs, logger } = quiet();
    const refresher = createSourceRefresher({ store, logger, clock, kobisApiKey: 'KEY', fetchImpl });
    expect(refresher.enabled).toEqual(['kobis-daily', 'kobis-movies']);
    await refresher.tick();
    const fetched = store.catalog.current().catalog.titles.filter((t) => t.kobisRecord === 'info');
    expect(fetched).toHaveLength(2);
    expect((await store.refreshStatus.all())['kobis-movies']).toMatchObject({
      failures: 1,
      lastError: expect.stringMatching(/^kept 2 film records; .*quota/),
    });
    expect(logs.join('\n')).not.toContain('KEY&');
  });
});
