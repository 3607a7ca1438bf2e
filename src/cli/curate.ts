import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { renderSavedEdit, renderUndone } from '../discord/render/curate.js';
import { historyLine } from '../discord/render/curate-history.js';
import { refusedArgs } from '../discord/render/curate-problems.js';
import type { MessageView } from '../discord/reply.js';
import type { Editor } from '../domain/curation.js';
import type { CurationProblem } from '../domain/curation-problems.js';
import { t, type Locale } from '../i18n/index.js';
import { addAlias, fixField, retireDeal, undoChange } from '../services/curate-edits.js';
import type { FixChoice } from '../services/curation-fields.js';
import { listHistory } from '../services/curation-history.js';
import {
  checkCuration,
  checkCurationIn,
  exportCuration,
  importCuration,
  parseCurationExport,
  type CurationCheck,
} from '../services/curation-transfer.js';
import type { Store } from '../services/deps.js';
import { DatabaseError, DataFileError, openData } from '../services/open-data.js';
import { addDealFromTerminal } from './curate-deal.js';
import { renderReplyAsText } from './render-text.js';

const USAGE = `Usage: npm run curate -- <command> [options]
  deal --companies "CJ ENM, TBS" --kind co-production --date 2025-03 --status completed
       --summary "…" --source https://… [--titles "Infinite Loop"] [--create] [--update | --as-new]
  alias --target <title or company> --alias <name>
  fix --target <title, company or deal:id> --field date|status|kind|summary|name|country|titles --value <v> --source <url>
  retire --target deal:<id> --reason <text>
  undo --change <#12>
  history [--target <title, company or deal:id>]
  export <file>      all curated records and their history as one JSON file
  import <file>      merge another withk instance's export (conflicts are listed, never applied)
  check              validate the curated changes (DATA_DIR/curated.json, or PostgreSQL with DATABASE_URL);
                     exits 1 naming the place when something is wrong`;

const OPTIONS = {
  companies: { type: 'string' },
  kind: { type: 'string' },
  date: { type: 'string' },
  status: { type: 'string' },
  summary: { type: 'string' },
  source: { type: 'string' },
  titles: { type: 'string' },
  target: { type: 'string' },
  alias: { type: 'string' },
  field: { type: 'string' },
  value: { type: 'string' },
  reason: { type: 'string' },
  change: { type: 'string' },
  create: { type: 'boolean' },
  update: { type: 'boolean' },
  'as-new': { type: 'boolean' },
} as const;

export type CurateArgs = Partial<Record<keyof typeof OPTIONS, string | boolean>>;

/** The terminal speaks English, like the flags it takes (`--companies`, `--target` …). */
const LOCALE: Locale = 'en';

/** The operator at the terminal: an editor by right, named by their login in the history. */
const OPERATOR: Editor = { id: 'terminal', name: safeLogin(), via: 'terminal' };

/** npm run curate: the same curation services as /curate, from a terminal. Returns the exit code. */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: OPTIONS });
  const [command, file] = positionals;
  const config = loadConfig();
  if (command === 'check' && !config.databaseUrl) return report(await checkCuration(config.dataDir));
  const store = await openData(config);
  // A PostgreSQL pool would keep the process running: the store is closed whatever happens.
  try {
    return await run(store, command, file, values);
  } finally {
    await store.close();
  }
}

async function run(
  store: Store,
  command: string | undefined,
  file: string | undefined,
  values: CurateArgs,
): Promise<number> {
  const now = new Date();
  const text = (name: keyof typeof OPTIONS) => String(values[name] ?? '');
  switch (command) {
    case 'deal':
      return addDealFromTerminal(store, values, OPERATOR, now, print);
    case 'alias':
    case 'fix':
    case 'retire': {
      const result =
        command === 'alias'
          ? await addAlias(store, { target: text('target'), alias: text('alias') }, OPERATOR, now)
          : command === 'fix'
            ? await fixField(
                store,
                {
                  target: text('target'),
                  field: text('field') as FixChoice,
                  value: text('value'),
                  source: text('source'),
                },
                OPERATOR,
                now,
              )
            : await retireDeal(store, { target: text('target'), reason: text('reason') }, OPERATOR, now);
      return result.ok ? print(renderSavedEdit(result.change, result.record, LOCALE), 0) : refuse(result.problems);
    }
    case 'undo': {
      const result = await undoChange(store, { change: text('change') }, OPERATOR, now);
      return result.ok
        ? print(renderUndone(result.change, result.undone, result.record, LOCALE), 0)
        : refuse(result.problems);
    }
    case 'history': {
      const result = listHistory(store, text('target'));
      if (!result.ok) return refuse(result.problems);
      const lines = result.entries.map((entry) => historyLine(entry, LOCALE));
      return print({ content: lines.length ? lines.join('\n') : 'No changes to it yet.' }, 0);
    }
    case 'export': {
      if (!file) return usage('Say which file to write.');
      const data = exportCuration(store, now);
      await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
      process.stdout.write(
        `Wrote ${data.changes.length} changes, ${data.deals.length} deals and ${data.companies.length} added companies to ${file}.\n`,
      );
      return 0;
    }
    case 'import': {
      if (!file) return usage('Say which file to read.');
      const report = await importCuration(store, parseCurationExport(file, await readFile(file, 'utf8')));
      const added = report.added.length ? ` (#${report.added[0]!.seq}–#${report.added.at(-1)!.seq})` : '';
      process.stdout.write(
        `Took over ${report.added.length} changes${added}; ${report.same} were already here; ${report.conflicts.length} conflicts.\n`,
      );
      for (const c of report.conflicts)
        process.stdout.write(`  conflict: their #${c.seq} (${c.id}): ${c.reason.replace(/-/g, ' ')}: ${c.detail}\n`);
      return report.conflicts.length ? 1 : 0;
    }
    case 'check':
      return report(await checkCurationIn(store));
    default:
      return usage(command ? `Unknown command “${command}”.` : 'Say what to do.');
  }
}

/** What `check` found, one line per problem; exit code 1 when there is any. */
function report(result: CurationCheck): number {
  if (!result.exists) {
    process.stdout.write(`${result.file}: no curated file yet; the first start creates it.\n`);
    return 0;
  }
  for (const f of result.findings)
    process.stdout.write(`${result.file}: at ${f.at} (#${f.seq}): ${describeFinding(f.reason)} (${f.detail})\n`);
  process.stdout.write(`${result.file}: ${result.changes} changes, ${result.findings.length} problems.\n`);
  return result.findings.length ? 1 : 0;
}

function describeFinding(reason: string): string {
  return (
    {
      'unknown-record': 'the record it changes does not exist',
      'record-exists': 'it adds a record that already exists',
      'already-retired': 'the deal it changes is retired',
      'unknown-party': 'the deal names companies that do not exist',
    }[reason] ?? reason
  );
}

function print(view: MessageView, code: number): number {
  const payload = { content: view.content, embeds: view.embeds ?? [] };
  process.stdout.write(`${renderReplyAsText({ kind: 'reply', payload }, LOCALE)}\n`);
  return code;
}

function refuse(problems: readonly CurationProblem[]): number {
  return print({ content: t(LOCALE, 'curate.refused', refusedArgs(problems)) }, 1);
}

function usage(problem: string): number {
  process.stderr.write(`${problem}\n\n${USAGE}\n`);
  return 2;
}

function safeLogin(): string {
  try {
    return userInfo().username || 'operator';
  } catch {
    return 'operator';
  }
}

process.exitCode = await main().catch((error: unknown) => {
  if (!(error instanceof DataFileError || error instanceof DatabaseError || error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  return 1;
});
