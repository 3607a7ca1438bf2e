import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { compileForBench, runCold } from '../../bench/child.js';
import { prepareDataset, type Dataset } from '../../bench/dataset.js';
import { measureDigestRound } from '../../bench/digest-round.js';
import { measureEndToEnd } from '../../bench/e2e.js';
import { measureHandlers } from '../../bench/handlers.js';
import { measureImport } from '../../bench/import-throughput.js';
import { makeTempDir } from '../../bench/paths.js';
import { renderTable } from '../../bench/report.js';
import { measurePictures } from '../../bench/pictures.js';
import {
  coldStartRows,
  digestRows,
  endToEndRows,
  handlerRows,
  importRows,
  memoryRows,
  noHistoryRows,
  pictureRows,
  scalingRows,
} from '../../bench/rows.js';
import { measureScaling } from '../../bench/scaling.js';

// Each benchmark once on a tiny synthetic catalog: proves they run and report, not how fast anything is.
describe('bench', () => {
  let workDir: string;
  let dataset: Dataset;
  beforeAll(async () => {
    workDir = makeTempDir();
    dataset = await prepareDataset(workDir, { synthetic: 'tiny' });
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('builds a tiny 1× catalog from synthetic files when asked', () => {
    expect(dataset.source).toBe('synthetic');
    expect(dataset.notice).toMatch(/synthetic/i);
    expect(dataset.chartEntries).toBeGreaterThan(100);
  });

  it('times every handler at a grown size without errors or missing replies', async () => {
    const result = await measureHandlers({
      dataDir: dataset.dataDir,
      scale: 3,
      reps: 1,
      calls: 8,
      maxMsPerRep: 2_000,
      indexRuns: 1,
    });
    expect(result.titles).toBeGreaterThan(dataset.titles * 2);
    expect(result.unexpectedErrors).toBe(0);
    expect(result.unanswered).toBe(0);
    expect(renderTable(handlerRows(result))).toContain('/title p99 3×');
  });

  it('imports the country file and reads it as the baseline', async () => {
    const result = await measureImport({ file: dataset.countriesFile, reps: 2, workDir });
    expect(result.rows).toBeGreaterThan(0);
    expect(importRows(result)[0]!.value).toBeGreaterThan(0);
  });

  it('measures cold start and memory in fresh processes', async () => {
    const [store, json, empty] = [
      await runCold('store', dataset.dataDir),
      await runCold('json', dataset.dataDir),
      await runCold('empty', dataset.dataDir),
    ];
    expect(store.ms).toBeGreaterThan(0);
    expect(coldStartRows([store], [json])).toHaveLength(2);
    // The compiled bot (what `npm run build` + `npm start` run) holds the same catalog without tsx.
    const compiledDir = compileForBench();
    onTestFinished(() => rmSync(compiledDir, { recursive: true, force: true }));
    const compiled = {
      store: [await runCold('store', dataset.dataDir, compiledDir)],
      empty: [await runCold('empty', dataset.dataDir, compiledDir)],
    };
    expect(compiled.store[0]!.heapUsed).toBeGreaterThan(compiled.empty[0]!.heapUsed);
    const rows = memoryRows(compiled, { store: [store], empty: [empty] }, dataset.catalogBytes);
    expect(rows.map((r) => r.figure)).toContain('5 RSS, the same process under tsx vs compiled (info)');
    expect(rows[0]!.value).toBe(compiled.store[0]!.rss / 1024 / 1024);
  }, 120_000);

  it('answers /title end to end through the emulator, and the bare bot too', async () => {
    const result = await measureEndToEnd({
      dataDir: dataset.dataDir,
      rounds: 1,
      callsPerRound: 3,
      warmupCalls: 1,
      pictures: false,
    });
    expect(result.failures).toBe(0);
    expect(endToEndRows(result)[0]!.value).toBeGreaterThan(0);
  }, 30_000);

  it('answers /title for titles with no chart history with pictures on and off', async () => {
    const result = await measureEndToEnd({
      dataDir: dataset.dataDir,
      rounds: 1,
      callsPerRound: 4,
      warmupCalls: 1,
      pictures: true,
      noChartHistory: true,
      compareTextOnly: true,
    });
    expect(result.failures).toBe(0);
    expect(result.textOnly?.p50).toBeGreaterThan(0);
    expect(noHistoryRows(result).map((r) => r.figure)).toHaveLength(3);
  }, 30_000);

  it('times the /title picture, its text, and the cached repeat through the handler', async () => {
    const result = await measurePictures({ draws: 2, repeats: 3 });
    expect(result.picture.samples).toBe(2);
    expect(result.pngBytes).toBeGreaterThan(10_000);
    expect(pictureRows(result).find((r) => r.figure.includes('p99, picture kept'))?.target).toBe('< 1 ms');
  }, 30_000);

  it('posts one digest round with one digest computation, then the constant baseline', async () => {
    const result = await measureDigestRound({
      dataDir: dataset.dataDir,
      guilds: 3,
      rounds: 1,
      perChannelPerSecond: 5,
      concurrency: 2,
    });
    expect(result.withk[0]).toMatchObject({ delivered: 3, failed: 0, computations: 1 });
    expect(result.baseline[0]!.messages).toBe(result.withk[0]!.messages);
    expect(digestRows(result).some((row) => row.met === true)).toBe(true);
  }, 30_000);

  it('posts every server’s digest once whether one process or two share the round', async () => {
    const samples = await measureScaling({
      dataDir: dataset.dataDir,
      guilds: 6,
      processes: [1, 2],
      globalPerSecond: 50,
      perChannelPerSecond: 5,
    });
    expect(samples.map(({ processes, messages, missed }) => ({ processes, messages, missed }))).toEqual([
      { processes: 1, messages: 6, missed: 0 },
      { processes: 2, messages: 6, missed: 0 },
    ]);
    expect(scalingRows(samples).filter((row) => row.met === false)).toEqual([]);
  }, 30_000);
});
