import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTmdbClient } from '../../src/importers/tmdb/client.js';
import { createLogger } from '../../src/logger.js';
import { fixField } from '../../src/services/curate-edits.js';
import { enrichTitles } from '../../src/services/enrichment.js';
import { lookUpTitle } from '../../src/services/titles.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { catalogForTmdb } from '../helpers/tmdb-catalog.js';
import { startTmdbStandIn, type TmdbStandIn } from '../support/tmdb/server.js';

const editor = { id: '111111111111111111', name: 'alice', via: 'discord' as const };
const NOW = new Date('2026-01-10T09:00:00Z');

describe('an editor choosing the TMDB record of an ambiguous title', () => {
  let standIn: TmdbStandIn;
  beforeAll(async () => {
    standIn = await startTmdbStandIn();
  });
  afterAll(() => standIn.stop());

  const enrich = (store: ReturnType<typeof createMemoryStore>) =>
    enrichTitles(store, {
      source: createTmdbClient({ apiKey: standIn.apiKey, baseUrl: standIn.url, requestsPerSecond: 1000 }),
      clock: () => NOW,
      logger: createLogger({ level: 'silent' }),
    });
  const fix = (store: ReturnType<typeof createMemoryStore>, value: string) =>
    fixField(
      store,
      { target: 'Mother', field: 'tmdb', value, source: 'https://www.themoviedb.org/tv/76773' },
      editor,
      NOW,
    );

  it('lists the candidates on the card, then enriches from the record the editor chose, once', async () => {
    const store = createMemoryStore(catalogForTmdb());
    await enrich(store);
    const before = lookUpTitle(store, 'Mother');
    expect(before.found && before.card.tmdbCandidates?.map((c) => c.id).sort()).toEqual([45859, 76773]);

    const saved = await fix(store, 'https://www.themoviedb.org/tv/76773-mother');
    expect(saved.ok).toBe(true);
    standIn.reset();
    const run = await enrich(store);
    expect(run).toMatchObject({ considered: 1, enriched: 1 });
    expect(standIn.requests.map((r) => r.path)).toEqual(['/tv/76773']);
    const after = store.catalog.current().titles.get('mother')!;
    expect(after.tmdb).toMatchObject({ status: 'enriched', pinned: true, data: { tmdb: { kind: 'tv', id: 76773 } } });
    standIn.reset();
    expect((await enrich(store)).considered).toBe(0);
  });

  it('refuses a value that is not a TMDB record, saving nothing', async () => {
    const store = createMemoryStore(catalogForTmdb());
    const refused = await fix(store, 'the Korean one');
    expect(refused).toEqual({ ok: false, problems: [{ code: 'tmdb-invalid', value: 'the Korean one' }] });
  });
});
