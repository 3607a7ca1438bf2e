import { commands } from '../commands/index.js';
import { createConsoleInteraction, type ConsoleReply } from '../src/cli/console-interaction.js';
import { createCatalogIndex } from '../src/domain/catalog-index.js';
import { createDigest, windowForTrends } from '../src/domain/digest.js';
import type { Catalog, ChartEntry, Title } from '../src/domain/types.js';
import { createInteractionHandler } from '../src/discord/router.js';
import { openStore } from '../src/store/open-store.js';
import { BENCH_NOW, createBenchDeps, createMemoryStore } from './bench-deps.js';
import { constantCommand } from './constant-command.js';
import { growCatalog } from './grow-catalog.js';
import { recordGcPauses, type Span } from './gc-pauses.js';
import { createWorkload, type HandlerCall } from './queries.js';
import { createRandom, type Random } from './random.js';
import { collectGarbage, median, percentile } from './stats.js';

export const HANDLER_NAMES = ['title', 'deals', 'chart', 'trends', 'autocomplete', 'company', 'stats'] as const;
export type HandlerName = (typeof HANDLER_NAMES)[number];

export interface HandlerBenchOptions {
  /** A data dir holding the 1× catalog. */
  dataDir: string;
  scale: number;
  reps: number;
  /** Calls per command per repetition (the workload size). */
  calls: number;
  /** A repetition of one command stops early past this, so a slow size cannot run away with the budget. */
  maxMsPerRep: number;
  indexRuns: number;
}

export interface Percentiles {
  p50: number;
  p99: number;
  /** Calls timed in each repetition. */
  samples: number[];
  /** Share of the calls during which the garbage collector paused JavaScript. */
  gcShare: number;
  /** p99 of the calls no collector pause overlapped (median over repetitions). */
  p99WithoutGc: number;
}

export interface HandlerBenchResult {
  scale: number;
  titles: number;
  chartEntries: number;
  /** Periods of the longest chart. */
  maxPeriods: number;
  growMs: number;
  /** createCatalogIndex, each run (the store builds the one the handlers use). */
  indexMs: number[];
  /** Baseline: one pass that maps titles by id and groups entries by title. */
  indexBaselineMs: number[];
  /** createDigest of a 7-day window, uncached (what one digest round computes once). */
  digestMs: number[];
  handlers: Record<HandlerName, { value: Percentiles; baseline: Percentiles }>;
  /** Calls that ended in the router's apology (an unexpected error): should be 0. */
  unexpectedErrors: number;
  /** Calls that produced no reply at all: should be 0. */
  unanswered: number;
}

/** Figure 1: handler time from options to reply payload, per command, against a constant-reply handler. */
export async function measureHandlers(options: HandlerBenchOptions): Promise<HandlerBenchResult> {
  const base = (await openStore({ dataDir: options.dataDir })).catalog.current().catalog;
  const growStart = performance.now();
  const catalog = growCatalog(base, options.scale);
  const growMs = performance.now() - growStart;
  const store = createMemoryStore(catalog);
  // Text answers: figure 1 times the handlers; drawing pictures is figure 7's.
  const { deps, errors } = createBenchDeps(store, { pictures: false });
  const build = measureIndexBuild(catalog, options.indexRuns);
  const index = store.catalog.current();
  const digestMs = [1, 2, 3].map(() => timeSync(() => createDigest(index, windowForTrends(index, 7), BENCH_NOW)));

  const random = createRandom(1000 + options.scale);
  const realTitles = base.titles.map((title) => index.titles.get(title.id)!).filter(Boolean);
  const workload = createWorkload(index, realTitles, random, options.calls);
  const caller = createCaller(createInteractionHandler([...commands, constantCommand], deps));
  const constant = (type: HandlerCall['type']): HandlerCall[] =>
    Array.from({ length: options.calls }, () => ({ type, command: 'constant', options: [] }));
  const runs = HANDLER_NAMES.map((name) => ({
    name,
    calls: workload[name],
    baseline: constant(name === 'autocomplete' ? 'autocomplete' : 'command'),
  }));
  const timed = await timeRepetitions(runs, caller.time, options, random);
  return {
    scale: options.scale,
    titles: catalog.titles.length,
    chartEntries: catalog.chartEntries.length,
    maxPeriods: Math.max(...[...index.charts.values()].map((history) => history.periods.length)),
    growMs,
    ...build,
    digestMs,
    handlers: timed,
    unexpectedErrors: errors(),
    unanswered: caller.unanswered(),
  };
}

/** createCatalogIndex `runs` times, each beside the minimal pass. */
function measureIndexBuild(catalog: Catalog, runs: number) {
  const indexMs: number[] = [];
  const indexBaselineMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    indexBaselineMs.push(timeSync(() => minimalIndex(catalog)));
    collectGarbage();
    indexMs.push(timeSync(() => createCatalogIndex(catalog)));
  }
  return { indexMs, indexBaselineMs };
}

/** Times one call through the router with a console interaction, from building its options to its reply. */
function createCaller(handle: ReturnType<typeof createInteractionHandler>) {
  let unanswered = 0;
  return {
    async time(call: HandlerCall): Promise<Span> {
      const replies: ConsoleReply[] = [];
      const start = performance.now();
      await handle(createConsoleInteraction(call.type, { command: call.command, options: call.options }, replies));
      const ms = performance.now() - start;
      if (replies.length === 0) unanswered += 1;
      return { start, ms };
    },
    unanswered: () => unanswered,
  };
}

/**
 * A warm-up pass, then `reps` repetitions; in each, every command's batch follows its baseline's batch, in a new
 * random order. Collector pauses are recorded to tell slow code from calls that waited for the collector.
 */
async function timeRepetitions(
  runs: { name: HandlerName; calls: HandlerCall[]; baseline: HandlerCall[] }[],
  time: (call: HandlerCall) => Promise<Span>,
  options: HandlerBenchOptions,
  random: Random,
): Promise<HandlerBenchResult['handlers']> {
  for (const run of runs) {
    await timeBatch(run.baseline, time, options.maxMsPerRep / 4);
    await timeBatch(run.calls, time, options.maxMsPerRep / 4);
  }
  const spans = runs.map(() => ({ value: [] as Span[][], baseline: [] as Span[][] }));
  // One full collection before timing, then time for the collector's concurrent sweeping to finish (at 100× it
  // runs for seconds, and allocations made meanwhile wait for it). From then on the collector runs when
  // allocation makes it, as it would in the bot.
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 500 + process.memoryUsage().heapUsed / 2 ** 21));
  const gc = recordGcPauses();
  for (let rep = 0; rep < options.reps; rep++) {
    for (const [i, run] of runs.entries()) {
      spans[i]!.baseline.push(await timeBatch(shuffled(run.baseline, random), time, options.maxMsPerRep));
      spans[i]!.value.push(await timeBatch(shuffled(run.calls, random), time, options.maxMsPerRep));
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // the collector's entries arrive on a later tick
  gc.stop();
  const summarize = (reps: Span[][]) => summarizeSpans(reps, gc.overlapping(reps.flat()));
  return Object.fromEntries(
    runs.map((run, i) => [run.name, { value: summarize(spans[i]!.value), baseline: summarize(spans[i]!.baseline) }]),
  ) as HandlerBenchResult['handlers'];
}

async function timeBatch(calls: readonly HandlerCall[], time: (call: HandlerCall) => Promise<Span>, maxMs: number) {
  const spans: Span[] = [];
  const start = performance.now();
  for (const call of calls) {
    spans.push(await time(call));
    if (performance.now() - start > maxMs) break;
  }
  return spans;
}

/** Median over repetitions of each repetition's p50 and p99, with and without the calls a collector pause hit. */
function summarizeSpans(reps: Span[][], paused: Set<Span>): Percentiles {
  const p = (spans: Span[], q: number) =>
    percentile(
      spans.map((span) => span.ms),
      q,
    );
  const calls = reps.flat();
  return {
    p50: median(reps.map((spans) => p(spans, 50))),
    p99: median(reps.map((spans) => p(spans, 99))),
    samples: reps.map((spans) => spans.length),
    gcShare: calls.length === 0 ? 0 : calls.filter((call) => paused.has(call)).length / calls.length,
    p99WithoutGc: median(
      reps.map((spans) =>
        p(
          spans.filter((span) => !paused.has(span)),
          99,
        ),
      ),
    ),
  };
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function timeSync(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** The least any index must do: one pass over titles and entries. */
function minimalIndex(catalog: Catalog): number {
  const titles = new Map<string, Title>();
  for (const title of catalog.titles) titles.set(title.id, title);
  const byTitle = new Map<string, ChartEntry[]>();
  for (const entry of catalog.chartEntries) {
    const list = byTitle.get(entry.titleId);
    if (list) list.push(entry);
    else byTitle.set(entry.titleId, [entry]);
  }
  return titles.size + byTitle.size;
}
