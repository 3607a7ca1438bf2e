/**
 * Child process for tests/e2e/two-instances.test.ts: a withk instance (the real discord.js client and digest
 * runner on the shared PostgreSQL store) that runs one digest round and dies in the middle of it.
 * Usage: `node --import tsx digest-worker.ts <databaseUrl> <schema> <apiUrl> <token> <now>`.
 *
 * It sends the round's first digest for real and prints `sent <guildId>` once that send is confirmed in the store;
 * then it prints `hanging <guildId>` for the second and never finishes it. The parent kills it there, so the kill
 * lands between sends (a kill between a send and its confirmation is the rare repeat the README names).
 */
import { commands } from '../../commands/index.js';
import { createClient, startBot } from '../../src/discord/bot.js';
import { createDigestNotifier } from '../../src/discord/digest-notifier.js';
import { createLogger } from '../../src/logger.js';
import type { DigestNotifier } from '../../src/scheduler/notify.js';
import { createDigestRunner } from '../../src/scheduler/runner.js';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store.js';
import { tempDir } from '../helpers/seed.js';

const [url, schema, apiUrl, token, nowText] = process.argv.slice(2);
if (!url || !schema || !apiUrl || !token || !nowText) {
  process.stderr.write('usage: digest-worker.ts <databaseUrl> <schema> <apiUrl> <token> <now>\n');
  process.exit(2);
}

const now = new Date(nowText);
const store = await openPostgresStore({ url, schema });
const logger = createLogger({ level: 'silent' });
const config = { token, apiUrl, dataDir: tempDir(), logLevel: 'silent' as const };
const deps = { store, logger, config, clock: () => now, startedAt: now, version: 'worker' };
const bot = await startBot(deps, commands, createClient(apiUrl));
const discord = createDigestNotifier(bot.client, deps);

let posts = 0;
const notifier: DigestNotifier = {
  async post(post) {
    if (posts++ > 0) {
      process.stdout.write(`hanging ${post.guildId}\n`);
      return new Promise(() => undefined);
    }
    const sent = await discord.post(post);
    const confirmed = async () =>
      (await store.deliveries.ofGuild(post.guildId)).some((d) => d.localDate === post.localDate && d.status === 'sent');
    // The runner confirms after this returns; report once the confirmation is in the database.
    void (async () => {
      while (!(await confirmed())) await new Promise((resolve) => setTimeout(resolve, 10));
      process.stdout.write(`sent ${post.guildId}\n`);
    })();
    return sent;
  },
};

const runner = createDigestRunner({ store, notifier, clock: () => now, logger, concurrency: 1, tickMs: 3_600_000 });
await runner.tick();
