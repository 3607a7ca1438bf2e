import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { continueDeal, proposeDeal, type DealInput } from '../../src/services/curate-deal.js';
import { openStore } from '../../src/store/open-store.js';
import { migrate, readMigrations } from '../../src/store/postgres/migrate.js';
import { describePostgres, rowsOf, testDatabase, withPool } from '../helpers/postgres.js';
import { loadSeed, tempDir } from '../helpers/seed.js';
import { aliasChange, describeCurationContract } from './curation-contract.js';

describePostgres('curation on PostgreSQL', () => {
  describeCurationContract('PostgreSQL', () => testDatabase());

  describe('across processes (one store each)', () => {
    let database: ReturnType<typeof testDatabase>;
    afterEach(() => database.cleanup());
    const seqs = (changes: readonly { seq: number }[]) => changes.map((change) => change.seq);

    it('lands appends two processes make at the same moment, both, numbered in order without gaps', async () => {
      database = testDatabase();
      const [a, b] = [await database.open(), await database.open()];
      const [fromA, fromB] = await Promise.all([
        a.curation.append([aliasChange('A1'), aliasChange('A2')]),
        b.curation.append([aliasChange('B1')]),
      ]);
      expect([...seqs(fromA), ...seqs(fromB)].sort((x, y) => x - y)).toEqual([9, 10, 11]);
      expect(fromA[1]!.seq - fromA[0]!.seq).toBe(1);
      await Promise.all([a.curation.sync(), b.curation.sync()]);
      const ids = (await a.curation.list()).map((change) => change.id);
      expect(ids).toHaveLength(11);
      expect((await b.curation.list()).map((change) => change.id)).toEqual(ids);
      const rows = await rowsOf<{ seq: number; id: string }>(
        database.schema,
        'select seq, id from curation_changes order by seq',
      );
      expect(rows.map((row) => row.id)).toEqual(ids);
      expect(a.catalog.current().companies.get('tbs')?.aliases).toEqual(expect.arrayContaining(['A1', 'A2', 'B1']));
    });

    it('shows a change another process saved without a restart, announced by NOTIFY', async () => {
      database = testDatabase();
      // A 10-minute poll: only the notification can bring the change in time.
      const bot = await database.open({ catalogPollMs: 600_000 });
      const terminal = await database.open({ catalogPollMs: 600_000 });
      await terminal.curation.append([aliasChange('From the terminal')]);
      await expect
        .poll(() => bot.catalog.current().companies.get('tbs')?.aliases, { timeout: 5000 })
        .toContain('From the terminal');
      expect(bot.catalog.current().curation?.log).toHaveLength(9);
    });

    it('moves the seed deals into curated changes exactly once, even when two processes start at once', async () => {
      database = testDatabase();
      const [a, b] = await Promise.all([database.open(), database.open()]);
      const seeded = await rowsOf<{ origin: string }>(database.schema, 'select origin from curation_seeded');
      expect(seeded).toEqual([{ origin: 'seed catalog deals' }]);
      const rows = await rowsOf<{ seq: number; action: string }>(
        database.schema,
        'select seq, action from curation_changes order by seq',
      );
      expect(rows).toEqual(loadSeed().deals.map((_, i) => ({ seq: i + 1, action: 'add-deal' })));
      for (const store of [a, b, await database.open()]) {
        expect(store.catalog.current().catalog.deals).toEqual(loadSeed().deals);
        expect(store.catalog.imported().deals).toEqual([]);
        expect(await store.curation.list()).toHaveLength(8);
      }
    });

    it('moves the deals of a database that served a catalog before curation, once, into a new catalog version', async () => {
      database = testDatabase();
      await withPool(database.schema, async (pool) => {
        await migrate(
          pool,
          database.schema,
          (await readMigrations()).filter((m) => m.version <= 3),
        );
        const document = gzipSync(JSON.stringify(loadSeed()));
        await pool.query('insert into catalog_versions (document, bytes) values ($1, $2)', [document, document.length]);
        await pool.query('insert into catalog_current (version) values (1)');
      });
      const [a, b] = await Promise.all([database.open(), database.open()]);
      expect([a.catalogVersion(), b.catalogVersion()]).toEqual([2, 2]);
      for (const store of [a, b]) {
        expect(store.catalog.imported().deals).toEqual([]);
        expect(store.catalog.current().catalog.deals).toEqual(loadSeed().deals);
        expect((await store.curation.list()).map((change) => change.id)).toEqual(
          loadSeed().deals.map((deal) => `seed:${deal.id}`),
        );
      }
    });

    it('carries a lowdb deployment’s curated changes over on the first start, and its catalog', async () => {
      database = testDatabase();
      const dataDir = tempDir();
      const lowdb = await openStore({ dataDir });
      await lowdb.curation.append([aliasChange('Kept from lowdb')]);
      await lowdb.close();
      const store = await database.open({ dataDir });
      expect((await store.curation.list()).map((change) => change.id)).toEqual(
        (await (await openStore({ dataDir })).curation.list()).map((change) => change.id),
      );
      expect(store.catalog.current().companies.get('tbs')?.aliases).toContain('Kept from lowdb');
      expect(store.catalog.current().catalog.deals).toEqual(loadSeed().deals);
      expect(await rowsOf(database.schema, 'select origin from curation_seeded')).toEqual([
        { origin: 'lowdb curated.json' },
      ]);
    });

    it('keeps curated changes on top of a catalog another process published', async () => {
      database = testDatabase();
      const [bot, importer] = [await database.open(), await database.open()];
      await bot.curation.append([aliasChange('Curated first')]);
      await importer.reload();
      await importer.catalog.replace({ ...importer.catalog.imported(), statistics: [] });
      await bot.reload();
      expect(bot.catalog.current().catalog.statistics).toEqual([]);
      expect(bot.catalog.current().companies.get('tbs')?.aliases).toContain('Curated first');
      expect(bot.catalog.current().catalog.deals).toEqual(loadSeed().deals);
      expect(bot.catalog.imported().deals).toEqual([]);
    });

    it('checks two editors saving the same deal on two processes one after the other: the second is refused', async () => {
      database = testDatabase();
      const [a, b] = [await database.open(), await database.open()];
      const now = new Date('2026-03-02T09:00:00Z');
      const deal: DealInput = {
        companies: 'Netflix, TBS',
        kind: 'co-production',
        date: '2026-02',
        status: 'announced',
        summary: 'Saved twice at once.',
        source: 'https://example.com/a',
      };
      const alice = { id: '111111111111111111', name: 'alice', via: 'discord' as const };
      const bob = { id: '222222222222222222', name: 'bob', via: 'discord' as const };
      const [first, second] = [proposeDeal(a, deal, alice, now), proposeDeal(b, deal, bob, now)];
      if (first.step !== 'preview' || second.step !== 'preview') throw new Error('expected two previews');
      const steps = await Promise.all([
        continueDeal(a, first.draft.id, 'save', alice, now),
        continueDeal(b, second.draft.id, 'save', bob, now),
      ]);
      expect(steps.map((step) => step.step).sort()).toEqual(['duplicate', 'saved']);
      expect(await rowsOf(database.schema, 'select seq from curation_changes where seq > 8')).toHaveLength(1);
    });
  });
});
