import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../../domain/types.js';
import { DataFileError, ValidatedJsonFile } from '../data-file.js';
import { BUNDLED_SEED } from '../open-store.js';
import { catalogSchema } from '../schemas.js';
import { DatabaseError } from '../store-errors.js';
import type { Store } from '../store.js';
import { openPostgresCatalog } from './catalog.js';
import { connect, connectionConfig, describeDatabase, type Pool } from './connect.js';
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
  /** On first start, a lowdb DATA_DIR whose catalog.json becomes the first published catalog, if it exists. */
  dataDir?: string;
  /** The first catalog otherwise. Default: the bundled seed. */
  seedFile?: string;
  /** How often to look for a newer catalog when no notification came. Default 30 s. */
  catalogPollMs?: number;
  onCatalogChange?: (version: number) => void;
  onCatalogError?: (error: unknown) => void;
}

/** The PostgreSQL store: shared by any number of withk processes on any number of machines. */
export interface PostgresStore extends Store {
  readonly schema: string;
  /** The catalog version this process serves. */
  catalogVersion(): number;
}

/**
 * Connects, migrates the schema (see migrate.ts), publishes a first catalog if the database has none, loads the
 * current one and starts listening for newer ones. A server that cannot be reached or used stops here with a
 * DatabaseError that says where it is (never the password).
 */
export async function openPostgresStore(options: OpenPostgresStoreOptions): Promise<PostgresStore> {
  const schema = options.schema ?? 'public';
  const where = describeDatabase(options.url, schema);
  const pool = connect(options.url, schema);
  let catalog;
  try {
    await migrate(pool, schema, await readMigrations());
    catalog = await openPostgresCatalog(pool, connectionConfig(options.url, schema), schema, {
      initial: () => readInitialCatalog(options),
      pollMs: options.catalogPollMs ?? 30_000,
      onChange: options.onCatalogChange,
      onError: options.onCatalogError,
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
    digestSettings: createDigestSettingsRepository(pool),
    pictureSettings: createPictureSettingsRepository(pool),
    deliveries: createDeliveryRepository(pool, owner),
    refreshStatus: createRefreshStatusRepository(pool),
    commandRegistration: createCommandRegistrationRepository(pool),
    // Claims make every digest exactly-once across processes: any number of them may run the scheduler.
    digestLock: { hold: async () => true, release: async () => undefined },
    runExclusively: (name, task) => runExclusively(pool, schema, name, task),
    reload: () => catalog.sync(),
    close: () => closeAll(pool, catalog),
  };
}

async function closeAll(pool: Pool, catalog: { close(): Promise<void> }): Promise<void> {
  await catalog.close();
  await pool.end();
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
