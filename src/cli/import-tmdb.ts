import { tmdbEnabled, type Config } from '../config.js';
import { parseTmdbRef } from '../domain/tmdb-ref.js';
import { createCountProgressBar } from '../importers/progress.js';
import { createTmdbClient } from '../importers/tmdb/client.js';
import { createLogger } from '../logger.js';
import { enrichTitles, type EnrichScope, type EnrichSummary } from '../services/enrichment.js';
import { ambiguousTitles, pinTmdbRecord } from '../services/tmdb-records.js';
import type { Store } from '../services/deps.js';
import { openData } from '../services/open-data.js';
import { lookUpTitle } from '../services/titles.js';

export interface TmdbImportArgs {
  title?: string;
  all?: boolean;
  ambiguous?: boolean;
  id?: string;
}

const NOTICE = 'This product uses the TMDB API but is not endorsed or certified by TMDB.';
const out = (lines: string[]) => process.stdout.write(`${lines.join('\n')}\n`);
const fail = (message: string, code = 2) => {
  process.stderr.write(`${message}\n`);
  return code;
};

/**
 * `npm run import -- tmdb [--title <name> [--id tv/<id>]] [--all] [--ambiguous]`: enriches the titles that are due
 * (or all, or one) from TMDB with a progress bar, lists the titles waiting for a person, or pins the record a
 * person chose. Ctrl-C stops between two titles and keeps what was fetched.
 */
export async function runTmdbImport(args: TmdbImportArgs, config: Config): Promise<number> {
  const store = await openData(config);
  try {
    return await run(args, config, store);
  } finally {
    await store.close();
  }
}

async function run(args: TmdbImportArgs, config: Config, store: Store): Promise<number> {
  if (args.ambiguous) return listAmbiguous(store);
  if (!tmdbEnabled(config)) {
    return fail(
      'Enrichment from TMDB needs TMDB_API_KEY (a v3 API key) or TMDB_READ_TOKEN (a v4 read access token) in .env.\n' +
        'Get one free at https://www.themoviedb.org/settings/api.',
    );
  }
  const logger = createLogger({
    level: config.logLevel === 'info' ? 'warn' : config.logLevel,
    secrets: [config.tmdbApiKey, config.tmdbReadToken],
    write: (line) => process.stderr.write(line),
  });
  const source = createTmdbClient({
    apiKey: config.tmdbApiKey,
    readToken: config.tmdbReadToken,
    baseUrl: config.tmdbApiUrl,
    requestsPerSecond: config.tmdbRequestsPerSecond,
    logger,
  });
  let scope: EnrichScope = { kind: args.all ? 'all' : 'due' };
  if (args.title) {
    const found = lookUpTitle(store, args.title);
    if (!found.found) {
      const hint = found.suggestions.length ? ` Did you mean: ${found.suggestions.join(', ')}?` : '';
      return fail(`No title matches “${args.title}”.${hint}`, 1);
    }
    const title = found.card.title;
    if (args.id) {
      const ref = parseTmdbRef(args.id);
      if (!ref) return fail(`--id takes tv/<number> or movie/<number>, e.g. --id tv/93405.`);
      const link = await pinTmdbRecord(store, { titleId: title.id, ref, source, clock: () => new Date() });
      const names = link.status === 'enriched' ? link.data.names.map((n) => n.name).join(' · ') : '';
      out([`${title.name} is now TMDB ${ref.kind}/${ref.id} (${names}), chosen by hand: refreshes keep it.`, NOTICE]);
      return 0;
    }
    scope = { kind: 'titles', titleIds: [title.id] };
  } else if (args.id) {
    return fail('--id needs --title <name>: say which title the TMDB record is.');
  }
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  const bar = createCountProgressBar('Enriching from TMDB');
  let summary: EnrichSummary;
  try {
    summary = await enrichTitles(store, {
      source,
      clock: () => new Date(),
      logger,
      scope,
      maxAgeDays: config.tmdbMaxAgeDays,
      signal: controller.signal,
      onProgress: bar.update,
    });
  } finally {
    bar.stop();
  }
  out(report(summary));
  return summary.stopped === 'unauthorized' ? 1 : 0;
}

function report(summary: EnrichSummary): string[] {
  const lines = [
    `Enriched from TMDB: titles considered ${summary.considered} · enriched ${summary.enriched} · ambiguous ${summary.ambiguous} · not on TMDB ${summary.notFound} · skipped ${summary.skipped}`,
  ];
  for (const [reason, count] of Object.entries(summary.skipReasons)) lines.push(`  skipped ${count}: ${reason}`);
  const stops = {
    unauthorized: 'TMDB refused the key (401). Check TMDB_API_KEY or TMDB_READ_TOKEN in .env.',
    'rate-limited': 'TMDB kept limiting the request rate; run again later.',
    unavailable: 'TMDB did not answer several titles in a row; run again later.',
    aborted: 'stopped by request.',
  } as const;
  if (summary.stopped) lines.push(`  Stopped early: ${stops[summary.stopped]} What was fetched is kept.`);
  lines.push(summary.written ? '  catalog saved.' : '  nothing changed; catalog left as it was.');
  if (summary.ambiguous > 0) lines.push('  Titles with two equally good matches: npm run import -- tmdb --ambiguous');
  lines.push(NOTICE);
  return lines;
}

function listAmbiguous(store: Store): number {
  const waiting = ambiguousTitles(store);
  if (waiting.length === 0) {
    out(['No title is waiting: every title TMDB was asked about matched one record or none.']);
    return 0;
  }
  const lines = [`${waiting.length} title(s) match two or more TMDB records equally well. Choose one with:`];
  lines.push('  npm run import -- tmdb --title "<name>" --id <kind>/<id>', '');
  for (const { title, candidates } of waiting) {
    lines.push(`${title.name} (${title.kind}, id ${title.id})`);
    for (const c of candidates)
      lines.push(`  ${c.kind}/${c.id}  ${[c.name, c.originalName, c.year].filter(Boolean).join(' · ')}`);
  }
  out(lines);
  return 0;
}
