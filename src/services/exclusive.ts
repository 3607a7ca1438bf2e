import type { Store } from '../store/store.js';

/** Work that must run in one process at a time: an import (by hand or a source refresh) changes the catalog. */
export type ExclusiveWork = 'import';

/**
 * Runs `task` while no other withk process runs the same work (PostgreSQL: an advisory lock; lowdb, one process:
 * at once). The task starts from the newest shared data: another process's import that finished while this one
 * waited is current before it begins, so an import never merges into, and then overwrites, an older catalog.
 */
export function runExclusively<T>(store: Store, work: ExclusiveWork, task: () => Promise<T>): Promise<T> {
  return store.runExclusively(work, async () => {
    await store.reload();
    return task();
  });
}
