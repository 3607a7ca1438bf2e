import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CurationChange } from '../../domain/curation.js';
import type { Catalog } from '../../domain/types.js';
import { DataFileError, ValidatedJsonFile } from '../data-file.js';
import { curationFile } from '../lowdb-curation.js';
import { BUNDLED_SEED } from '../open-store.js';
import { catalogSchema } from '../schemas.js';
import { DatabaseError } from '../store-errors.js';
import type { Store } from '../store.js';
import { openPostgresCatalog, publishInitial } from './catalog.js';
import { connect, connectionConfig, describeDatabase, type Pool } from './connect.js';
import { changesAfter, openPostgresCuration, withRows, type PostgresCuration } from './curation.js';
import { seedCuration } from './curation-seed.js';
import { createDeliveryRepository } from './deliveries.js';
import { runExclusively } from './locks.js';
import { migrate, readMigrations } from './migrate.js';
import {
  createCommandRegistrationRepository,
  createDigestSettingsRepository,
  createPictureSettingsRepository,
  createRefreshStatusRepository,
} from './settings-repositories.js';

export interface OpenPostgresStoreOptions {
  /** A postgres:// URL (libpq style: `?sslmode=require` and the like are understood). */
  url: string;
  /** The schema withk's tables live in. Default `public`. */
  schema?: string;
  /**
   * On first start, a lowdb DATA_DIR whose catalog.json becomes the first published catalog, and whose curated.json
   * the first curated changes, if they exist.
   */
  dataDir?: string;
  /** The first catalog otherwise. Default: the bundled seed. */
  seedFile?: string;
  /** How often to look for a newer catalog and newer curated changes when no notification came. Default 30 s. */
  catalogPollMs?: number;
  onCatalogChange?: (version: number) => void;
  /** Called when a newer catalog or newer curated changes could not be loaded; what is current keeps serving. */
  onCatalogError?: (error: unknown) => void;
}

/** The PostgreSQL store: shared by any number of withk processes on any number of machines. */
export interface PostgresStore extends Store {
  readonly schema: string;
  /** The catalog version this process serves. */
  catalogVersion(): number;
}

/**
 * Connects, migrates the schema (see migrate.ts), publishes a first catalog and the first curated changes if the
 * database has none, loads the current catalog with the curated changes on top and starts listening for newer
 * ones. A server that cannot be reached or used stops here with a DatabaseError that says where it is (never the
 * password).
 */
export async function openPostgresStore(options: OpenPostgresStoreOptions): Promise<PostgresStore> {
  const schema = options.schema ?? 'public';
  const where = describeDatabase(options.url, schema);
  const pool = connect(options.url, schema);
  const connection = connectionConfig(options.url, schema);
  const pollMs = options.catalogPollMs ?? 30_000;
  let catalog;
  let curation: PostgresCuration;
  try {
    await migrate(pool, schema, await readMigrations());
    // Seeding publishes the first catalog on a new database (without the deals it moves); publishInitial covers a
    // database that was seeded but has no catalog.
    await seedCuration(pool, schema, {
      initial: () => readInitialCatalog(options),
      carried: () => readLowdbCuration(options),
    });
    await publishInitial(pool, schema, () => readInitialCatalog(options));
    catalog = await openPostgresCatalog(pool, connection, schema, {
      changes: withRows([], await changesAfter(pool, 0)),
      pollMs,
      onChange: options.onCatalogChange,
      onError: options.onCatalogError,
    });
    curation = await openPostgresCuration(pool, connection, schema, catalog.view, {
      pollMs,
      onError: options.onCatalogError,
    }).catch(async (error: unknown) => {
      await catalog!.close();
      throw error;
    });
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw databaseError(error, where);
  }
  const owner = randomUUID();
  return {
    description: where,
    schema,
    catalog,
    catalogVersion: catalog.version,
    curation: { list: curation.list, append: curation.append, sync: curation.sync },
    digestSettings: createDigestSettingsRepository(pool),
    pictureSettings: createPictureSettingsRepository(pool),
    deliveries: createDeliveryRepository(pool, owner),
    refreshStatus: createRefreshStatusRepository(pool),
    commandRegistration: createCommandRegistrationRepository(pool),
    // Claims make every digest exactly-once across processes: any number of them may run the scheduler.
    digestLock: { hold: async () => true, release: async () => undefined },
    runExclusively: (name, task) => runExclusively(pool, schema, name, task),
    reload: async () => {
      await catalog.sync();
      await curation.sync();
    },
    close: () => closeAll(pool, [curation, catalog]),
  };
}

async function closeAll(pool: Pool, parts: { close(): Promise<void> }[]): Promise<void> {
  for (const part of parts) await part.close();
  await pool.end();
}

/** A lowdb deployment's curated changes, when DATA_DIR has them: a move to PostgreSQL keeps the editors' work. */
async function readLowdbCuration({ dataDir }: OpenPostgresStoreOptions): Promise<CurationChange[] | undefined> {
  const file = dataDir && path.resolve(dataDir, 'curated.json');
  return file && existsSync(file) ? (await curationFile(file).read())?.changes : undefined;
}

async function readInitialCatalog({ dataDir, seedFile = BUNDLED_SEED }: OpenPostgresStoreOptions): Promise<Catalog> {
  const lowdbCatalog = dataDir && path.resolve(dataDir, 'catalog.json');
  const file = lowdbCatalog && existsSync(lowdbCatalog) ? lowdbCatalog : seedFile;
  const catalog = await new ValidatedJsonFile(file, catalogSchema).read();
  if (!catalog) throw new DataFileError(file, 'the catalog to start from is missing');
  return catalog;
}

/** Our own errors pass; a driver or server error becomes a DatabaseError naming the server. */
function databaseError(error: unknown, where: string): unknown {
  if (error instanceof DatabaseError || error instanceof DataFileError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DatabaseError(`${where}: ${message}`, { cause: error });
}
