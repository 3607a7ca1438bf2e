import { applyCuration, type CuratedCatalog } from '../domain/apply-curation.js';
import { catalogIndexSteps, createCatalogIndex, warmCatalogIndex, type CatalogIndex } from '../domain/catalog-index.js';
import type { CurationChange, CurationLog } from '../domain/curation.js';
import { driveSteps } from '../domain/steps.js';
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
  /**
   * Builds the combined index of a new imported catalog ahead of time, calling `pause` between the long steps so
   * answers keep coming meanwhile, and returns what makes it current. If the curated changes moved before that
   * runs, it builds again with them, at once: a change saved meanwhile is never dropped.
   */
  prepareImported(imported: Catalog, pause?: () => Promise<void>): Promise<() => void>;
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
    async prepareImported(next, pause = async () => undefined) {
      const { changes } = state;
      const curated = applyCuration(next, changes);
      await pause();
      const index = await driveSteps(catalogIndexSteps(curated.catalog), pause);
      await pause();
      warmCatalogIndex(index).curation = { log: changes, retired: curated.retired };
      return () => {
        state =
          state.changes === changes
            ? { imported: next, changes, curated, index }
            : { ...state, imported: next, ...build(next, state.changes, state) };
      };
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
