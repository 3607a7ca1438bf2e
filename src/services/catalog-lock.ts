import type { Store } from '../store/store.js';
import { runExclusively } from './exclusive.js';

const tails = new WeakMap<Store, Promise<unknown>>();

/**
 * Runs `change` (read the catalog, work, publish) once no other change of it is running: after every earlier one
 * in this process, and, with a shared store, while no other process imports (starting from the newest catalog).
 * Without it, enrichment publishing while an import works would be lost when the import publishes.
 */
export function changeCatalogExclusively<T>(store: Store, change: () => Promise<T>): Promise<T> {
  const previous = tails.get(store) ?? Promise.resolve();
  const task = () => runExclusively(store, 'import', change);
  const run = previous.then(task, task);
  tails.set(
    store,
    run.catch(() => undefined),
  );
  return run;
}
