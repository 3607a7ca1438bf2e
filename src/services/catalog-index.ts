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
