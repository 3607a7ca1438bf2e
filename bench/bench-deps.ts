import type { Config } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import type { Deps } from '../src/services/deps.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import type { Store } from '../src/store/store.js';

/** The instant the bench pretends it is: just after the real data's latest week. */
export const BENCH_NOW = new Date('2026-07-25T03:00:00Z');

export { createMemoryStore };

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
    config: { dataDir: '(memory)', logLevel: 'warn', ...config },
    startedAt: BENCH_NOW,
    version: 'bench',
  };
  return { deps, errors: () => errors };
}
