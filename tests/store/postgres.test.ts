import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../../src/domain/schedule.js';
import type { Catalog } from '../../src/domain/types.js';
import { lockText } from '../../src/store/postgres/connect.js';
import { migrate, readMigrations } from '../../src/store/postgres/migrate.js';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import { CatalogConflictError, DatabaseError } from '../../src/store/store-errors.js';
import { DATABASE_URL, describePostgres, rowsOf, testDatabase, withPool } from '../helpers/postgres.js';
import { largeCatalog } from '../helpers/large-catalog.js';
import { loadSeed, tempDir } from '../helpers/seed.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 0, minute)).toISOString();
const guild = (i: number) => `1234567890123${String(i).padStart(5, '0')}`;
const pending = (guildId: string, minute = 1): Delivery => ({
  guildId,
  localDate: '2026-11-25',
  status: 'pending',
  channelId: '323456789012345678',
  at: at(minute),
});

describe('PostgreSQL in CI', () => {
  it('is reachable when DATABASE_URL is set (CI sets it, so a missing server fails here)', async () => {
    if (!DATABASE_URL) return console.warn('PostgreSQL reachability not checked: DATABASE_URL is not set.');
    const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
  });
});

describePostgres('PostgreSQL store', () => {
  let database: ReturnType<typeof testDatabase>;
  afterEach(() => database?.cleanup());

  describe('migrations', () => {
    it('apply once, in one schema, even when two processes start at the same moment', async () => {
      database = testDatabase();
      const [a, b] = await Promise.all([database.open(), database.open()]);
      expect(a.catalogVersion()).toBe(1);
      expect(b.catalogVersion()).toBe(1);
      const rows = await rowsOf(database.schema, 'select version, name from schema_migrations order by version');
      expect(rows).toEqual([
        { version: 1, name: 'initial' },
        { version: 2, name: 'picture_settings' },
        { version: 3, name: 'digest_language_picture_refusal' },
        { version: 4, name: 'curation' },
      ]);
    });

    it('apply nothing the second time', async () => {
      database = testDatabase();
      await database.open();
      const migrations = await readMigrations();
      const applied = await withPool(database.schema, (pool) => migrate(pool, database.schema, migrations));
      expect(applied).toEqual([]);
    });

    it('refuse a migration file changed after it was applied', async () => {
      database = testDatabase();
      await database.open();
      const changed = (await readMigrations()).map((m) => ({ ...m, checksum: 'edited' }));
      await expect(withPool(database.schema, (pool) => migrate(pool, database.schema, changed))).rejects.toThrow(
        /migration 1 \(initial\) was changed after it was applied/,
      );
    });
  });

  describe('shared state', () => {
    it('shows one process the settings another saved', async () => {
      database = testDatabase();
      const [a, b] = await Promise.all([database.open(), database.open()]);
      const settings = {
        channelId: '323456789012345678',
        time: '09:00',
        timeZone: 'Asia/Seoul',
        enabled: true,
        updatedBy: '1',
        updatedAt: at(0),
      };
      await a.digestSettings.put(guild(1), settings);
      expect(await b.digestSettings.get(guild(1))).toEqual(settings);
    });

    it('gives each day to exactly one of two processes claiming at once', async () => {
      database = testDatabase();
      const [a, b] = await Promise.all([database.open(), database.open()]);
      const days = Array.from({ length: 60 }, (_, i) => pending(guild(i)));
      const rounds = await Promise.all(
        [a, b, a, b].map((store, i) => store.deliveries.claim(i % 2 ? [...days].reverse() : days)),
      );
      const won = rounds.flat().map((d) => d.guildId);
      expect(won.sort()).toEqual(days.map((d) => d.guildId).sort());
      expect(await a.deliveries.all()).toHaveLength(60);
    });

    it('splits stale claims between processes taking over at once, each claim once', async () => {
      database = testDatabase();
      const [dead, a, b] = await Promise.all([database.open(), database.open(), database.open()]);
      await dead.deliveries.claim(Array.from({ length: 40 }, (_, i) => pending(guild(i))));
      const stale = await a.deliveries.stale(at(5));
      expect(stale).toHaveLength(40);
      const [takenA, takenB] = await Promise.all([
        a.deliveries.takeOver(stale, at(5), at(6)),
        b.deliveries.takeOver([...stale].reverse(), at(5), at(6)),
      ]);
      const taken = [...takenA, ...takenB].map((d) => d.guildId);
      expect(taken.sort()).toEqual(Array.from({ length: 40 }, (_, i) => guild(i)));
    });

    it('leaves a taken-over claim to its new holder: the old holder cannot settle it', async () => {
      database = testDatabase();
      const [slow, a] = await Promise.all([database.open(), database.open()]);
      await slow.deliveries.claim([pending(guild(1))]);
      await a.deliveries.takeOver(await a.deliveries.stale(at(5)), at(5), at(6));
      const day = { guildId: guild(1), localDate: '2026-11-25' };
      await slow.deliveries.settle([{ ...day, outcome: { status: 'failed', error: 'late', at: at(7) } }]);
      await a.deliveries.settle([{ ...day, outcome: { status: 'sent', messageId: '5', at: at(8) } }]);
      expect(await a.deliveries.all()).toEqual([
        expect.objectContaining({ status: 'sent', messageId: '5', takenOver: true }),
      ]);
    });
  });

  describe('catalog', () => {
    it('is picked up by another process through its notification, without a restart', async () => {
      database = testDatabase();
      const changes: number[] = [];
      let heard!: () => void;
      const changed = new Promise<void>((resolve) => (heard = resolve));
      // No periodic check within the test: only the notification can bring the new version.
      const reader = await database.open({
        catalogPollMs: 3_600_000,
        onCatalogChange: (version) => (changes.push(version), heard()),
      });
      await reader.reload(); // its first look is over: from here only the notification can bring version 2
      const writer = await database.open();
      await writer.catalog.replace({ ...writer.catalog.current().catalog, statistics: [] });
      await changed;
      expect(changes).toEqual([2]);
      expect(reader.catalog.current().catalog.statistics).toEqual([]);
    });

    it('is picked up after the listening connection was lost and reopened', async () => {
      database = testDatabase();
      let heard!: (version: number) => void;
      const changed = new Promise<number>((resolve) => (heard = resolve));
      const reader = await database.open({ catalogPollMs: 3_600_000, onCatalogChange: (v) => heard(v) });
      await reader.reload();
      // The server drops the listening connection (a restart, a failover); the version is published meanwhile.
      await rowsOf(database.schema, `select pg_terminate_backend(pid) from pg_stat_activity where query = $1`, [
        `listen "withk_catalog_${database.schema}"`,
      ]);
      await publishByHand(database.schema, { ...loadSeed(), statistics: [] });
      expect(await changed).toBe(2);
      expect(reader.catalog.current().catalog.statistics).toEqual([]);
    });

    it('is picked up by the periodic check when a notification was missed', async () => {
      database = testDatabase();
      let resolveChange!: (version: number) => void;
      const changed = new Promise<number>((resolve) => (resolveChange = resolve));
      const reader = await database.open({ catalogPollMs: 20, onCatalogChange: (v) => resolveChange(v) });
      // Published by hand, with no NOTIFY: only the periodic check can find it.
      await publishByHand(database.schema, { ...loadSeed(), statistics: [] });
      expect(await changed).toBe(2);
      expect(reader.catalog.current().catalog.statistics).toEqual([]);
    });

    it('is loaded by a process that starts after the import, on a machine that did not run it', async () => {
      database = testDatabase();
      const writer = await database.open();
      await writer.catalog.replace({ ...writer.catalog.current().catalog, statistics: [] });
      await writer.close();
      const later = await database.open({ dataDir: tempDir() });
      expect(later.catalogVersion()).toBe(2);
      expect(later.catalog.current().catalog.statistics).toEqual([]);
    });

    it('refuses to replace a catalog another process replaced meanwhile, and saves nothing', async () => {
      database = testDatabase();
      const store = await database.open({ catalogPollMs: 3_600_000 });
      await store.reload(); // lets the look that follows its first LISTEN finish, so nothing else looks meanwhile
      const stale = store.catalog.current().catalog;
      // Another process's publication that this one has not heard of yet (no NOTIFY, no check for an hour).
      await publishByHand(database.schema, { ...loadSeed(), statistics: [] });
      const error = await store.catalog.replace({ ...stale, deals: [] }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CatalogConflictError);
      await store.reload();
      expect(store.catalogVersion()).toBe(2);
      expect(store.catalog.current().catalog.statistics).toEqual([]);
      expect(store.catalog.current().catalog.deals.length).toBeGreaterThan(0);
    });

    it('refuses to publish over a version it loaded while it was still preparing its own', async () => {
      database = testDatabase();
      const store = await database.open({ catalogPollMs: 3_600_000 });
      await store.reload();
      await withPool(database.schema, async (pool) => {
        // Holding the publish lock keeps the replacement from publishing before the other version is loaded here.
        await pool.query('select pg_advisory_lock(hashtextextended($1, 0))', [lockText(database.schema, 'catalog')]);
        const replacing = store.catalog.replace(largeCatalog({ titles: 3_000 })).catch((e: unknown) => e);
        await publishByHand(database.schema, { ...loadSeed(), statistics: [] });
        await store.reload();
        expect(store.catalogVersion()).toBe(2);
        await pool.query('select pg_advisory_unlock(hashtextextended($1, 0))', [lockText(database.schema, 'catalog')]);
        expect(await replacing).toBeInstanceOf(CatalogConflictError);
      });
      await store.reload();
      expect(store.catalogVersion()).toBe(2);
      expect(store.catalog.current().catalog.statistics).toEqual([]);
      expect(store.catalog.current().titles.has('series-0')).toBe(false);
    });

    it('keeps only the newest versions', async () => {
      database = testDatabase();
      const store = await database.open();
      for (let i = 0; i < 6; i++)
        await store.catalog.replace({ ...store.catalog.current().catalog, statistics: [], deals: [] });
      const rows = await rowsOf<{ version: number }>(
        database.schema,
        'select version from catalog_versions order by 1',
      );
      expect(rows.map((r) => r.version)).toEqual([4, 5, 6, 7]);
    });

    it("publishes a lowdb DATA_DIR's catalog.json on first start", async () => {
      database = testDatabase();
      const dataDir = tempDir();
      writeFileSync(path.join(dataDir, 'catalog.json'), JSON.stringify({ ...loadSeed(), statistics: [] }));
      const store = await database.open({ dataDir });
      expect(store.catalog.current().catalog.statistics).toEqual([]);
    });
  });

  describe('exclusive work', () => {
    it('makes a second process wait until the first one is done', async () => {
      database = testDatabase();
      const [a, b] = await Promise.all([database.open(), database.open()]);
      const events: string[] = [];
      let finishA!: () => void;
      const first = a.runExclusively('import', async () => {
        events.push('a starts');
        await new Promise<void>((resolve) => (finishA = resolve));
        events.push('a ends');
      });
      while (events.length === 0) await new Promise((resolve) => setImmediate(resolve));
      const second = b.runExclusively('import', async () => void events.push('b starts'));
      await waitForImportLock(database.schema, false);
      expect(events).toEqual(['a starts']);
      finishA();
      await Promise.all([first, second]);
      expect(events).toEqual(['a starts', 'a ends', 'b starts']);
    });

    it('is released by the server when the holding process dies', async () => {
      database = testDatabase();
      const [a, b] = await Promise.all([database.open(), database.open()]);
      let finishA!: () => void;
      const held = a.runExclusively('import', () => new Promise<void>((resolve) => (finishA = resolve)));
      await waitForImportLock(database.schema, true);
      // The holder's connection is killed, as when its process dies.
      await rowsOf(database.schema, `select pg_terminate_backend(pid) from pg_locks where ${IMPORT_LOCK} and granted`, [
        lockText(database.schema, 'import'),
      ]);
      expect(await b.runExclusively('import', async () => 'ran')).toBe('ran');
      finishA();
      await held;
    });
  });

  describe('opening', () => {
    it('names the server it cannot reach, never the password', async () => {
      const error = await openPostgresStore({ url: 'postgres://withk:s3cret-pw@127.0.0.1:1/withk' }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as Error).message).toMatch(/^PostgreSQL 127\.0\.0\.1:1\/withk \(schema public\): /);
      expect((error as Error).message).not.toContain('s3cret');
    });

    it('refuses a schema name that is not a plain identifier', async () => {
      await expect(openPostgresStore({ url: DATABASE_URL!, schema: 'Robert"; drop' })).rejects.toThrow(DatabaseError);
    });
  });
});

/** Publishes a catalog as another process would, but without the notification. */
async function publishByHand(schema: string, catalog: Catalog): Promise<void> {
  const document = gzipSync(JSON.stringify(catalog));
  await withPool(schema, async (pool) => {
    const { rows } = await pool.query<{ version: number }>(
      'insert into catalog_versions (document, bytes) values ($1, $2) returning version',
      [document, document.length],
    );
    await pool.query('update catalog_current set version = $1', [rows[0]!.version]);
  });
}

/** The rows of pg_locks for one advisory lock, $1 its text (the 64-bit key is split in two oids there). */
const IMPORT_LOCK = `locktype = 'advisory' and ((classid::bigint << 32) | objid::bigint) = hashtextextended($1, 0)`;

/** Waits until a session holds (granted) or waits for (not granted) this schema's 'import' lock. */
async function waitForImportLock(schema: string, granted: boolean): Promise<void> {
  for (;;) {
    const [row] = await rowsOf<{ n: number }>(
      schema,
      `select count(*)::int as n from pg_locks where ${IMPORT_LOCK} and granted = $2`,
      [lockText(schema, 'import'), granted],
    );
    if (row!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
