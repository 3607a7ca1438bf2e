import { watch } from 'node:fs';
import path from 'node:path';
import type { CurationChange } from '../domain/curation.js';
import { curationFileSchema, numberChanges, type CurationFile } from './curation-schema.js';
import { ValidatedJsonFile } from './data-file.js';
import type { CatalogView } from './catalog-view.js';
import type { CurationRepository } from './store.js';

/** The curated file in DATA_DIR: every change editors made, validated on read and written atomically. */
export function curationFile(path: string): ValidatedJsonFile<CurationFile> {
  return new ValidatedJsonFile(path, curationFileSchema, 2);
}

/**
 * The lowdb curation repository. Before each append it reads the file again, so a change saved meanwhile by
 * another process (`npm run curate` while the bot runs) is kept and numbered before the new ones, never lost.
 * `serialize` is the store's write queue: appends and catalog replacements never interleave.
 */
export function createLowdbCurationRepository(
  file: ValidatedJsonFile<CurationFile>,
  view: CatalogView,
  serialize: <T>(task: () => Promise<T>) => Promise<T>,
): Omit<CurationRepository, 'sync'> & { reload(): Promise<void> } {
  const reload = async () => {
    const onDisk = (await file.read())?.changes ?? [];
    if (!sameLog(onDisk, view.changes())) view.setChanges(onDisk);
  };
  return {
    list: async () => view.changes(),
    append: (changes) =>
      serialize(async () => {
        const saved = (await file.read())?.changes ?? [...view.changes()];
        const numbered = numberChanges(saved, changes);
        const next = curationFileSchema.parse({ version: 1, changes: [...saved, ...numbered] });
        await file.write(next);
        view.setChanges(next.changes);
        return numbered;
      }),
    reload: () => serialize(reload),
  };
}

const sameLog = (a: readonly CurationChange[], b: readonly CurationChange[]) =>
  a.length === b.length && a.at(-1)?.id === b.at(-1)?.id;

/**
 * Calls `onChange` (debounced) when `file` is replaced by anyone, e.g. `npm run curate` while the bot runs, so
 * the running bot shows a terminal edit without a restart. The directory is watched because atomic writes
 * replace the file by renaming. Never keeps the process alive; returns the way to stop watching.
 */
export function watchForWriters(file: string, onChange: () => Promise<void>): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: ReturnType<typeof watch>;
  try {
    watcher = watch(path.dirname(file), (_event, name) => {
      if (name !== path.basename(file)) return;
      clearTimeout(timer);
      // A bad file stays on disk for `check` to name; the bot keeps what it has until then.
      timer = setTimeout(() => void onChange().catch(() => undefined), 50).unref();
    });
  } catch {
    return () => undefined;
  }
  watcher.on('error', () => undefined);
  watcher.unref();
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
