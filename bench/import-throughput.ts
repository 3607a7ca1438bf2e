import { createReadStream } from 'node:fs';
import { importSource } from '../src/importers/import-source.js';
import { openStore } from '../src/store/open-store.js';
import { BENCH_NOW } from './bench-deps.js';
import { makeTempDir } from './paths.js';
import { collectGarbage } from './stats.js';

export interface ImportOptions {
  /** The Netflix Top 10 country file (134,620 rows when real). */
  file: string;
  reps: number;
  /** Where the fresh stores are created. */
  workDir: string;
}

export interface ImportResult {
  rows: number;
  /** rows/s of importSource into a fresh store, each repetition (the first is cold: nothing compiled yet). */
  importRowsPerSecond: number[];
  /** rows/s of reading the file and splitting it into lines and fields, each repetition. */
  baselineRowsPerSecond: number[];
  /** Of the import time, the share spent in store.catalog.replace (validation, indexing and the atomic write). */
  writeShare: number[];
}

/** Figure 4: importSource of the country file into a fresh store, against reading and splitting its lines. */
export async function measureImport(options: ImportOptions): Promise<ImportResult> {
  const importRowsPerSecond: number[] = [];
  const baselineRowsPerSecond: number[] = [];
  const writeShare: number[] = [];
  let rows = 0;
  for (let rep = 0; rep < options.reps; rep++) {
    collectGarbage();
    const baseline = await splitLines(options.file);
    baselineRowsPerSecond.push(baseline.rows / (baseline.ms / 1000));
    const store = await openStore({ dataDir: makeTempDir('import-', options.workDir) });
    let writeMs = 0;
    const timedStore = {
      ...store,
      catalog: {
        ...store.catalog,
        replace: async (next: Parameters<typeof store.catalog.replace>[0]) => {
          const begin = performance.now();
          await store.catalog.replace(next);
          writeMs += performance.now() - begin;
        },
      },
    };
    collectGarbage();
    const start = performance.now();
    const summary = await importSource(timedStore, 'netflix-top10', options.file, { now: BENCH_NOW });
    const ms = performance.now() - start;
    rows = summary.read;
    importRowsPerSecond.push(summary.read / (ms / 1000));
    writeShare.push(writeMs / ms);
  }
  return { rows, importRowsPerSecond, baselineRowsPerSecond, writeShare };
}

/** The least an importer must do: stream the file, decode it, split lines and tab-separated fields. */
async function splitLines(file: string): Promise<{ rows: number; ms: number }> {
  const start = performance.now();
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let rows = 0;
  let fields = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const lines = decoder.decode(chunk as Buffer, { stream: true }).split('\n');
    lines[0] = carry + lines[0];
    carry = lines.pop()!;
    for (const line of lines) {
      if (line.length === 0) continue;
      fields += line.split('\t').length;
      rows += 1;
    }
  }
  if (carry.length > 0) rows += 1;
  // The header is not a row.
  return { rows: fields > 0 ? rows - 1 : 0, ms: performance.now() - start };
}
