import { randomUUID } from 'node:crypto';
import { createCatalogIndex, warmCatalogIndex } from '../domain/catalog-index.js';
import type { Catalog } from '../domain/types.js';
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
 * tests, benchmarks and tools that must not touch files.
 */
export function createMemoryStore(catalog: Catalog, state: State = emptyState()): Store {
  let index = warmCatalogIndex(createCatalogIndex(catalog));
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
      current: () => index,
      async replace(next) {
        index = warmCatalogIndex(createCatalogIndex(catalogSchema.parse(next) as Catalog));
      },
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
