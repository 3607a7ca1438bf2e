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
  /** The other real sources imported into the 1× catalog (engagement reports, KOBIS films and days), when present. */
  sources: { engagementDir?: string; kobisFilmDirs: string[]; kobisDailyDirs: string[] };
  engagementLines: number;
}

/** The other real sources: five engagement reports, KOBIS film records and daily lists. */
export const REAL_SOURCES = {
  engagementDir: path.join(SHARED_DATA, 'netflix-engagement'),
  kobisFilmDirs: ['movie-info', 'movie-list-by-year'].map((dir) => path.join(SHARED_DATA, 'kobis-boxoffice', dir)),
  kobisDailyDirs: ['daily-boxoffice-raw', 'daily-boxoffice-augmented'].map((dir) =>
    path.join(SHARED_DATA, 'kobis-boxoffice', dir),
  ),
};

const REAL_FILES = {
  global: path.join(SHARED_DATA, 'netflix-top10', 'all-weeks-global.tsv'),
  countries: path.join(SHARED_DATA, 'netflix-top10', 'all-weeks-countries.2022-11-13.from-xlsx.tsv'),
};

/**
 * The 1× catalog: seed + the global file + the 134,620-row country file + the five engagement reports + KOBIS film
 * records and daily lists, from ../shared/data when present, else from synthetic Netflix files of the same shape
 * (with a notice saying so, and without the other sources).
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
  // Everything else withk imports, so cold start and handlers are measured with every source in the catalog.
  const sources = real ? presentSources() : { kobisFilmDirs: [], kobisDailyDirs: [] };
  if (sources.engagementDir) await importSource(store, 'netflix-engagement', sources.engagementDir, { now: BENCH_NOW });
  for (const dir of sources.kobisFilmDirs) await importSource(store, 'kobis-movies', dir, { now: BENCH_NOW });
  for (const dir of sources.kobisDailyDirs) await importSource(store, 'kobis-daily', dir, { now: BENCH_NOW });
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
    sources,
    engagementLines: catalog.engagement?.length ?? 0,
  };
}

function presentSources(): Dataset['sources'] {
  return {
    engagementDir: existsSync(REAL_SOURCES.engagementDir) ? REAL_SOURCES.engagementDir : undefined,
    kobisFilmDirs: REAL_SOURCES.kobisFilmDirs.filter((dir) => existsSync(dir)),
    kobisDailyDirs: REAL_SOURCES.kobisDailyDirs.filter((dir) => existsSync(dir)),
  };
}
