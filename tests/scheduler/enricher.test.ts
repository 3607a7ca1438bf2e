import { describe, expect, it } from 'vitest';
import type { TmdbCandidate, TmdbRef } from '../../src/domain/enrichment.js';
import { createLogger } from '../../src/logger.js';
import { createEnricher } from '../../src/scheduler/enricher.js';
import { createSourceRefresher } from '../../src/scheduler/refresher.js';
import { TmdbAuthError, type TmdbSource } from '../../src/services/tmdb-source.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { openStore } from '../../src/store/open-store.js';
import { readFixture } from '../importers/support.js';
import { tmdbData } from '../helpers/enrichment.js';
import { tempDir } from '../helpers/seed.js';
import { serveFiles } from '../helpers/serve-files.js';
import { catalogForTmdb, netflixTitle } from '../helpers/tmdb-catalog.js';

const NOW = new Date('2026-01-10T00:00:00Z');

/** A TMDB that knows every title under its own name, answering when `gate` lets it. */
function fakeTmdb(gate: () => Promise<void> = async () => {}) {
  const searched: string[] = [];
  const source: TmdbSource = {
    async search(kind, query): Promise<TmdbCandidate[]> {
      searched.push(query);
      await gate();
      return [{ kind, id: searched.length, name: query, originalName: query, originCountries: [] }];
    },
    async details(ref: TmdbRef, at: Date) {
      return tmdbData({ tmdb: ref, fetchedAt: at.toISOString() });
    },
  };
  return { source, searched };
}

const logsTo = (lines: string[]) => createLogger({ level: 'info', write: (line) => lines.push(line) });

describe('enricher', () => {
  it('does nothing without a TMDB key', async () => {
    const store = createMemoryStore(catalogForTmdb());
    const enricher = createEnricher({ store, logger: createLogger({ level: 'silent' }), clock: () => NOW });
    expect(enricher.enabled).toBe(false);
    await enricher.tick();
    expect(store.catalog.current().catalog.titles.some((t) => t.tmdb)).toBe(false);
  });

  it('runs once more when kicked during a run, enriching what the import added', async () => {
    const store = createMemoryStore({ ...catalogForTmdb(), titles: [netflixTitle('first', 'First')] });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { source, searched } = fakeTmdb(() => held);
    const enricher = createEnricher({ store, logger: createLogger({ level: 'silent' }), clock: () => NOW, source });
    const running = enricher.tick();
    const catalog = store.catalog.current().catalog;
    await store.catalog.replace({ ...catalog, titles: [...catalog.titles, netflixTitle('second', 'Second')] });
    enricher.kick();
    release();
    await running;
    expect(searched).toEqual(['First', 'Second']);
    const linked = store.catalog.current().catalog.titles.map((t) => [t.id, t.tmdb?.status]);
    expect(linked).toEqual([
      ['first', 'enriched'],
      ['second', 'enriched'],
    ]);
  });

  it('turns itself off after a refused key, having said so once', async () => {
    const store = createMemoryStore(catalogForTmdb());
    const lines: string[] = [];
    const source: TmdbSource = {
      search: async () => {
        throw new TmdbAuthError();
      },
      details: async () => {
        throw new TmdbAuthError();
      },
    };
    const enricher = createEnricher({ store, logger: logsTo(lines), clock: () => NOW, source });
    await enricher.tick();
    expect(enricher.enabled).toBe(false);
    enricher.kick();
    await enricher.tick();
    expect(lines.filter((line) => line.includes('TMDB refused the API key (401)'))).toHaveLength(1);
  });

  it('stops between two titles when the bot stops, keeping what it fetched', async () => {
    const store = createMemoryStore(catalogForTmdb());
    let stopping: Promise<void> | undefined;
    const { source } = fakeTmdb();
    const slow: TmdbSource = {
      search: async (kind, query) => {
        const found = await source.search(kind, query);
        stopping ??= enricher.stop();
        return found;
      },
      details: source.details,
    };
    const enricher = createEnricher({
      store,
      logger: createLogger({ level: 'silent' }),
      clock: () => NOW,
      source: slow,
      batchSize: 100,
    });
    await enricher.tick();
    await stopping;
    const linked = store.catalog.current().catalog.titles.filter((t) => t.tmdb);
    expect(linked).toHaveLength(1);
    expect(enricher.lastRun?.stopped).toBe('aborted');
  });
});

describe('source refresher and enrichment', () => {
  it('kicks the enricher after a refresh that changed the catalog, and not after one that did not', async () => {
    const server = await serveFiles({
      '/all-weeks-global.tsv': { body: readFixture('netflix-top10/global-9col.tsv') },
    });
    try {
      const store = await openStore({ dataDir: tempDir() });
      let kicks = 0;
      let now = new Date('2025-10-29T12:00:00Z');
      const refresher = createSourceRefresher({
        store,
        logger: createLogger({ level: 'silent' }),
        clock: () => now,
        netflixTop10Urls: [server.url('/all-weeks-global.tsv')],
        onRefreshed: () => kicks++,
      });
      await refresher.tick();
      expect(kicks).toBe(1);
      // A week on, Netflix's file is due again but unchanged: the refresh runs and writes nothing.
      now = new Date('2025-11-05T12:00:00Z');
      await refresher.tick();
      expect(server.hits).toHaveLength(2);
      expect(kicks).toBe(1);
    } finally {
      await server.stop();
    }
  });
});
