import { createInterface } from 'node:readline/promises';
import { commands } from '../../commands/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { createInteractionHandler } from '../discord/router.js';
import { createLogger } from '../logger.js';
import type { Deps } from '../services/deps.js';
import { DatabaseError, DataFileError, openData } from '../services/open-data.js';
import { VERSION } from '../version.js';
import { createConsoleInteraction, parseConsoleInput, type ConsoleReply } from './console-interaction.js';
import { renderReplyAsText } from './render-text.js';

const HELP = `Type a command as you would in Discord, for example:
  /title Romantics Anonymous
  /deals CJ ENM            /deals company:CJ ENM partner:TBS
  /company 씨제이이엔엠     /stats 2024 H2            /chart japan tv
  /about
Start with ? to see autocomplete suggestions: ?title bon appetit
"next" / "prev" turn the pages of the last answer; "exit" quits.`;

/** An offline terminal that runs the real command code against the local data, no Discord needed. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({
    level: process.env.LOG_LEVEL ?? 'warn',
    secrets: [config.token],
    write: (line) => process.stderr.write(line),
  });
  const store = await openData(config);
  const deps: Deps = { store, logger, config, clock: () => new Date(), startedAt: new Date(), version: VERSION };
  const handle = createInteractionHandler(commands, deps);
  let lastButtons: { label: string; customId: string }[] = [];

  async function run(line: string): Promise<string> {
    const replies: ConsoleReply[] = [];
    const text = line.trim();
    const turn = /^(next|prev|previous)$/i.exec(text);
    if (turn) {
      const wanted = turn[1]!.toLowerCase().startsWith('n') ? 'Next' : 'Previous';
      const button = lastButtons.find((b) => b.label.includes(wanted));
      if (!button) return 'There is no page to turn to.';
      await handle(
        createConsoleInteraction(
          'button',
          { command: button.customId.split(':')[0]!, customId: button.customId },
          replies,
        ),
      );
    } else {
      const autocomplete = text.startsWith('?');
      const parsed = parseConsoleInput(autocomplete ? text.slice(1) : text, commands);
      if ('error' in parsed) return parsed.error;
      const options = parsed.options.map((o, i) => (i === 0 && autocomplete ? { ...o, focused: true } : o));
      await handle(
        createConsoleInteraction(
          autocomplete ? 'autocomplete' : 'command',
          { command: parsed.command.data.name, options },
          replies,
        ),
      );
    }
    const latest = replies.findLast((r) => r.kind !== 'choices' && r.kind !== 'followUp');
    if (latest) lastButtons = buttonsOf(latest.payload);
    return replies.map(renderReplyAsText).join('\n\n');
  }

  const oneShot = process.argv.slice(2).join(' ').trim();
  if (oneShot) {
    process.stdout.write(`${await run(oneShot)}\n`);
    return store.close(); // a PostgreSQL store's connections would keep the process alive
  }
  process.stdout.write(`withk ${VERSION}, offline console (data: ${store.description}).\n${HELP}\n`);
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'withk> ' });
  rl.prompt();
  for await (const line of rl) {
    if (/^(exit|quit)$/i.test(line.trim())) break;
    if (line.trim()) process.stdout.write(`${/^help$/i.test(line.trim()) ? HELP : await run(line)}\n`);
    rl.prompt();
  }
  rl.close();
  await store.close();
}

function buttonsOf(payload: Record<string, unknown>): { label: string; customId: string }[] {
  const rows = (payload.components ?? []) as {
    components: { label?: string; custom_id?: string; disabled?: boolean }[];
  }[];
  return rows
    .flatMap((row) => row.components)
    .filter((b) => !b.disabled && b.custom_id)
    .map((b) => ({ label: b.label ?? '', customId: b.custom_id! }));
}

await main().catch((error: unknown) => {
  if (!(error instanceof DataFileError || error instanceof DatabaseError || error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
