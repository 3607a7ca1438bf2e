import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import {
  fetchKobisRange,
  FormatError,
  importKobisDays,
  importKobisYear,
  importSource,
  type SourceImportSummary,
} from '../importers/import-source.js';
import { createProgressBar } from '../importers/progress.js';
import { redactUrl } from '../importers/read-source.js';
import type { Store } from '../services/deps.js';
import { runExclusively } from '../services/exclusive.js';
import { CatalogConflictError, DatabaseError, DataFileError, openData } from '../services/open-data.js';
import { runTmdbImport } from './import-tmdb.js';

const USAGE = `Usage:
  npm run import -- netflix-top10 <file-or-url>     all-weeks-global.tsv, all-weeks-countries.tsv or most-popular.tsv
  npm run import -- kobis-daily <file-dir-or-url>   KOBIS searchDailyBoxOfficeList JSON (a directory imports every *.json)
  npm run import -- kobis-daily --from YYYY-MM-DD --to YYYY-MM-DD   fetch from the KOBIS API (needs KOBIS_API_KEY)
  npm run import -- kobis-movies <file-dir-or-url>  KOBIS searchMovieInfo / searchMovieList JSON (a directory imports every *.json beneath it)
  npm run import -- kobis-movies --year YYYY        fetch a year's film list from the KOBIS API (needs KOBIS_API_KEY)
  npm run import -- netflix-engagement <xlsx-dir-or-url>   Netflix "What We Watched" engagement reports
  npm run import -- tmdb [--all] [--title <name> [--id tv/<id>]] [--ambiguous]   enrich titles from TMDB (needs TMDB_API_KEY)`;

const SOURCES = ['netflix-top10', 'kobis-daily', 'kobis-movies', 'netflix-engagement'] as const;

const MAX_ERRORS_SHOWN = 20;

/** What to import, once the arguments are understood. */
type ImportPlan =
  | { source: 'kobis-daily'; apiKey: string; from: string; to: string }
  | { source: 'kobis-movies'; apiKey: string; year: string }
  | { source: (typeof SOURCES)[number]; location: string; apiKey?: string };

/** npm run import: brings a Netflix Top 10 or KOBIS file into the catalog, once, atomically. */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      year: { type: 'string' },
      title: { type: 'string' },
      id: { type: 'string' },
      all: { type: 'boolean' },
      ambiguous: { type: 'boolean' },
    },
  });
  const [name, location] = positionals;
  if (name === 'tmdb') return runTmdbImport(values, loadConfig());
  const source = SOURCES.find((known) => known === name);
  if (!source) return usage(name ? `Unknown source “${name}”.` : 'Say which source to import.');
  const config = loadConfig();
  let plan: ImportPlan;
  if (source === 'kobis-daily' && (values.from || values.to)) {
    if (!config.kobisApiKey) return usage('Fetching from the KOBIS API needs KOBIS_API_KEY in .env.');
    plan = { source, apiKey: config.kobisApiKey, from: values.from ?? values.to!, to: values.to ?? values.from! };
  } else if (source === 'kobis-movies' && values.year) {
    if (!config.kobisApiKey) return usage('Fetching a year from the KOBIS API needs KOBIS_API_KEY in .env.');
    plan = { source, apiKey: config.kobisApiKey, year: values.year };
  } else {
    if (!location) return usage('Say which file or URL to import.');
    // A key lets a KOBIS year file that lists only film codes be completed from the API.
    plan = { source, location, apiKey: config.kobisApiKey };
  }
  const store = await openData(config);
  try {
    // With PostgreSQL, a running bot's source refresh (or another import) finishes first, then this one merges
    // into the newest catalog.
    report(await runExclusively(store, 'import', () => runImport(store, plan)));
  } finally {
    await store.close();
  }
  return 0;
}

async function runImport(store: Store, plan: ImportPlan): Promise<SourceImportSummary> {
  if ('from' in plan) {
    const days = await fetchKobisRange(plan.apiKey, plan.from, plan.to);
    return importKobisDays(store, days, { label: `KOBIS API ${plan.from}…${plan.to}` });
  }
  if ('year' in plan) return importKobisYear(store, plan.year, plan.apiKey);
  const bar = createProgressBar(`Importing ${plan.source}`);
  try {
    return await importSource(store, plan.source, plan.location, { onProgress: bar.update, kobisApiKey: plan.apiKey });
  } finally {
    bar.stop();
  }
}

function report(summary: SourceImportSummary): void {
  const where =
    summary.files.length === 1
      ? redactUrl(summary.files[0]!).replace('(invalid URL)', summary.files[0]!)
      : `${summary.files.length} files`;
  const lines = [
    `Imported ${summary.source} from ${where}`,
    `  ${summary.source === 'kobis-movies' ? 'films' : 'rows'} read ${summary.read} · added ${summary.added} · updated ${summary.updated} · unchanged ${summary.unchanged} · rejected ${summary.rejected}`,
    `  titles added ${summary.titlesAdded} · updated ${summary.titlesUpdated} · charts added ${summary.chartsAdded}${summary.dataDate ? ` · data to ${summary.dataDate}` : ''}`,
    ...summary.notes.map((note) => `  ${note}`),
    summary.written ? '  catalog saved.' : '  nothing changed; catalog left as it was.',
  ];
  for (const error of summary.errors.slice(0, MAX_ERRORS_SHOWN)) lines.push(`  line ${error.line}: ${error.reason}`);
  if (summary.errors.length > MAX_ERRORS_SHOWN)
    lines.push(`  …and ${summary.errors.length - MAX_ERRORS_SHOWN} more rejected rows`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

function usage(problem: string): number {
  process.stderr.write(`${problem}\n\n${USAGE}\n`);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      error instanceof FormatError ||
      error instanceof DataFileError ||
      error instanceof ConfigError ||
      error instanceof DatabaseError ||
      error instanceof CatalogConflictError;
    process.stderr.write(
      `${known ? 'Import refused' : 'Import failed'}: ${(error as Error).message}\nThe catalog was left unchanged.\n`,
    );
    process.exit(1);
  },
);
