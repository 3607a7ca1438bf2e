import type { Catalog, SourceStatus } from '../domain/types.js';
import type { Store } from '../store/store.js';

/** The current catalog (read-only), for importers that merge into it. */
export const currentCatalog = (store: Store): Catalog => store.catalog.current().catalog;

/**
 * Makes `next` the current catalog: validated, saved atomically and indexed before any answer sees it. Nothing is
 * written when `next` is the current catalog itself (an import that changed nothing). Returns whether it wrote.
 */
export async function publishCatalog(store: Store, next: Catalog): Promise<boolean> {
  if (next === currentCatalog(store)) return false;
  await store.catalog.replace(next);
  return true;
}

/** What a source last delivered, as the current catalog records it. */
export const sourceStatusOf = (store: Store, sourceId: string): SourceStatus | undefined =>
  currentCatalog(store).sources.find((source) => source.id === sourceId);

/**
 * An opaque token that stays the same object while the catalog does and changes with every import: caches of
 * answers that depend only on the catalog (pictures) key on it.
 */
export const catalogVersion = (store: Store): object => store.catalog.current();

const memos = new WeakMap<object, Map<string, unknown>>();

/**
 * `compute()` once per catalog version and key: answers that depend only on the catalog (a rendered title card)
 * are built once and dropped with the catalog they came from.
 */
export function memoForCatalog<T>(store: Store, key: string, compute: () => T): T {
  const index = store.catalog.current();
  let byKey = memos.get(index);
  if (!byKey) memos.set(index, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}
