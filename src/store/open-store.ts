import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { createCatalogIndex, warmCatalogIndex, type CatalogIndex } from '../domain/catalog-index.js';
import type { Catalog } from '../domain/types.js';
import { PROJECT_ROOT } from '../project-root.js';
import { DataFileError, ValidatedJsonFile } from './data-file.js';
import { createInstanceLock } from './instance-lock.js';
import {
  createCommandRegistrationRepository,
  createDeliveryRepository,
  createDigestSettingsRepository,
  createPictureSettingsRepository,
  createRefreshStatusRepository,
  type StateFile,
} from './lowdb-state.js';
import { catalogSchema, stateSchema } from './schemas.js';
import { emptyState, type State } from './state-types.js';
import type { Store } from './store.js';

/** The catalog curated from the seed article, committed with the code. */
export const BUNDLED_SEED = path.join(PROJECT_ROOT, 'data', 'seed', 'catalog.json');

export interface OpenStoreOptions {
  dataDir: string;
  /** Where a first start copies the catalog from. */
  seedFile?: string;
}

/** The lowdb store: two JSON files in one directory, for one process (a lock file keeps a second from posting). */
export interface LowdbStore extends Store {
  readonly dataDir: string;
  readonly catalogPath: string;
  readonly statePath: string;
  /** The state file itself, for tests of the file mechanics (services use the repositories). */
  readonly stateFile: StateFile;
}

/**
 * Opens (and on first start creates) the catalog and state files in `dataDir`. Any file that exists but cannot
 * be read or validated stops here with a DataFileError, and is left exactly as it was.
 */
export async function openStore({ dataDir, seedFile = BUNDLED_SEED }: OpenStoreOptions): Promise<LowdbStore> {
  const catalogPath = path.resolve(dataDir, 'catalog.json');
  const statePath = path.resolve(dataDir, 'state.json');
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    throw new DataFileError(
      path.resolve(dataDir),
      `the data directory cannot be created (${(error as Error).message})`,
    );
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
  let index: CatalogIndex = warmCatalogIndex(createCatalogIndex(catalogDb.data));
  const stateAccess: StateFile = {
    read: () => stateDb.data,
    update: (mutate) =>
      serialize(() => {
        const draft = structuredClone(stateDb.data);
        mutate(draft);
        return commit(stateDb, stateFile, stateSchema.parse(draft) as State);
      }),
  };
  const lock = createInstanceLock(path.join(dataDir, 'digest.lock'));
  return {
    description: `${dataDir} (lowdb)`,
    dataDir,
    catalogPath,
    statePath,
    stateFile: stateAccess,
    catalog: {
      current: () => index,
      replace: (next) =>
        serialize(async () => {
          // Each step is a long synchronous stretch for a big catalog; between them the event loop takes
          // interactions (answered from the old catalog), so a refresh in the running bot never stalls it whole.
          const valid = catalogSchema.parse(next) as Catalog;
          await yieldToEventLoop();
          const built = createCatalogIndex(valid);
          await yieldToEventLoop();
          const nextIndex = warmCatalogIndex(built);
          await yieldToEventLoop();
          await commit(catalogDb, catalogFile, valid);
          index = nextIndex;
        }),
    },
    digestSettings: createDigestSettingsRepository(stateAccess),
    pictureSettings: createPictureSettingsRepository(stateAccess),
    deliveries: createDeliveryRepository(stateAccess, randomUUID()),
    refreshStatus: createRefreshStatusRepository(stateAccess),
    commandRegistration: createCommandRegistrationRepository(stateAccess),
    digestLock: lock,
    // One process: nothing to exclude (a second instance is kept from posting by the lock file).
    runExclusively: (_name, task) => task(),
    reload: () =>
      serialize(async () => {
        stateDb.data = (await stateFile.read()) ?? stateDb.data;
      }),
    close: () => lock.release(),
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

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs writes one after another, so two read-modify-write cycles never interleave. */
function createQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
