import { promisify } from 'node:util';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gunzip as gunzipCallback } from 'node:zlib';
import type { CurationChange } from '../../domain/curation.js';
import type { Catalog } from '../../domain/types.js';
import { createCatalogView, type CatalogView } from '../catalog-view.js';
import { parseJsonText, validateData } from '../data-file.js';
import { jsonPieces } from '../json-pieces.js';
import { catalogSchema } from '../schemas.js';
import { CatalogConflictError } from '../store-errors.js';
import { validateCatalogInSteps } from '../validate-catalog.js';
import type { CatalogRepository } from '../store.js';
import type pg from 'pg';
import { lockText, transaction, type Pool, type Queryable } from './connect.js';
import { followChannel } from './listener.js';

const gunzip = promisify(gunzipCallback);
/** Lets interactions waiting in the event loop run between the long steps of loading a catalog. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Published versions kept besides the current one, for a look back after a bad import. */
const KEPT_VERSIONS = 3;

export interface PostgresCatalogOptions {
  /** The curated changes to apply on top (see postgres/curation.ts, which keeps them current afterwards). */
  changes: readonly CurationChange[];
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
  /** The imported catalog and the curated changes, combined: what `current()` serves. */
  readonly view: CatalogView;
  close(): Promise<void>;
}

/** The channel on which a publisher announces a new version to every process using `schema`. */
export const catalogChannel = (schema: string) => `withk_catalog_${schema}`;

/**
 * The catalog in PostgreSQL: each published catalog is one gzip-compressed JSON row in `catalog_versions`, and
 * `catalog_current` names the version every process serves, so a machine that did not run an import loads it
 * from the database. A publisher notifies the others (LISTEN/NOTIFY); each loads, validates and indexes the new
 * version in the background while the old index keeps answering, then swaps. A periodic version check covers a
 * missed notification (and every re-LISTEN after a reconnect checks too). What answers see is the published
 * (imported) catalog with the curated changes on top; the first catalog must already be published (publishInitial).
 */
export async function openPostgresCatalog(
  pool: Pool,
  connection: pg.ClientConfig,
  schema: string,
  options: PostgresCatalogOptions,
): Promise<PostgresCatalog> {
  const { rows } = await pool.query<{ version: number; document: Buffer }>(
    'select c.version, v.document from catalog_current c join catalog_versions v using (version)',
  );
  let loaded = rows[0]!.version;
  const view = createCatalogView(await catalogOf(rows[0]!.document, loaded), options.changes);

  // The version this process is committing: its own notification must not make it load that version again.
  let publishing = 0;
  async function loadNewer(): Promise<void> {
    const [current] = (await pool.query<{ version: number }>('select version from catalog_current')).rows;
    if (!current || current.version <= Math.max(loaded, publishing)) return;
    const [next] = (
      await pool.query<{ document: Buffer }>('select document from catalog_versions where version = $1', [
        current.version,
      ])
    ).rows;
    if (!next) return; // replaced and pruned meanwhile: the next round finds the newer one
    const catalog = await catalogOf(next.document, current.version);
    const makeCurrent = await view.prepareImported(catalog, yieldToEventLoop);
    if (current.version <= loaded) return; // this process published a newer one meanwhile
    makeCurrent();
    loaded = current.version;
    options.onChange?.(loaded);
  }
  const follower = await followChannel(connection, catalogChannel(schema), loadNewer, options);

  let tail: Promise<unknown> = Promise.resolve();
  return {
    current: view.current,
    imported: view.imported,
    version: () => loaded,
    sync: follower.sync,
    view,
    replace(next) {
      // One replace at a time in this process; other processes are held off by the lock inside publish().
      const run = tail.then(async () => {
        // Taken before the first pause: a version another process published while this one is prepared (and
        // loaded here meanwhile) must make the publish refuse, not be overwritten by a catalog built without it.
        const basedOn = loaded;
        const valid = await validateCatalogInSteps(next, yieldToEventLoop);
        const makeCurrent = await view.prepareImported(valid, yieldToEventLoop);
        const document = await documentOf(valid);
        const version = await transaction(pool, async (client) => {
          publishing = await publish(client, schema, document, basedOn);
          return publishing;
        });
        makeCurrent();
        loaded = version;
      });
      tail = run.catch(() => undefined);
      return run;
    },
    close: follower.close,
  };
}

/** On first start (no catalog in the database yet) publishes `initial()`; a second starter waits, then skips. */
export async function publishInitial(pool: Pool, schema: string, initial: () => Promise<Catalog>): Promise<void> {
  if ((await pool.query('select version from catalog_current')).rows.length > 0) return;
  await transaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [lockText(schema, 'catalog')]);
    if ((await client.query('select version from catalog_current')).rows.length > 0) return;
    await publish(client, schema, await documentOf(await initial()), undefined);
  });
}

/**
 * Inserts a new version, makes it current, prunes old ones and notifies, in the caller's transaction (the
 * notification goes out on commit). Refuses when the current version is no longer `basedOn`.
 */
export async function publish(
  db: Queryable,
  schema: string,
  document: Buffer,
  basedOn: number | undefined,
): Promise<number> {
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

/**
 * Decompresses and validates a stored version, yielding to the event loop between the long steps (JSON.parse of
 * the whole text is still one).
 */
export async function catalogOf(document: Buffer, version: number): Promise<Catalog> {
  const where = `PostgreSQL catalog version ${version}`;
  const text = (await gunzip(document)).toString('utf8');
  await yieldToEventLoop();
  const json = parseJsonText(where, text);
  await yieldToEventLoop();
  return validateCatalogInSteps(
    json,
    yieldToEventLoop,
    (value) => validateData(where, value, catalogSchema) as Catalog,
  );
}

/**
 * A catalog as a stored version's document: its JSON text in pieces (see jsonPieces) through gzip level 1, so
 * neither the whole text nor its compression holds the event loop. On the 24 MB 1× catalog level 1 took 135 ms
 * and gave 2.7 MB against level 6's 560 ms and 2.2 MB: the time is spent on every publish, the bytes barely matter.
 */
export async function documentOf(catalog: Catalog): Promise<Buffer> {
  const compressed: Buffer[] = [];
  await pipeline(
    Readable.from(jsonPieces(catalog)),
    createGzip({ level: 1 }),
    async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) compressed.push(chunk);
    },
  );
  return Buffer.concat(compressed);
}
