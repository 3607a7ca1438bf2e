import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import { createCatalogIndex, warmCatalogIndex, type CatalogIndex } from '../../domain/catalog-index.js';
import type { Catalog } from '../../domain/types.js';
import { parseDataFile } from '../data-file.js';
import { catalogSchema } from '../schemas.js';
import { CatalogConflictError } from '../store-errors.js';
import type { CatalogRepository } from '../store.js';
import type pg from 'pg';
import { lockText, transaction, type Pool, type Queryable } from './connect.js';
import { listen } from './listener.js';

const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);
/** Lets interactions waiting in the event loop run between the long steps of loading a catalog. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * gzip level 1: on the 24 MB 1× catalog, 135 ms and 2.7 MB against level 6's 560 ms and 2.2 MB; the time is spent
 * on every publish, the bytes barely matter.
 */
const compress = (text: string) => gzip(text, { level: 1 });

/** Published versions kept besides the current one, for a look back after a bad import. */
const KEPT_VERSIONS = 3;

export interface PostgresCatalogOptions {
  /** The catalog published when the database has none yet (first start). */
  initial: () => Promise<Catalog>;
  /** How often to look for a newer version in case a notification was missed. */
  pollMs: number;
  /** Called once a catalog another process published is current here. */
  onChange?: (version: number) => void;
  /** Called when a newer catalog could not be loaded; the current one keeps serving. */
  onError?: (error: unknown) => void;
}

export interface PostgresCatalog extends CatalogRepository {
  /** The version this process serves. */
  version(): number;
  /** Makes the newest published version current here (resolves once it is, or at once if it already is). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The channel on which a publisher announces a new version to every process using `schema`. */
export const catalogChannel = (schema: string) => `withk_catalog_${schema}`;

/**
 * The catalog in PostgreSQL: each published catalog is one gzip-compressed JSON row in `catalog_versions`, and
 * `catalog_current` names the version every process serves, so a machine that did not run an import loads it
 * from the database. A publisher notifies the others (LISTEN/NOTIFY); each loads, validates and indexes the new
 * version in the background while the old index keeps answering, then swaps. A periodic version check covers a
 * missed notification (and every re-LISTEN after a reconnect checks too).
 */
export async function openPostgresCatalog(
  pool: Pool,
  connection: pg.ClientConfig,
  schema: string,
  options: PostgresCatalogOptions,
): Promise<PostgresCatalog> {
  await publishInitial(pool, schema, options.initial);
  const { rows } = await pool.query<{ version: number; document: Buffer }>(
    'select c.version, v.document from catalog_current c join catalog_versions v using (version)',
  );
  let loaded = rows[0]!.version;
  let index = await indexOf(rows[0]!.document, loaded);

  // The version this process is committing: its own notification must not make it load that version again.
  let publishing = 0;
  let syncing: Promise<void> | undefined;
  let again = false;
  async function syncLoop(): Promise<void> {
    do {
      again = false;
      const [current] = (await pool.query<{ version: number }>('select version from catalog_current')).rows;
      if (!current || current.version <= Math.max(loaded, publishing)) continue;
      const [next] = (
        await pool.query<{ document: Buffer }>('select document from catalog_versions where version = $1', [
          current.version,
        ])
      ).rows;
      if (!next) continue; // replaced and pruned meanwhile: the next round finds the newer one
      const nextIndex = await indexOf(next.document, current.version);
      if (current.version <= loaded) continue; // this process published a newer one meanwhile
      index = nextIndex;
      loaded = current.version;
      options.onChange?.(loaded);
    } while (again);
  }
  const sync = (): Promise<void> => {
    if (syncing) {
      again = true;
      return syncing;
    }
    return (syncing = syncLoop().finally(() => (syncing = undefined)));
  };
  const syncInBackground = () => void sync().catch((error: unknown) => options.onError?.(error));

  const listener = await listen(connection, catalogChannel(schema), syncInBackground, syncInBackground);
  const poll = setInterval(syncInBackground, options.pollMs);
  poll.unref();

  let tail: Promise<unknown> = Promise.resolve();
  return {
    current: () => index,
    version: () => loaded,
    sync,
    replace(next) {
      // One replace at a time in this process; other processes are held off by the lock inside publish().
      const run = tail.then(async () => {
        // Long synchronous steps for a big catalog: between them the event loop takes interactions.
        const valid = catalogSchema.parse(next) as Catalog;
        await yieldToEventLoop();
        const built = createCatalogIndex(valid);
        await yieldToEventLoop();
        const nextIndex = warmCatalogIndex(built);
        await yieldToEventLoop();
        const document = await compress(JSON.stringify(valid));
        const version = await transaction(pool, async (client) => {
          publishing = await publish(client, schema, document, loaded);
          return publishing;
        });
        index = nextIndex;
        loaded = version;
      });
      tail = run.catch(() => undefined);
      return run;
    },
    async close() {
      clearInterval(poll);
      await listener.close();
      await syncing?.catch(() => undefined);
    },
  };
}

/** On first start (no catalog in the database yet) publishes `initial()`; a second starter waits, then skips. */
async function publishInitial(pool: Pool, schema: string, initial: () => Promise<Catalog>): Promise<void> {
  if ((await pool.query('select version from catalog_current')).rows.length > 0) return;
  await transaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [lockText(schema, 'catalog')]);
    if ((await client.query('select version from catalog_current')).rows.length > 0) return;
    await publish(client, schema, await compress(JSON.stringify(await initial())), undefined);
  });
}

/**
 * Inserts a new version, makes it current, prunes old ones and notifies, in the caller's transaction (the
 * notification goes out on commit). Refuses when the current version is no longer `basedOn`.
 */
async function publish(db: Queryable, schema: string, document: Buffer, basedOn: number | undefined): Promise<number> {
  await db.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [lockText(schema, 'catalog')]);
  const [current] = (await db.query<{ version: number }>('select version from catalog_current')).rows;
  if (current && basedOn !== undefined && current.version !== basedOn)
    throw new CatalogConflictError(basedOn, current.version);
  const { rows } = await db.query<{ version: number }>(
    'insert into catalog_versions (document, bytes) values ($1, $2) returning version',
    [document, document.length],
  );
  const version = rows[0]!.version;
  await db.query(
    `insert into catalog_current (version) values ($1) on conflict (id) do update set version = excluded.version`,
    [version],
  );
  await db.query(
    `delete from catalog_versions where version not in
       (select version from catalog_versions order by version desc limit $1)`,
    [KEPT_VERSIONS + 1],
  );
  await db.query('select pg_notify($1, $2)', [catalogChannel(schema), String(version)]);
  return version;
}

/** Decompresses, validates and indexes a stored version, yielding to the event loop between the long steps. */
async function indexOf(document: Buffer, version: number): Promise<CatalogIndex> {
  const text = (await gunzip(document)).toString('utf8');
  await yieldToEventLoop();
  const catalog = parseDataFile(`PostgreSQL catalog version ${version}`, text, catalogSchema) as Catalog;
  await yieldToEventLoop();
  const index = createCatalogIndex(catalog);
  await yieldToEventLoop();
  return warmCatalogIndex(index);
}
