import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { currentCatalog, publishCatalog } from '../services/catalog.js';
import type { Store } from '../services/deps.js';
import { applyKobisDaily } from './apply-kobis-daily.js';
import { startNetflixMerge } from './apply-netflix-top10.js';
import type { ApplyResult, ImportSummary } from './catalog-merge.js';
import { FormatError } from './format-error.js';
import { parseKobisDaily, type KobisDailyParse } from './parse-kobis-daily.js';
import { parseNetflixTop10Lines } from './parse-netflix-top10.js';
import { isUrl, readLineBatches, readText, type ReadSourceOptions } from './read-source.js';
import { mergeEngagementReports, mergeKobisMovies, mergeKobisYear } from './import-records.js';

export { fetchKobisRange, kobisDailyUrl } from './fetch-kobis-range.js';
export { FormatError } from './format-error.js';
export type { ImportSummary } from './catalog-merge.js';

/** The sources importSource knows; they match the catalog's SourceStatus ids. */
export type ImportSourceId = 'netflix-top10' | 'kobis-daily' | 'kobis-movies' | 'netflix-engagement';

/** Reading options (progress, fetch) plus the import instant. */
export interface ImportSourceOptions extends ReadSourceOptions {
  /** The import instant (source status, most-popular snapshot date). Defaults to the current time. */
  now?: Date;
  /** Lets a KOBIS year file listing only film codes be completed from the API. */
  kobisApiKey?: string;
}

/** An apply summary plus what was read and whether the store was written. */
export interface SourceImportSummary extends ImportSummary {
  source: ImportSourceId;
  /** The files or URL read. */
  files: string[];
  /** Whether the catalog was replaced (false when the data was already there). */
  written: boolean;
  /** What was skipped or fetched besides the rows, in words for the operator. */
  notes: string[];
}

/**
 * Imports one source into the store: streams and parses `location` (a file, an http(s) URL, or for
 * `kobis-daily` also a directory of daily JSON files), merges it into the current catalog, and calls
 * `publishCatalog` once, only if something changed. A file in the wrong format (FormatError) is refused
 * whole and the catalog is left untouched; bad rows are skipped and listed in the summary.
 */
export async function importSource(
  store: Store,
  source: ImportSourceId,
  location: string,
  options: ImportSourceOptions = {},
): Promise<SourceImportSummary> {
  const now = options.now ?? new Date();
  const catalog = currentCatalog(store);
  let result: ApplyResult;
  let files = [location];
  let notes: string[] = [];
  if (source === 'kobis-movies' || source === 'netflix-engagement') {
    const merged = await (source === 'kobis-movies' ? mergeKobisMovies : mergeEngagementReports)(catalog, location, {
      ...options,
      now,
    });
    ({ result, files, notes } = merged);
  } else if (source === 'netflix-top10') {
    // Rows go straight into the merge as they are parsed, so the file's rows are never all held at once.
    const merge = await startNetflixMerge(catalog, { fileName: location, now }, yieldToEventLoop);
    const parsed = await parseNetflixTop10Lines(readLineBatches(location, options), { onRow: merge.add });
    result = merge.finish(parsed.errors);
  } else {
    files = await listKobisFiles(location);
    const days: KobisDailyParse[] = [];
    for (const file of files) days.push(await readKobisFile(file, files.length > 1, options));
    result = applyKobisDaily(catalog, days, { fileName: location, now });
  }
  const written = await publishCatalog(store, result.catalog);
  return { ...result.summary, source, files, written, notes };
}

/** Fetches a year's KOBIS film list and stores it the same way importSource does. */
export async function importKobisYear(
  store: Store,
  year: string,
  apiKey: string,
  options: ImportSourceOptions = {},
): Promise<SourceImportSummary> {
  const catalog = currentCatalog(store);
  const { result, files, notes } = await mergeKobisYear(catalog, year, apiKey, {
    ...options,
    now: options.now ?? new Date(),
  });
  const written = await publishCatalog(store, result.catalog);
  return { ...result.summary, source: 'kobis-movies', files, written, notes };
}

/**
 * Applies already fetched KOBIS days (see fetchKobisRange) and stores the result the same way importSource
 * does: one replaceCatalog call, only if something changed.
 */
export async function importKobisDays(
  store: Store,
  days: readonly KobisDailyParse[],
  options: { now?: Date; label?: string } = {},
): Promise<SourceImportSummary> {
  const catalog = currentCatalog(store);
  const label = options.label ?? 'KOBIS API';
  const result = applyKobisDaily(catalog, days, { fileName: label, now: options.now ?? new Date() });
  const written = await publishCatalog(store, result.catalog);
  return { ...result.summary, source: 'kobis-daily', files: [label], written, notes: [] };
}

/** Lets interactions in between the steps of an import that runs inside the bot. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function readKobisFile(file: string, nameIt: boolean, options: ReadSourceOptions): Promise<KobisDailyParse> {
  try {
    return parseKobisDaily(await readText(file, options));
  } catch (error) {
    if (nameIt && error instanceof FormatError) throw new FormatError(`${basename(file)}: ${error.message}`);
    throw error;
  }
}

/** A directory stands for its `*.json` files in name order (YYYYMMDD names sort by date). */
async function listKobisFiles(location: string): Promise<string[]> {
  if (isUrl(location) || !(await stat(location)).isDirectory()) return [location];
  const names = (await readdir(location)).filter((name) => name.toLowerCase().endsWith('.json')).sort();
  return names.map((name) => join(location, name));
}
