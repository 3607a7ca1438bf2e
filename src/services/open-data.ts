import type { Logger } from '../logger.js';
import { openStore } from '../store/open-store.js';
import { openPostgresStore } from '../store/postgres/open-postgres-store.js';
import type { Store } from '../store/store.js';

export { DataFileError } from '../store/data-file.js';
export { CatalogConflictError, DatabaseError } from '../store/store-errors.js';

/** Where withk keeps its data: PostgreSQL when `databaseUrl` is set, else the lowdb files in `dataDir`. */
export interface DataOptions {
  dataDir: string;
  databaseUrl?: string;
  databaseSchema?: string;
}

/**
 * Opens withk's data for a process (the bot, the console, an import). Without a database URL: the lowdb files in
 * `dataDir`, for one process; a file that cannot be used stops here with a DataFileError that names it, and
 * nothing is overwritten. With one: PostgreSQL, shared by every process that uses the same URL and schema (its
 * first start publishes `dataDir`'s catalog.json if there is one, else the bundled seed); a server that cannot be
 * used stops here with a DatabaseError. The logger hears when another process's catalog becomes current.
 */
export async function openData(options: DataOptions, logger?: Logger): Promise<Store> {
  if (!options.databaseUrl) return openStore({ dataDir: options.dataDir });
  return openPostgresStore({
    url: options.databaseUrl,
    schema: options.databaseSchema,
    dataDir: options.dataDir,
    onCatalogChange: (version) => logger?.info({ version }, 'catalog published by another process is now current'),
    onCatalogError: (error) =>
      logger?.error({ err: error }, 'a newly published catalog could not be loaded; the current one keeps serving'),
  });
}
