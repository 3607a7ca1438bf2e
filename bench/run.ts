// `npm run bench`: every figure of the performance issue, each beside a baseline measured in the same run, as a
// table on stdout and as bench/results.json. Each benchmark runs in its own child process (see worker.ts).
// Knobs (all optional): BENCH_SCALES=1,10,100  BENCH_DIGEST_GUILDS=400  BENCH_DIGEST_ROUNDS=3
// BENCH_SYNTHETIC=1 (use synthetic data even when ../shared/data is there).
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { compileForBench, runCold, runTask } from './child.js';
import type { ColdSample, ColdTask } from './cold-start-child.js';
import type { Dataset } from './dataset.js';
import { describeMachine, describeTree, type Machine } from './machine.js';
import { makeTempDir, RESULTS_FILE } from './paths.js';
import { renderTable, type ResultRow } from './report.js';
import {
  coldStartRows,
  digestRows,
  endToEndRows,
  handlerRows,
  importLatencyRows,
  importRows,
  memoryRows,
  noHistoryRows,
  pictureRows,
  scalingRows,
  sourcesImportRows,
} from './rows.js';

const env = process.env;
const MB = 1024 * 1024;
/** Per catalog size: repetitions, calls per command, a cap per repetition, index builds. Sized for ~5 min on 2 cores. */
const HANDLER_PLAN: Record<number, { reps: number; calls: number; maxMsPerRep: number; indexRuns: number }> = {
  1: { reps: 5, calls: 400, maxMsPerRep: 2_000, indexRuns: 5 },
  10: { reps: 5, calls: 300, maxMsPerRep: 2_500, indexRuns: 3 },
  100: { reps: 3, calls: 150, maxMsPerRep: 3_000, indexRuns: 1 },
};
const SCALES = (env.BENCH_SCALES ?? '1,10,100')
  .split(',')
  .map(Number)
  .filter((scale) => HANDLER_PLAN[scale]);
/** Discord's limits: 50 requests/s per bot (all processes together), 5 messages/s per channel. */
const SCALING = {
  guilds: Number(env.BENCH_SCALING_GUILDS ?? 300),
  processes: [1, 2],
  globalPerSecond: 50,
  perChannelPerSecond: 5,
};
const DIGEST = { guilds: Number(env.BENCH_DIGEST_GUILDS ?? 400), rounds: Number(env.BENCH_DIGEST_ROUNDS ?? 3) };
/** The 100× catalog (14.5M chart entries, 617k titles) needs about 4.5 GB of heap. */
const HEAP_100X_MB = Math.min(8192, Math.floor((os.totalmem() / MB) * 0.7));

const started = performance.now();
const log = (message: string) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

interface Figures {
  rows: ResultRow[];
  raw: Record<string, unknown>;
  notices: string[];
}

async function measureAll(workDir: string): Promise<Figures & { dataset: Dataset }> {
  const figures: Figures = { rows: [], raw: {}, notices: [] };
  log('preparing the 1× catalog (seed + global + country files)');
  const dataset = await runTask('prepare', { workDir, synthetic: env.BENCH_SYNTHETIC ? 'full' : undefined });
  if (dataset.notice) {
    log(`notice: ${dataset.notice}`);
    figures.notices.push(dataset.notice);
  }
  figures.raw.dataset = dataset;

  log('figure 4: import throughput');
  const imported = await runTask('import', { file: dataset.countriesFile, reps: 6, workDir });
  record(figures, 'import', imported, importRows(imported));

  if (dataset.sources.engagementDir && dataset.sources.kobisFilmDirs.length > 0) {
    log('figure 9: importing the engagement reports and the KOBIS film records');
    const sources = await runTask('sources', {
      engagementDir: dataset.sources.engagementDir,
      kobisFilmDirs: dataset.sources.kobisFilmDirs,
      reps: 3,
      workDir,
    });
    record(figures, 'sourcesImport', sources, sourcesImportRows(sources));
  } else {
    figures.notices.push('Figure 9 skipped: the engagement reports or KOBIS film records are not in ../shared/data.');
  }

  log('figure 10: /title latency while the country file is imported');
  const latency = await runTask('latency', {
    dataDir: dataset.dataDir,
    countriesFile: dataset.countriesFile,
    workDir,
    intervalMs: 5,
    quietMs: 5_000,
  });
  record(figures, 'importLatency', latency, importLatencyRows(latency));

  log('figures 3 and 5: cold start and memory, in fresh processes (TypeScript via tsx, and compiled)');
  const cold = await measureColdStarts(dataset.dataDir);
  const compiled = await measureCompiledMemory(dataset.dataDir);
  record(figures, 'coldStart', { ...cold, compiled }, [
    ...coldStartRows(cold.store, cold.json),
    ...memoryRows(compiled, cold, dataset.catalogBytes + dataset.stateBytes),
  ]);

  const handlers = [];
  for (const scale of SCALES) {
    if (scale === 100 && HEAP_100X_MB < 6000) {
      figures.notices.push(
        `100× skipped: it needs about 6 GB of memory and this machine has ${Math.round(os.totalmem() / MB)} MB.`,
      );
      continue;
    }
    log(`figure 1: handlers at ${scale}×`);
    const result = await runTask(
      'handlers',
      { dataDir: dataset.dataDir, scale, ...HANDLER_PLAN[scale]! },
      { heapMb: scale === 100 ? HEAP_100X_MB : undefined },
    );
    handlers.push(result);
    figures.rows.push(...handlerRows(result));
  }
  figures.raw.handlers = handlers;

  log('figure 2: end to end through the emulator');
  const endToEnd = await runTask('e2e', {
    dataDir: dataset.dataDir,
    rounds: 6,
    callsPerRound: 200,
    warmupCalls: 100,
    pictures: false,
  });
  record(figures, 'endToEnd', endToEnd, endToEndRows(endToEnd));
  const noHistory = await runTask('e2e', {
    dataDir: dataset.dataDir,
    rounds: 4,
    callsPerRound: 150,
    warmupCalls: 50,
    pictures: true,
    noChartHistory: true,
    compareTextOnly: true,
  });
  record(figures, 'endToEndNoChartHistory', noHistory, noHistoryRows(noHistory));

  log('figure 8: pictures (fresh process)');
  const pictures = await runTask('pictures', { draws: 60, repeats: 400 });
  record(figures, 'pictures', pictures, pictureRows(pictures));

  log(`figure 6: digest round for ${DIGEST.guilds} servers × ${DIGEST.rounds} rounds, rate limits on`);
  const digest = await runTask('digest', {
    dataDir: dataset.dataDir,
    ...DIGEST,
    perChannelPerSecond: 5,
    concurrency: 8,
  });
  record(figures, 'digest', digest, digestRows(digest));

  log(`figure 7: the digest round for ${SCALING.guilds} servers over 1 and 2 processes, global limit shared`);
  const scaling = await runTask('scaling', { dataDir: dataset.dataDir, ...SCALING });
  record(figures, 'scaling', scaling, scalingRows(scaling));
  return { ...figures, dataset };
}

function record(figures: Figures, name: string, raw: unknown, rows: ResultRow[]): void {
  figures.raw[name] = raw;
  figures.rows.push(...rows);
}

/** Five fresh processes each for the store and for JSON.parse (alternating which goes first), three empty ones. */
async function measureColdStarts(dataDir: string): Promise<Record<ColdTask, ColdSample[]>> {
  const cold: Record<ColdTask, ColdSample[]> = { store: [], json: [], empty: [] };
  for (let rep = 0; rep < 5; rep++) {
    const order = rep % 2 === 0 ? (['store', 'json'] as const) : (['json', 'store'] as const);
    for (const task of order) cold[task].push(await runCold(task, dataDir));
    if (rep < 3) cold.empty.push(await runCold('empty', dataDir));
  }
  return cold;
}

/** The same process compiled, as `npm run build` + `npm start` run it: three with the catalog, three without. */
async function measureCompiledMemory(dataDir: string): Promise<Record<'store' | 'empty', ColdSample[]>> {
  const outDir = compileForBench();
  try {
    const samples: Record<'store' | 'empty', ColdSample[]> = { store: [], empty: [] };
    for (let rep = 0; rep < 3; rep++) {
      samples.store.push(await runCold('store', dataDir, outDir));
      samples.empty.push(await runCold('empty', dataDir, outDir));
    }
    return samples;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function report(
  figures: Figures & { dataset: Dataset },
  machine: Machine,
  tree: ReturnType<typeof describeTree>,
): void {
  // By figure number, in measuring order within a figure (the sort is stable).
  const rows = [...figures.rows].sort((a, b) => parseInt(a.figure, 10) - parseInt(b.figure, 10));
  const memory = `${(machine.totalMemoryBytes / 1024 ** 3).toFixed(1)} GB`;
  process.stdout.write(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${memory}, node ${machine.node}; data: ${figures.dataset.source}\n`,
  );
  for (const notice of figures.notices) process.stdout.write(`Notice: ${notice}\n`);
  process.stdout.write(`${renderTable(rows)}\n`);
  const durationMs = performance.now() - started;
  const results = {
    generatedAt: new Date().toISOString(),
    machine: { ...machine, loadAverageAfter: describeMachine().loadAverage },
    tree,
    durationMs,
    notices: figures.notices,
    rows,
    raw: figures.raw,
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  log(`done in ${(durationMs / 1000).toFixed(0)} s; results in ${RESULTS_FILE}`);
}

const machine = describeMachine();
const tree = describeTree();
if (tree.changed.length > 0) log(`measuring uncommitted changes too: ${tree.changed.join(', ')}`);
const workDir = makeTempDir();
try {
  report(await measureAll(workDir), machine, tree);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
