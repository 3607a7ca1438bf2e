import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Catalog } from '../domain/types.js';
import { applyKobisMovies } from './apply-kobis-movies.js';
import { applyNetflixEngagement } from './apply-netflix-engagement.js';
import type { ApplyResult } from './catalog-merge.js';
import { fetchKobisFilms, fetchKobisYear } from './fetch-kobis-movies.js';
import { FormatError, type RowError } from './format-error.js';
import { parseKobisMovies, type KobisFilm } from './parse-kobis-movies.js';
import { parseNetflixEngagement } from './parse-netflix-engagement.js';
import { isUrl, readBytes, readText, type ReadSourceOptions } from './read-source.js';

/** Reading options plus what fetching KOBIS films needs. */
export interface RecordImportOptions extends ReadSourceOptions {
  now: Date;
  /** Lets a codes-only year file be completed from the API. */
  kobisApiKey?: string;
}

/** A merge result plus the files read and what was left out, in words for the operator. */
export interface RecordImport {
  result: ApplyResult;
  files: string[];
  notes: string[];
}

/**
 * Reads engagement reports (an .xlsx file or URL, or a directory of them) and merges them into `catalog` one
 * after another. Every file is read and checked before any is merged, so one bad file refuses them all.
 */
export async function mergeEngagementReports(
  catalog: Catalog,
  location: string,
  options: RecordImportOptions,
): Promise<RecordImport> {
  const files = await listFiles(location, '.xlsx');
  const reports = [];
  for (const file of files) {
    try {
      reports.push(parseNetflixEngagement(await readBytes(file, options)));
    } catch (error) {
      if (error instanceof FormatError && files.length > 1)
        throw new FormatError(`${relative(location, file)}: ${error.message}`);
      throw error;
    }
  }
  const result = applyNetflixEngagement(catalog, reports, { fileName: location, now: options.now });
  const notes = reports.map((report) => `${report.period} report, sheets ${report.sheets.join(', ')}`);
  return { result, files, notes };
}

/**
 * Reads KOBIS film records from a file, a URL, or a directory (every `*.json` beneath it, year folders
 * included) and merges them into `catalog`. A file that is not a KOBIS film response refuses the whole import.
 * Codes listed without records are fetched when an API key is given (stopping, with what was fetched kept,
 * at a quota error), else reported as skipped.
 */
export async function mergeKobisMovies(
  catalog: Catalog,
  location: string,
  options: RecordImportOptions,
): Promise<RecordImport> {
  const files = await listFiles(location, '.json');
  const films: KobisFilm[] = [];
  const errors: RowError[] = [];
  const codes: string[] = [];
  const texts = await readAll(files, options);
  for (const [i, file] of files.entries()) {
    let parsed;
    try {
      parsed = parseKobisMovies(texts[i]!);
    } catch (error) {
      if (error instanceof FormatError && files.length > 1)
        throw new FormatError(`${relative(location, file)}: ${error.message}`);
      throw error;
    }
    films.push(...parsed.films);
    const name = files.length > 1 ? `${relative(location, file)}: ` : '';
    errors.push(...parsed.errors.map((e) => ({ ...e, reason: `${name}${e.reason}` })));
    codes.push(...parsed.codesOnly);
  }
  const notes: string[] = [];
  const known = new Set(films.map((film) => film.movieCd));
  const missing = [...new Set(codes)].filter((code) => !known.has(code));
  if (missing.length > 0 && options.kobisApiKey) {
    const fetched = await fetchKobisFilms(options.kobisApiKey, missing, options.fetchImpl);
    films.push(...fetched.films);
    notes.push(`fetched ${fetched.films.length} of ${missing.length} films listed by code only`);
    if (fetched.stoppedBy)
      notes.push(`stopped early, ${fetched.notFetched.length} left for later: ${fetched.stoppedBy}`);
  } else if (missing.length > 0) {
    notes.push(`skipped ${missing.length} films listed by code only: set KOBIS_API_KEY to fetch their records`);
  }
  const result = applyKobisMovies(catalog, films, { fileName: location, now: options.now, rowErrors: errors });
  return { result, files, notes };
}

/** Fetches a year's film list from the KOBIS API and merges it into `catalog`. */
export async function mergeKobisYear(
  catalog: Catalog,
  year: string,
  apiKey: string,
  options: RecordImportOptions,
): Promise<RecordImport> {
  const films = await fetchKobisYear(apiKey, year, options.fetchImpl);
  const label = `KOBIS API film list ${year}`;
  return { result: applyKobisMovies(catalog, films, { fileName: label, now: options.now }), files: [label], notes: [] };
}

/** Reads files a few at a time (a year folder holds thousands of small answers), in their order. */
async function readAll(files: readonly string[], options: ReadSourceOptions): Promise<string[]> {
  const texts: string[] = [];
  for (let at = 0; at < files.length; at += PARALLEL_READS) {
    texts.push(...(await Promise.all(files.slice(at, at + PARALLEL_READS).map((file) => readText(file, options)))));
  }
  return texts;
}

const PARALLEL_READS = 16;

/** A file or URL stands for itself; a directory for every file with that extension beneath it, in name order. */
async function listFiles(location: string, extension: string): Promise<string[]> {
  if (isUrl(location) || !(await stat(location)).isDirectory()) return [location];
  const entries = await readdir(location, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
  if (files.length === 0) throw new FormatError(`${location} holds no ${extension} files.`);
  return files.sort();
}
