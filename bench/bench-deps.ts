import type { Config } from '../src/config.js';
import type { Catalog } from '../src/domain/types.js';
import { createLogger } from '../src/logger.js';
import type { Deps } from '../src/services/deps.js';
import { emptyState } from '../src/store/state-types.js';
import type { Store } from '../src/store/store.js';

/** The instant the bench pretends it is: just after the real data's latest week. */
export const BENCH_NOW = new Date('2026-07-25T03:00:00Z');

/** A read-only in-memory Store for catalogs too large for one JSON file (10× and 100×). */
export function createMemoryStore(catalog: Catalog): Store {
  const state = emptyState();
  const refuse = () => Promise.reject(new Error('the bench store is read-only'));
  return {
    dataDir: '(memory)',
    catalogPath: '(memory)',
    statePath: '(memory)',
    getCatalog: () => catalog,
    getState: () => state,
    replaceCatalog: refuse,
    updateState: refuse,
    reloadState: async () => undefined,
  };
}

/** Deps as the bot builds them, with a logger that counts errors instead of printing them. */
export function createBenchDeps(store: Store, config: Partial<Config> = {}): { deps: Deps; errors: () => number } {
  let errors = 0;
  const logger = createLogger({
    level: 'warn',
    write: (line) => {
      if (line.includes('"level":50')) errors += 1;
    },
  });
  const deps: Deps = {
    store,
    clock: () => BENCH_NOW,
    logger,
    config: { dataDir: store.dataDir, logLevel: 'warn', ...config },
    startedAt: BENCH_NOW,
    version: 'bench',
  };
  return { deps, errors: () => errors };
}
