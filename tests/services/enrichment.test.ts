import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TmdbLink } from '../../src/domain/enrichment.js';
import { titlesToEnrich } from '../../src/domain/enrichment-due.js';
import type { Title } from '../../src/domain/types.js';
import { createTmdbClient } from '../../src/importers/tmdb/client.js';
import { createLogger } from '../../src/logger.js';
import { enrichTitles, type EnrichOptions } from '../../src/services/enrichment.js';
import { ambiguousTitles, pinTmdbRecord } from '../../src/services/tmdb-records.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { Store } from '../../src/store/store.js';
import { catalogForTmdb } from '../helpers/tmdb-catalog.js';
import { startTmdbStandIn, type TmdbStandIn } from '../support/tmdb/server.js';

const NOW = new Date('2026-01-10T09:00:00Z');

describe('enrichTitles against the TMDB stand-in', () => {
  let standIn: TmdbStandIn;
  let store: Store;
  let logs: string[];
  beforeAll(async () => {
    standIn = await startTmdbStandIn();
  });
  afterAll(() => standIn.stop());
  beforeEach(() => {
    standIn.reset();
    store = createMemoryStore(catalogForTmdb());
    logs = [];
  });

  const run = (options: Partial<EnrichOptions> = {}, key = standIn.apiKey) =>
    enrichTitles(store, {
      source: createTmdbClient({ apiKey: key, baseUrl: standIn.url, requestsPerSecond: 1000, sleep: async () => {} }),
      clock: () => NOW,
      logger: createLogger({ level: 'debug', secrets: [key], write: (line) => logs.push(line) }),
      ...options,
    });
  const link = (id: string): TmdbLink | undefined => store.catalog.current().titles.get(id)?.tmdb;
  const enriched = (id: string) => {
    const found = link(id);
    return found?.status === 'enriched' ? found.data : undefined;
  };

  it('enriches every title lacking it, each with the right record', async () => {
    const summary = await run();
    expect(enriched('squid-game')?.tmdb).toEqual({ kind: 'tv', id: 93405 });
    expect(enriched('squid-game-the-challenge')?.tmdb).toEqual({ kind: 'tv', id: 204082 });
    expect(enriched('parasite')?.tmdb).toEqual({ kind: 'movie', id: 496243 });
    expect(enriched('bon-appetit-your-majesty')?.tmdb).toEqual({ kind: 'tv', id: 247718 });
    expect(link('mother')).toMatchObject({ status: 'ambiguous' });
    expect(link('romantics-anonymous')).toEqual({ status: 'not-found', checkedAt: NOW.toISOString() });
    const titles = store.catalog.current().catalog.titles.length;
    expect(summary).toMatchObject({ considered: titles, enriched: 4, ambiguous: 1, skipped: 0, written: true });
    expect(summary.enriched + summary.ambiguous + summary.notFound).toBe(titles);
  });

  it('gives Squid Game its creator, cast with characters, network and production companies', async () => {
    await run();
    const data = enriched('squid-game')!;
    expect(data.creators).toEqual(['Hwang Dong-hyuk']);
    expect(data.cast[0]).toMatchObject({ name: 'Lee Jung-jae', character: "Seong Gi-hun / 'No. 456'" });
    expect(data.networks).toEqual([{ tmdbId: 213, name: 'Netflix', companyId: 'netflix' }]);
    expect(data.productionCompanies.map((c) => c.name)).toContain('Siren Pictures');
  });

  it("links TMDB's companies to withk's by name and alias, creates the new ones, and credits them by role", async () => {
    await run();
    const data = enriched('bon-appetit-your-majesty')!;
    expect(data.networks.map((c) => c.companyId)).toEqual(['tvn']);
    expect(data.productionCompanies.map((c) => c.companyId)).toEqual(['studio-dragon', 'film-grida', 'janetour']);
    const credits = store.catalog.current().titles.get('bon-appetit-your-majesty')?.companyCredits;
    expect(credits?.map((c) => `${c.role}:${c.companyId}`)).toEqual([
      'network:tvn',
      'production:studio-dragon',
      'production:film-grida',
      'production:janetour',
    ]);
  });

  it('lists a title two records fit equally for a person, with both candidates', async () => {
    await run();
    const [entry] = ambiguousTitles(store);
    expect(entry?.title.id).toBe('mother');
    expect(entry?.candidates.map((c) => `${c.id} ${c.originalName} ${c.year}`).sort()).toEqual([
      '45859 Mother 2010',
      '76773 마더 2018',
    ]);
  });

  it('does nothing on a second run when nothing is due', async () => {
    await run();
    standIn.requests.length = 0;
    const summary = await run();
    expect(summary).toMatchObject({ considered: 0, written: false });
    expect(standIn.requests).toEqual([]);
  });

  it('refreshes enriched titles by their kept id, without searching', async () => {
    await run();
    standIn.requests.length = 0;
    await run({
      scope: { kind: 'titles', titleIds: ['squid-game', 'parasite'] },
      clock: () => new Date('2026-03-01T00:00:00Z'),
    });
    expect(standIn.requests.map((r) => r.path)).toEqual(['/tv/93405', '/movie/496243']);
    expect(enriched('squid-game')?.fetchedAt).toBe('2026-03-01T00:00:00.000Z');
  });

  it('searches again when a kept record was removed from TMDB', async () => {
    await run({ scope: { kind: 'titles', titleIds: ['squid-game'] } });
    standIn.fail('/tv/93405', { kind: 'not-found' });
    standIn.requests.length = 0;
    await run({ scope: { kind: 'titles', titleIds: ['squid-game'] } });
    expect(standIn.requests.map((r) => r.path)).toEqual(['/tv/93405', '/search/tv', '/tv/93405']);
    expect(enriched('squid-game')?.tmdb.id).toBe(93405);
  });

  it('stops at once on a refused key with one clear log line, writing nothing', async () => {
    const summary = await run({}, 'a-wrong-key-that-is-long-enough');
    expect(summary).toMatchObject({ stopped: 'unauthorized', considered: 0, written: false });
    expect(standIn.requests).toHaveLength(1);
    const errors = logs.filter((line) => JSON.parse(line).level >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('TMDB refused the API key (401)');
    expect(logs.join('\n')).not.toContain('a-wrong-key-that-is-long-enough');
  });

  it.each(['garbage', 'html', 'truncated', 'wrong-shape'] as const)(
    'skips a title whose answer is %s, counts the reason, and enriches the rest',
    async (kind) => {
      standIn.fail('/tv/93405', { kind });
      const summary = await run();
      expect(link('squid-game')).toBeUndefined();
      expect(summary.skipped).toBe(1);
      expect(Object.keys(summary.skipReasons)[0]).toMatch(/^unusable answer: /);
      expect(enriched('parasite')?.directors).toEqual(['Bong Joon-ho']);
      expect(logs.some((line) => line.includes('"titleId":"squid-game"') && line.includes('unusable answer'))).toBe(
        true,
      );
    },
  );

  it('keeps what was fetched when a run is stopped half way, never half a title', async () => {
    const controller = new AbortController();
    const summary = await run({
      batchSize: 1,
      onProgress: (done) => done === 2 && controller.abort(),
      signal: controller.signal,
    });
    expect(summary).toMatchObject({ stopped: 'aborted', considered: 2, written: true });
    const firstTwo = titlesToEnrich(createMemoryStore(catalogForTmdb()).catalog.current(), NOW, { maxAgeDays: 30 })
      .slice(0, 2)
      .map((entry) => entry.title.id);
    const linked = store.catalog.current().catalog.titles.filter((title: Title) => title.tmdb);
    expect(linked.map((title) => title.id).sort()).toEqual(firstTwo.sort());
  });

  it('stops when TMDB keeps rate-limiting, keeping titles already done', async () => {
    standIn.fail('/search/tv', { kind: 'rate-limited', retryAfter: '1' });
    standIn.fail(
      /^\/search\/tv$/,
      ...Array.from({ length: 2 }, () => ({ kind: 'rate-limited' as const, retryAfter: '3600' })),
    );
    const summary = await run({ batchSize: 1 });
    expect(summary.stopped).toBe('rate-limited');
  });

  it('stops after three titles in a row TMDB cannot answer', async () => {
    standIn.fail(/^\/search\//, ...Array.from({ length: 20 }, () => ({ kind: 'server-error' as const })));
    const summary = await run();
    expect(summary).toMatchObject({ stopped: 'unavailable', skipped: 2, considered: 2 });
  });

  it('pins the record a person chose, and refreshes never search for it again', async () => {
    await run();
    await pinTmdbRecord(store, {
      titleId: 'mother',
      ref: { kind: 'tv', id: 76773 },
      source: createTmdbClient({ apiKey: standIn.apiKey, baseUrl: standIn.url }),
      clock: () => NOW,
    });
    expect(link('mother')).toMatchObject({ status: 'enriched', pinned: true, data: { tmdb: { id: 76773 } } });
    expect(ambiguousTitles(store)).toEqual([]);
  });
});
