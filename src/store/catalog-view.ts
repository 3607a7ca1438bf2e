import { applyCuration, type CuratedCatalog } from '../domain/apply-curation.js';
import { createCatalogIndex, warmCatalogIndex, type CatalogIndex } from '../domain/catalog-index.js';
import type { CurationChange, CurationLog } from '../domain/curation.js';
import type { Catalog } from '../domain/types.js';

/**
 * What answers see, kept by every store backend: the imported catalog and the curated changes, and the index of
 * the two combined. Each update builds the new index completely before it becomes current, so an answer sees the
 * old truth or the new one, never half, and nothing is built on an answer's path.
 */
export interface CatalogView {
  current(): CatalogIndex;
  imported(): Catalog;
  changes(): CurationLog;
  /** Makes `imported` the imported catalog (already saved) and the combined index current. */
  setImported(imported: Catalog): void;
  /** Makes `changes` the curated changes (already saved) and the combined index current. */
  setChanges(changes: readonly CurationChange[]): void;
}

export function createCatalogView(imported: Catalog, changes: readonly CurationChange[]): CatalogView {
  let state = { imported, changes, ...build(imported, changes) };
  return {
    current: () => state.index,
    imported: () => state.imported,
    changes: () => state.changes,
    setImported(next) {
      state = { ...state, imported: next, ...build(next, state.changes, state) };
    },
    setChanges(next) {
      state = { ...state, changes: next, ...build(state.imported, next, state) };
    },
  };
}

/** The combined catalog and its index, reusing what the previous build shares with it. */
function build(
  imported: Catalog,
  log: CurationLog,
  previous?: { curated: CuratedCatalog; index: CatalogIndex },
): { curated: CuratedCatalog; index: CatalogIndex } {
  const curated = applyCuration(imported, log, previous?.curated);
  const index = warmCatalogIndex(createCatalogIndex(curated.catalog, previous?.index));
  index.curation = { log, retired: curated.retired };
  return { curated, index };
}
