import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importSource } from '../src/importers/import-source.js';
import { readXlsx } from '../src/importers/xlsx/read-xlsx.js';
import { openStore } from '../src/store/open-store.js';
import { BENCH_NOW } from './bench-deps.js';
import { makeTempDir } from './paths.js';
import { collectGarbage } from './stats.js';

export interface SourcesImportOptions {
  engagementDir: string;
  kobisFilmDirs: string[];
  reps: number;
  workDir: string;
}

export interface SourcesImportResult {
  engagementRows: number;
  films: number;
  /** importSource of all five reports into a fresh store (seed), each repetition, ms. */
  engagementMs: number[];
  /** Baseline: unzipping the workbooks and reading their cells, nothing else, ms. */
  workbookReadMs: number[];
  /** importSource of every KOBIS film record (movie-info and year lists) into a fresh store, ms. */
  filmsMs: number[];
  /** Baseline: JSON.parse of the same files, ms. */
  filmsParseMs: number[];
}

/** Figure 9: importing the engagement reports and the KOBIS film records, each beside the least it must do. */
export async function measureSourcesImport(options: SourcesImportOptions): Promise<SourcesImportResult> {
  const result: SourcesImportResult = {
    engagementRows: 0,
    films: 0,
    engagementMs: [],
    workbookReadMs: [],
    filmsMs: [],
    filmsParseMs: [],
  };
  const workbooks = readdirSync(options.engagementDir)
    .filter((name) => name.endsWith('.xlsx'))
    .map((name) => path.join(options.engagementDir, name));
  const jsonFiles = options.kobisFilmDirs.flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map((entry) => path.join(entry.parentPath, entry.name)),
  );
  for (let rep = 0; rep < options.reps; rep++) {
    collectGarbage();
    result.workbookReadMs.push(time(() => workbooks.forEach((file) => readXlsx(readFileSync(file)))));
    let store = await openStore({ dataDir: makeTempDir('engagement-', options.workDir) });
    collectGarbage();
    let start = performance.now();
    const engagement = await importSource(store, 'netflix-engagement', options.engagementDir, { now: BENCH_NOW });
    result.engagementMs.push(performance.now() - start);
    result.engagementRows = engagement.read;

    collectGarbage();
    result.filmsParseMs.push(time(() => jsonFiles.forEach((file) => JSON.parse(readFileSync(file, 'utf8')))));
    store = await openStore({ dataDir: makeTempDir('films-', options.workDir) });
    collectGarbage();
    start = performance.now();
    let films = 0;
    for (const dir of options.kobisFilmDirs)
      films += (await importSource(store, 'kobis-movies', dir, { now: BENCH_NOW })).read;
    result.filmsMs.push(performance.now() - start);
    result.films = films;
  }
  return result;
}

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}
