import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { importSource } from '../src/importers/import-source.js';
import { openStore } from '../src/store/open-store.js';
import { BENCH_NOW } from './bench-deps.js';
import { SHARED_DATA } from './paths.js';
import { REAL_SHAPE, TINY_SHAPE, writeSyntheticNetflixFiles } from './synthetic-netflix.js';

export interface Dataset {
  source: 'real' | 'synthetic';
  /** Said when the real data is missing. */
  notice?: string;
  globalFile: string;
  countriesFile: string;
  /** The 1× data dir: the bundled seed with both files imported. */
  dataDir: string;
  catalogBytes: number;
  stateBytes: number;
  titles: number;
  chartEntries: number;
}

const REAL_FILES = {
  global: path.join(SHARED_DATA, 'netflix-top10', 'all-weeks-global.tsv'),
  countries: path.join(SHARED_DATA, 'netflix-top10', 'all-weeks-countries.2022-11-13.from-xlsx.tsv'),
};

/**
 * The 1× catalog: seed + the global file + the 134,620-row country file, from ../shared/data when present, else
 * from synthetic files of the same shape (with a notice saying so).
 */
export async function prepareDataset(workDir: string, options: { synthetic?: 'full' | 'tiny' } = {}): Promise<Dataset> {
  const real = !options.synthetic && existsSync(REAL_FILES.global) && existsSync(REAL_FILES.countries);
  let files = REAL_FILES;
  let notice: string | undefined;
  if (!real) {
    notice = options.synthetic
      ? `Synthetic data requested: Netflix Top 10 files of the real files' shape (${options.synthetic}).`
      : `Real data not found at ${SHARED_DATA}: using synthetic Netflix Top 10 files of the same shape.`;
    const dir = path.join(workDir, 'synthetic');
    mkdirSync(dir, { recursive: true });
    files = await writeSyntheticNetflixFiles(dir, options.synthetic === 'tiny' ? TINY_SHAPE : REAL_SHAPE);
  }
  const dataDir = path.join(workDir, 'data-1x');
  const store = await openStore({ dataDir });
  await importSource(store, 'netflix-top10', files.global, { now: BENCH_NOW });
  await importSource(store, 'netflix-top10', files.countries, { now: BENCH_NOW });
  const catalog = store.catalog.current().catalog;
  return {
    source: real ? 'real' : 'synthetic',
    notice,
    globalFile: files.global,
    countriesFile: files.countries,
    dataDir,
    catalogBytes: statSync(store.catalogPath).size,
    stateBytes: statSync(store.statePath).size,
    titles: catalog.titles.length,
    chartEntries: catalog.chartEntries.length,
  };
}
