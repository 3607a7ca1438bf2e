import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** Where a file's next version is written before it replaces the file: `.name.tmp` beside it, as steno names it. */
export const tempFileOf = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.tmp`);

/** A rename can fail for a moment (another program holds the file on Windows): tried this often, this far apart. */
const RENAME_TRIES = 10;
const RENAME_RETRY_MS = 100;

/**
 * Writes `pieces` to the temp file beside `file`, then renames it over `file` (lowdb's steno does the same): a
 * crash leaves the old or the new file, never half of one. Each piece is encoded and written on its own, so the
 * text is never held whole and the event loop runs between pieces while a large file is written.
 */
export async function writeFileAtomically(file: string, pieces: Iterable<string>): Promise<void> {
  const temp = tempFileOf(file);
  await writeFile(temp, pieces, 'utf8');
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(temp, file);
      return;
    } catch (error) {
      if (attempt >= RENAME_TRIES) throw error;
      await delay(RENAME_RETRY_MS);
    }
  }
}
