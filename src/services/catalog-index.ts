import { createCatalogIndex, type CatalogIndex } from '../domain/catalog-index.js';
import type { Catalog } from '../domain/types.js';
import type { Store } from '../store/store.js';

const indexes = new WeakMap<Catalog, CatalogIndex>();

/** The index of the store's current catalog, built once per catalog version (an import makes a new one). */
export function indexOf(store: Store): CatalogIndex {
  const catalog = store.getCatalog();
  let index = indexes.get(catalog);
  if (!index) {
    index = createCatalogIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

/**
 * Makes `next` the store's catalog with its index already built, so the first interaction after an import
 * is as fast as any other: the index is built while the old catalog is still being served, then the catalog
 * is validated, written and made current.
 */
export async function publishCatalog(store: Store, next: Catalog): Promise<void> {
  if (!indexes.has(next)) indexes.set(next, createCatalogIndex(next));
  await store.replaceCatalog(next);
  const current = store.getCatalog();
  // A store that keeps a validated copy rather than `next` itself gets the same index for that copy.
  if (current !== next && !indexes.has(current)) indexes.set(current, { ...indexes.get(next)!, catalog: current });
}

/** Builds the current catalog's index now (at start-up), so no interaction waits for it. */
export function prepareIndex(store: Store): void {
  indexOf(store);
}
