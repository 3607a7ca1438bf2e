import { randomUUID } from 'node:crypto';
import type { CurationChange } from '../domain/curation.js';
import { seedDealChanges } from '../domain/curation-seed.js';
import type { Catalog } from '../domain/types.js';
import { createCatalogView } from './catalog-view.js';
import { curationFileSchema, numberChanges } from './curation-schema.js';
import {
  createCommandRegistrationRepository,
  createDeliveryRepository,
  createDigestSettingsRepository,
  createPictureSettingsRepository,
  createRefreshStatusRepository,
} from './lowdb-state.js';
import { catalogSchema } from './schemas.js';
import { emptyState, type State } from './state-types.js';
import type { Store } from './store.js';

/**
 * A store that keeps everything in memory, with the same repositories and validation as the lowdb store: for
 * tests, benchmarks and tools that must not touch files. Without `changes`, the catalog's deals become curated
 * changes, as they do on the lowdb store's first start.
 */
export function createMemoryStore(
  catalog: Catalog,
  state: State = emptyState(),
  changes?: readonly CurationChange[],
): Store {
  const view = changes
    ? createCatalogView(catalog, curationFileSchema.parse({ version: 1, changes }).changes)
    : createCatalogView(
        catalog.deals.length ? { ...catalog, deals: [] } : catalog,
        numberChanges([], seedDealChanges(catalog)),
      );
  let current = structuredClone(state);
  const file = {
    read: () => current,
    async update(mutate: (draft: State) => void) {
      const draft = structuredClone(current);
      mutate(draft);
      current = draft;
    },
  };
  return {
    description: 'memory',
    catalog: {
      current: view.current,
      imported: view.imported,
      async replace(next) {
        view.setImported(catalogSchema.parse(next) as Catalog);
      },
    },
    curation: {
      list: async () => view.changes(),
      async append(changes) {
        const numbered = numberChanges(view.changes(), changes);
        view.setChanges(curationFileSchema.parse({ version: 1, changes: [...view.changes(), ...numbered] }).changes);
        return numbered;
      },
      sync: async () => undefined,
    },
    digestSettings: createDigestSettingsRepository(file),
    pictureSettings: createPictureSettingsRepository(file),
    deliveries: createDeliveryRepository(file, randomUUID()),
    refreshStatus: createRefreshStatusRepository(file),
    commandRegistration: createCommandRegistrationRepository(file),
    digestLock: { hold: async () => true, release: async () => undefined },
    runExclusively: (_name, task) => task(),
    reload: async () => undefined,
    close: async () => undefined,
  };
}
