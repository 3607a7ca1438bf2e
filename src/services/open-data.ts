import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

export { DataFileError } from '../store/data-file.js';

/** Where withk keeps its data: the lowdb files in `dataDir`. */
export interface DataOptions {
  dataDir: string;
}

/**
 * Opens withk's data for a process (the bot, the console, an import). A data file that cannot be used stops
 * here with a DataFileError that names it; nothing is overwritten.
 */
export async function openData(options: DataOptions): Promise<Store> {
  return openStore({ dataDir: options.dataDir });
}
