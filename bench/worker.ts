// Entry of the child processes that run one benchmark each, so a figure's heap, JIT state and open handles never
// leak into the next: `node --expose-gc --import tsx bench/worker.ts <task> '<options as JSON>'`.

const tasks = {
  prepare: async (o: { workDir: string; synthetic?: 'full' | 'tiny' }) =>
    (await import('./dataset.js')).prepareDataset(o.workDir, o),
  handlers: async (o: import('./handlers.js').HandlerBenchOptions) =>
    (await import('./handlers.js')).measureHandlers(o),
  e2e: async (o: import('./e2e.js').EndToEndOptions) => (await import('./e2e.js')).measureEndToEnd(o),
  import: async (o: import('./import-throughput.js').ImportOptions) =>
    (await import('./import-throughput.js')).measureImport(o),
  pictures: async (o: import('./pictures.js').PictureBenchOptions) =>
    (await import('./pictures.js')).measurePictures(o),
  digest: async (o: import('./digest-round.js').DigestRoundOptions) =>
    (await import('./digest-round.js')).measureDigestRound(o),
  scaling: async (o: import('./scaling.js').ScalingOptions) => (await import('./scaling.js')).measureScaling(o),
  sources: async (o: import('./sources-import.js').SourcesImportOptions) =>
    (await import('./sources-import.js')).measureSourcesImport(o),
  latency: async (o: import('./import-latency.js').ImportLatencyOptions) =>
    (await import('./import-latency.js')).measureImportLatency(o),
};

export type WorkerTask = keyof typeof tasks;
export type WorkerOptions<T extends WorkerTask> = Parameters<(typeof tasks)[T]>[0];
export type WorkerResult<T extends WorkerTask> = Awaited<ReturnType<(typeof tasks)[T]>>;

const [name, json] = process.argv.slice(2) as [WorkerTask, string];
const result = await tasks[name](JSON.parse(json));
// Exit once the result is delivered: a destroyed discord.js client can leave timers that would keep us alive.
process.send!(result, () => process.exit(0));
