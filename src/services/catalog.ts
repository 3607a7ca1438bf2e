import type { Catalog, SourceStatus } from '../domain/types.js';
import type { Store } from '../store/store.js';

/**
 * The imported catalog (read-only), for importers that merge into it: curated changes are not in it, so what an
 * importer writes back never contains (or overwrites) an editor's work.
 */
export const currentCatalog = (store: Store): Catalog => store.catalog.imported();

/**
 * Makes `next` the imported catalog: validated, saved atomically and indexed (with curated changes on top) before
 * any answer sees it. Nothing is written when `next` is the imported catalog itself (an import that changed
 * nothing). Returns whether it wrote.
 */
export async function publishCatalog(store: Store, next: Catalog): Promise<boolean> {
  if (next === currentCatalog(store)) return false;
  await store.catalog.replace(next);
  return true;
}

/** What a source last delivered, as the current catalog records it. */
export const sourceStatusOf = (store: Store, sourceId: string): SourceStatus | undefined =>
  store.catalog.current().catalog.sources.find((source) => source.id === sourceId);

/**
 * An opaque token that stays the same object while the catalog does and changes with every import and curated
 * change: caches of
 * answers that depend only on the catalog (pictures) key on it.
 */
export const catalogVersion = (store: Store): object => store.catalog.current();

const memos = new WeakMap<object, Map<string, unknown>>();

/**
 * `compute()` once per catalog version and key: answers that depend only on the catalog (a rendered title card)
 * are built once and dropped with the catalog they came from.
 */
export function memoForCatalog<T>(store: Store, key: string, compute: () => T): T {
  return memoForIndex(store.catalog.current(), key, compute);
}

/** memoForCatalog for a caller that already holds the catalog index (one consistent version throughout). */
export function memoForIndex<T>(index: object, key: string, compute: () => T): T {
  let byKey = memos.get(index);
  if (!byKey) memos.set(index, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}
