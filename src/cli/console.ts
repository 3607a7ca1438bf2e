import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { commands } from '../../commands/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { createInteractionHandler } from '../discord/router.js';
import { createLogger } from '../logger.js';
import type { Deps } from '../services/deps.js';
import { DatabaseError, DataFileError, openData } from '../services/open-data.js';
import { VERSION } from '../version.js';
import { t, toLocale } from '../i18n/index.js';
import { createConsoleInteraction, type ConsoleReply } from './console-interaction.js';
import { parseConsoleInput } from './parse-console-input.js';
import { renderReplyAsText } from './render-text.js';

/**
 * An offline terminal that runs the real command code against the local data, no Discord needed.
 * `--lang ko` (or any Discord locale code) answers as Discord would answer a client in that language.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { lang: { type: 'string' } }, allowPositionals: true });
  const discordLocale = values.lang ?? 'en-US';
  const locale = toLocale(discordLocale);
  const config = loadConfig();
  const logger = createLogger({
    level: process.env.LOG_LEVEL ?? 'warn',
    secrets: [config.token],
    write: (line) => process.stderr.write(line),
  });
  const store = await openData(config);
  const deps: Deps = { store, logger, config, clock: () => new Date(), startedAt: new Date(), version: VERSION };
  const handle = createInteractionHandler(commands, deps);
  let lastButtons: PageButtons = {};

  async function run(line: string): Promise<string> {
    const replies: ConsoleReply[] = [];
    const text = line.trim();
    const turn = /^(next|prev|previous)$/i.exec(text);
    if (turn) {
      const customId = turn[1]!.toLowerCase().startsWith('n') ? lastButtons.next : lastButtons.previous;
      if (!customId) return t(locale, 'console.noPage');
      await handle(
        createConsoleInteraction(
          'button',
          { command: customId.split(':')[0]!, customId, locale: discordLocale },
          replies,
        ),
      );
    } else {
      const autocomplete = text.startsWith('?');
      const parsed = parseConsoleInput(autocomplete ? text.slice(1) : text, commands, locale);
      if ('error' in parsed) return parsed.error;
      const options = parsed.options.map((o, i) => (i === 0 && autocomplete ? { ...o, focused: true } : o));
      const input = { command: parsed.command.data.name, options, locale: discordLocale };
      await handle(createConsoleInteraction(autocomplete ? 'autocomplete' : 'command', input, replies));
    }
    const latest = replies.findLast((r) => r.kind !== 'choices' && r.kind !== 'followUp');
    if (latest) lastButtons = pageButtonsOf(latest.payload);
    return replies.map((reply) => renderReplyAsText(reply, locale)).join('\n\n');
  }

  const oneShot = positionals.join(' ').trim();
  if (oneShot) {
    process.stdout.write(`${await run(oneShot)}\n`);
    return store.close(); // a PostgreSQL store's connections would keep the process alive
  }
  const help = t(locale, 'console.help');
  process.stdout.write(`${t(locale, 'console.banner', { version: VERSION, path: store.description })}\n${help}\n`);
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'withk> ' });
  rl.prompt();
  for await (const line of rl) {
    if (/^(exit|quit)$/i.test(line.trim())) break;
    if (line.trim()) process.stdout.write(`${/^help$/i.test(line.trim()) ? help : await run(line)}\n`);
    rl.prompt();
  }
  rl.close();
  await store.close();
}

interface PageButtons {
  previous?: string;
  next?: string;
}

/** The pager row is ◀ · position · ▶ in every language: the first and last buttons turn the page, when enabled. */
function pageButtonsOf(payload: Record<string, unknown>): PageButtons {
  const rows = (payload.components ?? []) as { components: { custom_id?: string; disabled?: boolean }[] }[];
  const buttons = rows[0]?.components ?? [];
  const idOf = (button?: { custom_id?: string; disabled?: boolean }) =>
    button && !button.disabled ? button.custom_id : undefined;
  return buttons.length < 2 ? {} : { previous: idOf(buttons[0]), next: idOf(buttons.at(-1)) };
}

await main().catch((error: unknown) => {
  if (!(error instanceof DataFileError || error instanceof DatabaseError || error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
