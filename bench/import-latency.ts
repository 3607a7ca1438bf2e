import { cpSync } from 'node:fs';
import path from 'node:path';
import { commands } from '../commands/index.js';
import { createConsoleInteraction, type ConsoleReply } from '../src/cli/console-interaction.js';
import { createInteractionHandler } from '../src/discord/router.js';
import { importSource } from '../src/importers/import-source.js';
import { openStore } from '../src/store/open-store.js';
import { BENCH_NOW, createBenchDeps } from './bench-deps.js';
import { makeTempDir } from './paths.js';
import { createRandom } from './random.js';
import { percentile } from './stats.js';

export interface ImportLatencyOptions {
  /** The 1× data dir; copied, so the import writes into a scratch copy. */
  dataDir: string;
  /** The country file whose import runs beside the interactions. */
  countriesFile: string;
  workDir: string;
  /** Milliseconds between two /title interactions. */
  intervalMs: number;
  /** How long the quiet run (no import) lasts, ms. */
  quietMs: number;
}

export interface ImportLatencyResult {
  /** /title latency from the moment it was due to its reply, while the country file is imported, ms. */
  during: { p50: number; p99: number; max: number; calls: number };
  /** The same, with nothing else running. */
  quiet: { p50: number; p99: number; max: number; calls: number };
  importMs: number;
}

/**
 * Figure 10: does an import stall the bot? /title interactions arrive every `intervalMs` through the real router;
 * each is timed from when it was due (so time spent waiting for a busy event loop counts) to its reply, first
 * with nothing else running, then while the 134,620-row country file is imported into the same store.
 */
export async function measureImportLatency(options: ImportLatencyOptions): Promise<ImportLatencyResult> {
  const dataDir = path.join(makeTempDir('latency-', options.workDir), 'data');
  cpSync(options.dataDir, dataDir, { recursive: true });
  const store = await openStore({ dataDir });
  // A fresh import of the country file changes the catalog: drop its entries first, so the import has work to do.
  const current = store.catalog.current().catalog;
  await store.catalog.replace({
    ...current,
    chartEntries: current.chartEntries.filter((e) => !/^netflix-[a-z]{2}-/.test(e.chartId)),
  });
  const { deps } = createBenchDeps(store);
  const handle = createInteractionHandler(commands, deps);
  const titles = [...store.catalog.current().titles.values()];
  const random = createRandom(99);
  const ask = async () => {
    const replies: ConsoleReply[] = [];
    const name = random.pick(titles).name;
    await handle(
      createConsoleInteraction(
        'command',
        { command: 'title', options: [{ name: 'name', type: 3, value: name }] },
        replies,
      ),
    );
  };
  const quiet = await sample(ask, options.intervalMs, new Promise((resolve) => setTimeout(resolve, options.quietMs)));
  const start = performance.now();
  const importing = importSource(store, 'netflix-top10', options.countriesFile, { now: BENCH_NOW });
  const during = await sample(ask, options.intervalMs, importing);
  return { quiet, during, importMs: performance.now() - start };
}

/** Fires `ask` every `intervalMs` until `until` settles; each latency runs from the call's due time to its end. */
async function sample(ask: () => Promise<void>, intervalMs: number, until: Promise<unknown>) {
  const latencies: number[] = [];
  let done = false;
  void until.finally(() => (done = true));
  let due = performance.now();
  while (!done) {
    due += intervalMs;
    const wait = due - performance.now();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
    const begin = Math.min(due, performance.now());
    await ask();
    latencies.push(performance.now() - begin);
    // A long stall is one late call, not a backlog of them: the next call is due an interval after this one ends.
    if (performance.now() > due + intervalMs) due = performance.now();
  }
  await until;
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    calls: latencies.length,
  };
}
