import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createSourceRefresher } from '../../src/scheduler/refresher.js';
import { openStore } from '../../src/store/open-store.js';
import { readFixture } from '../importers/support.js';
import { tempDir } from '../helpers/seed.js';
import { serveFiles } from '../helpers/serve-files.js';

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
    expect(store.getCatalog().sources.find((s) => s.id === 'netflix-top10')?.dataDate).toBe('2025-10-26');
    expect(store.getState().refresh?.['netflix-top10']).toMatchObject({ failures: 0 });
  });

  it('keeps the old data, logs why and records the failure when the download fails', async () => {
    const { store, logs, refresher } = await setUp('<html>Moved Permanently</html>', 200);
    const before = store.getCatalog();
    await refresher.tick();
    expect(store.getCatalog()).toBe(before);
    const status = store.getState().refresh?.['netflix-top10'];
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
    const refresher = createSourceRefresher({ store, logger: createLogger({ level: 'silent' }), clock: () => new Date() });
    expect(refresher.enabled).toEqual([]);
    await refresher.tick();
    expect(store.getState().refresh).toBeUndefined();
  });
});
