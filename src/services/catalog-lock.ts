import type { Store } from '../store/store.js';

const tails = new WeakMap<Store, Promise<unknown>>();

/**
 * Runs `change` once every earlier change of this store's catalog has finished. An import reads the catalog,
 * works for a while, then publishes; enrichment publishing in between would be overwritten. Within one process,
 * every read-modify-publish of the catalog goes through here.
 */
export function withCatalogLock<T>(store: Store, change: () => Promise<T>): Promise<T> {
  const previous = tails.get(store) ?? Promise.resolve();
  const run = previous.then(change, change);
  tails.set(
    store,
    run.catch(() => undefined),
  );
  return run;
}
