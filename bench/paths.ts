import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the shared real data lives on the team's machines: ../shared/data beside the repository. */
export const SHARED_DATA = path.resolve(REPO_ROOT, '..', 'shared', 'data');
export const RESULTS_FILE = path.join(REPO_ROOT, 'bench', 'results.json');

/** A new empty directory inside `parent` (default: the OS temp dir). */
export const makeTempDir = (prefix = 'withk-bench-', parent = tmpdir()) => mkdtempSync(path.join(parent, prefix));

/** A private copy, beside it, of a data dir's catalog (state starts empty), for benchmarks that write state. */
export function copyDataDir(dataDir: string): string {
  const copy = makeTempDir(`${path.basename(dataDir)}-copy-`, path.dirname(dataDir));
  copyFileSync(path.join(dataDir, 'catalog.json'), path.join(copy, 'catalog.json'));
  return copy;
}
