import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { CurationChange } from '../domain/curation.js';
import { seedDealChanges } from '../domain/curation-seed.js';
import type { Catalog } from '../domain/types.js';
import { createCatalogView } from './catalog-view.js';
import { PROJECT_ROOT } from '../project-root.js';
import { DataFileError, ValidatedJsonFile } from './data-file.js';
import { createInstanceLock } from './instance-lock.js';
import { numberChanges } from './curation-schema.js';
import { createLowdbCurationRepository, curationFile, watchForWriters } from './lowdb-curation.js';
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
import { validateCatalogInSteps } from './validate-catalog.js';
import type { Store } from './store.js';

/** The catalog curated from the seed article, committed with the code. */
export const BUNDLED_SEED = path.join(PROJECT_ROOT, 'data', 'seed', 'catalog.json');

export interface OpenStoreOptions {
  dataDir: string;
  /** Where a first start copies the catalog from. */
  seedFile?: string;
}

/**
 * The lowdb store: three JSON files in one directory (imported catalog, curated changes, state), for one process
 * (a lock file keeps a second from posting digests).
 */
export interface LowdbStore extends Store {
  readonly dataDir: string;
  readonly catalogPath: string;
  readonly curatedPath: string;
  readonly statePath: string;
  /** The state file itself, for tests of the file mechanics (services use the repositories). */
  readonly stateFile: StateFile;
}

/**
 * Opens (and on first start creates) the catalog, curated and state files in `dataDir`. Any file that exists but
 * cannot be read or validated stops here with a DataFileError, and is left exactly as it was. The first start
 * without a curated file moves the catalog's deals into it (see migrateDeals).
 */
export async function openStore({ dataDir, seedFile = BUNDLED_SEED }: OpenStoreOptions): Promise<LowdbStore> {
  const catalogPath = path.resolve(dataDir, 'catalog.json');
  const statePath = path.resolve(dataDir, 'state.json');
  const curatedPath = path.resolve(dataDir, 'curated.json');
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
  const curated = curationFile(curatedPath);
  const existing = await catalogFile.read();
  const savedChanges = (await curated.read())?.changes;
  const state = await stateFile.read();
  const catalogDb = new Low<Catalog>(catalogFile, existing ?? (await readSeed(seedFile)));
  const stateDb = new Low<State>(stateFile, state ?? emptyState());
  if (!existing) await catalogDb.write();
  if (!state) await stateDb.write();
  const changes = savedChanges ?? (await migrateDeals(catalogDb, catalogFile, curated));

  const serialize = createQueue();
  const view = createCatalogView(catalogDb.data, changes);
  const curation = createLowdbCurationRepository(curated, view, serialize);
  const stopWatching = watchForWriters(curatedPath, curation.reload);
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
    curatedPath,
    statePath,
    stateFile: stateAccess,
    catalog: {
      current: view.current,
      imported: view.imported,
      replace: (next) =>
        serialize(async () => {
          // Validation, the new index and the file are each done in steps that let interactions in (answered
          // from the old catalog meanwhile), so a source refresh in the running bot never stalls it for long.
          const valid = await validateCatalogInSteps(next, yieldToEventLoop);
          const makeCurrent = await view.prepareImported(valid, yieldToEventLoop);
          await commit(catalogDb, catalogFile, valid);
          makeCurrent();
        }),
    },
    curation: { list: curation.list, append: curation.append, sync: curation.reload },
    digestSettings: createDigestSettingsRepository(stateAccess),
    pictureSettings: createPictureSettingsRepository(stateAccess),
    deliveries: createDeliveryRepository(stateAccess, randomUUID()),
    refreshStatus: createRefreshStatusRepository(stateAccess),
    commandRegistration: createCommandRegistrationRepository(stateAccess),
    digestLock: lock,
    // One process: nothing to exclude (a second instance is kept from posting by the lock file).
    runExclusively: (_name, task) => task(),
    reload: async () => {
      await serialize(async () => {
        stateDb.data = (await stateFile.read()) ?? stateDb.data;
      });
      await curation.reload();
    },
    close: async () => {
      stopWatching();
      await lock.release();
    },
  };
}

async function readSeed(seedFile: string): Promise<Catalog> {
  const seed = await new ValidatedJsonFile(seedFile, catalogSchema).read();
  if (!seed) throw new DataFileError(seedFile, 'the bundled seed catalog is missing');
  return seed;
}

/**
 * The seed's hand-typed deals become curated changes: the curated file is written first, then the catalog without
 * its deals. A crash between the two loses nothing: curated deals take the place of imported ones with their ids.
 */
async function migrateDeals(
  catalogDb: Low<Catalog>,
  catalogFile: ValidatedJsonFile<Catalog>,
  curated: ReturnType<typeof curationFile>,
): Promise<CurationChange[]> {
  const changes = numberChanges([], seedDealChanges(catalogDb.data));
  await curated.write({ version: 1, changes });
  if (catalogDb.data.deals.length) await commit(catalogDb, catalogFile, { ...catalogDb.data, deals: [] });
  return changes;
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
