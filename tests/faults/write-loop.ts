/**
 * Child process for kill-during-write.test.ts: opens the store in `dataDir` and writes numbered generations of one
 * file until it is killed. Usage: `node --import tsx write-loop.ts <dataDir> <catalog|state>`.
 *
 * Prints `opened G` once openStore has read generation G, then `writing N` just before and `committed N` just after
 * each write, so the parent knows which two generations the file may hold when the kill lands.
 */
import { readFileSync } from 'node:fs';
import type { Catalog } from '../../src/domain/types.js';
import { BUNDLED_SEED, openStore } from '../../src/store/open-store.js';
import { catalogGeneration, catalogOf, stampState, stateGeneration } from './generations.js';

const [dataDir, kind] = process.argv.slice(2);
if (!dataDir || (kind !== 'catalog' && kind !== 'state')) {
  process.stderr.write('usage: write-loop.ts <dataDir> <catalog|state>\n');
  process.exit(2);
}

const store = await openStore({ dataDir });
const seed = JSON.parse(readFileSync(BUNDLED_SEED, 'utf8')) as Catalog;
let generation =
  kind === 'catalog' ? catalogGeneration(store.catalog.current().catalog) : stateGeneration(store.stateFile.read());
// Pipes are synchronous on Linux, so every line printed is in the pipe before the next write begins.
process.stdout.write(`opened ${generation}\n`);

// Bounded only as a safety net: the parent kills this process long before.
for (let i = 0; i < 1_000; i++) {
  generation += 1;
  process.stdout.write(`writing ${generation}\n`);
  const next = generation;
  if (kind === 'catalog') await store.catalog.replace(catalogOf(seed, next));
  else await store.stateFile.update((draft) => stampState(draft, next));
  process.stdout.write(`committed ${generation}\n`);
}
