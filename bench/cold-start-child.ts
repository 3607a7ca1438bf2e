// Entry of one fresh process for figures 3 and 5: it performs one step and sends back its timing and memory.
// `store` and `empty` first load all of the bot's modules (as `npm start` does, so memory is the bot's); `json`
// loads nothing of ours. `node --expose-gc --import tsx bench/cold-start-child.ts <store|json|empty> <dataDir>`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { collectGarbage } from './stats.js';

export type ColdTask = 'store' | 'json' | 'empty';

export interface ColdSample {
  task: ColdTask;
  /** The step alone, after the modules are loaded. */
  ms: number;
  /** Since the process started (includes node, tsx and module loading). */
  sinceStartMs: number;
  /** After full collections have settled (see settledMemory), with the loaded data still referenced. */
  rss: number;
  heapUsed: number;
  heapTotal: number;
  /** Memory outside the JS heap that V8 knows of (buffers). */
  external: number;
}

async function run(task: ColdTask, dataDir: string): Promise<ColdSample> {
  const bot = task === 'json' ? undefined : await loadBot();
  const start = performance.now();
  let kept: unknown;
  if (bot && task === 'store') {
    const store = await bot.openStore({ dataDir });
    kept = store.catalog.current();
  } else if (task === 'json') {
    const read = async (name: string) => JSON.parse(await readFile(path.join(dataDir, name), 'utf8')) as unknown;
    kept = [await read('catalog.json'), await read('state.json')];
  }
  const ms = performance.now() - start;
  const sinceStartMs = performance.now();
  const { rss, heapUsed, heapTotal, external } = await settledMemory();
  if (kept === 'never') console.log(kept); // keeps `kept` alive until the measurement
  return { task, ms, sinceStartMs, rss, heapUsed, heapTotal, external };
}

/**
 * Memory as a running bot holds it. V8 hands pages freed by a collection back to the system from helper threads,
 * so RSS read at once after gc() still counts up to 100 MB that is on its way out; two collections and a short
 * pause let that finish (the figure then stays put for seconds, with or without more collections).
 */
async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  collectGarbage();
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 200));
  collectGarbage();
  return process.memoryUsage();
}

/** Every module `npm start` loads, and the two the measured step calls. */
async function loadBot() {
  const [, , { openStore }, { createCatalogIndex }] = await Promise.all([
    import('../commands/index.js'),
    import('../src/app.js'),
    import('../src/store/open-store.js'),
    import('../src/domain/catalog-index.js'),
  ]);
  return { openStore, createCatalogIndex };
}

const [task, dataDir] = process.argv.slice(2) as [ColdTask, string];
const sample = await run(task, dataDir);
process.send?.(sample);
