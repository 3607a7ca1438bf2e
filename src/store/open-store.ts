import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Low } from 'lowdb';
import type { Catalog } from '../domain/types.js';
import { DataFileError, ValidatedJsonFile } from './data-file.js';
import { catalogSchema, stateSchema } from './schemas.js';
import { emptyState, type State } from './state-types.js';
import type { Store } from './store.js';

/** The catalog curated from the seed article, committed with the code. */
export const BUNDLED_SEED = fileURLToPath(new URL('../../data/seed/catalog.json', import.meta.url));

export interface OpenStoreOptions {
  dataDir: string;
  /** Where a first start copies the catalog from. */
  seedFile?: string;
}

/**
 * Opens (and on first start creates) the catalog and state files in `dataDir`. Any file that exists but cannot
 * be read or validated stops here with a DataFileError, and is left exactly as it was.
 */
export async function openStore({ dataDir, seedFile = BUNDLED_SEED }: OpenStoreOptions): Promise<Store> {
  const catalogPath = path.resolve(dataDir, 'catalog.json');
  const statePath = path.resolve(dataDir, 'state.json');
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw new DataFileError(path.resolve(dataDir), `the data directory cannot be created (${(error as Error).message})`);
  }

  // The runtime catalog is written compactly: it holds every imported chart row.
  const catalogFile = new ValidatedJsonFile(catalogPath, catalogSchema);
  const stateFile = new ValidatedJsonFile(statePath, stateSchema, 2);
  const existing = await catalogFile.read();
  const state = await stateFile.read();
  const catalogDb = new Low<Catalog>(catalogFile, existing ?? (await readSeed(seedFile)));
  const stateDb = new Low<State>(stateFile, state ?? emptyState());
  if (!existing) await catalogDb.write();
  if (!state) await stateDb.write();

  const serialize = createQueue();
  return {
    dataDir,
    catalogPath,
    statePath,
    getCatalog: () => catalogDb.data,
    getState: () => stateDb.data,
    // Validated, then kept as given (not zod's copy): the caller may have built its index for this very object.
    replaceCatalog: (next) =>
      serialize(() => {
        catalogSchema.parse(next);
        return commit(catalogDb, catalogFile, next);
      }),
    updateState: (mutate) =>
      serialize(() => {
        const draft = structuredClone(stateDb.data);
        mutate(draft);
        return commit(stateDb, stateFile, stateSchema.parse(draft) as State);
      }),
    reloadState: () =>
      serialize(async () => {
        stateDb.data = (await stateFile.read()) ?? stateDb.data;
      }),
  };
}

async function readSeed(seedFile: string): Promise<Catalog> {
  const seed = await new ValidatedJsonFile(seedFile, catalogSchema).read();
  if (!seed) throw new DataFileError(seedFile, 'the bundled seed catalog is missing');
  return seed;
}

/** Makes `next` current only once it is safely on disk: readers never see data that may not be saved. */
async function commit<T>(db: Low<T>, file: ValidatedJsonFile<T>, next: T): Promise<void> {
  await file.write(next);
  db.data = next;
}

/** Runs writes one after another, so two read-modify-write cycles never interleave. */
function createQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
