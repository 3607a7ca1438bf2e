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
import { DataFileError, openData } from '../services/open-data.js';

const USAGE = `Usage:
  npm run import -- netflix-top10 <file-or-url>     all-weeks-global.tsv, all-weeks-countries.tsv or most-popular.tsv
  npm run import -- kobis-daily <file-dir-or-url>   KOBIS searchDailyBoxOfficeList JSON (a directory imports every *.json)
  npm run import -- kobis-daily --from YYYY-MM-DD --to YYYY-MM-DD   fetch from the KOBIS API (needs KOBIS_API_KEY)
  npm run import -- kobis-movies <file-dir-or-url>  KOBIS searchMovieInfo / searchMovieList JSON (a directory imports every *.json beneath it)
  npm run import -- kobis-movies --year YYYY        fetch a year's film list from the KOBIS API (needs KOBIS_API_KEY)
  npm run import -- netflix-engagement <xlsx-or-url>   a Netflix "What We Watched" engagement report`;

const SOURCES = ['netflix-top10', 'kobis-daily', 'kobis-movies', 'netflix-engagement'] as const;

const MAX_ERRORS_SHOWN = 20;

/** npm run import: brings a Netflix Top 10 or KOBIS file into the catalog, once, atomically. */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' }, year: { type: 'string' } },
  });
  const [name, location] = positionals;
  const source = SOURCES.find((known) => known === name);
  if (!source) return usage(name ? `Unknown source “${name}”.` : 'Say which source to import.');
  const config = loadConfig();
  const store = await openData(config);
  let summary: SourceImportSummary;
  if (source === 'kobis-daily' && (values.from || values.to)) {
    if (!config.kobisApiKey) return usage('Fetching from the KOBIS API needs KOBIS_API_KEY in .env.');
    const days = await fetchKobisRange(config.kobisApiKey, values.from ?? values.to!, values.to ?? values.from!);
    summary = await importKobisDays(store, days, {
      label: `KOBIS API ${values.from ?? values.to}…${values.to ?? values.from}`,
    });
  } else if (source === 'kobis-movies' && values.year) {
    if (!config.kobisApiKey) return usage('Fetching a year from the KOBIS API needs KOBIS_API_KEY in .env.');
    summary = await importKobisYear(store, values.year, config.kobisApiKey);
  } else {
    if (!location) return usage('Say which file or URL to import.');
    const bar = createProgressBar(`Importing ${source}`);
    try {
      summary = await importSource(store, source, location, {
        onProgress: bar.update,
        kobisApiKey: config.kobisApiKey,
      });
    } finally {
      bar.stop();
    }
  }
  report(summary);
  return 0;
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
    const known = error instanceof FormatError || error instanceof DataFileError || error instanceof ConfigError;
    process.stderr.write(
      `${known ? 'Import refused' : 'Import failed'}: ${(error as Error).message}\nThe catalog was left unchanged.\n`,
    );
    process.exit(1);
  },
);
