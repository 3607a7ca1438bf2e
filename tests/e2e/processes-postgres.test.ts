import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it, vi } from 'vitest';
import { describePostgres, testDatabase } from '../helpers/postgres.js';
import { tempDir } from '../helpers/seed.js';
import { embedsOf } from '../helpers/start-withk.js';
import { startEmulator, type Emulator } from '../support/emulator/index.js';
import { shardOf } from '../support/emulator/world.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** `npm start` (the launcher) as a process running one shard of two, on the shared schema. */
function startShard(emulator: Emulator, database: ReturnType<typeof testDatabase>, shard: number) {
  const child = spawn(process.execPath, [path.join(repoRoot, 'src/launch/start.mjs')], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: emulator.token,
      DISCORD_API_URL: emulator.apiUrl,
      DATA_DIR: tempDir(),
      DATABASE_URL: database.url,
      DATABASE_SCHEMA: database.schema,
      WITHK_SHARD_COUNT: '2',
      WITHK_SHARDS: String(shard),
      // Tests never reach the internet: no default Netflix download.
      NETFLIX_TOP10_URL: 'off',
      LOG_LEVEL: 'debug',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describePostgres('two npm start processes on one PostgreSQL, one shard each', () => {
  let database: ReturnType<typeof testDatabase>;
  let emulator: Emulator | undefined;
  const processes: ReturnType<typeof startShard>[] = [];
  afterEach(async () => {
    for (const run of processes.splice(0)) run.child.kill('SIGKILL');
    await emulator?.stop();
    await database.cleanup();
  });

  it('answer each guild from its shard and post each digest once, also after one is killed and restarted', async () => {
    emulator = await startEmulator({ guilds: 6, recommendedShards: 2 });
    database = testDatabase();
    // Every guild's digest is due now (this minute, UTC, set two days ago): each process posts its shard's at start.
    const setUp = await database.open();
    const now = new Date();
    const time = now.toISOString().slice(11, 16);
    const twoDaysAgo = new Date(now.getTime() - 2 * 86_400_000).toISOString();
    for (const guild of emulator.guilds)
      await setUp.digestSettings.put(guild.id, {
        channelId: guild.channelIds[0]!,
        time,
        timeZone: 'UTC',
        enabled: true,
        updatedBy: emulator.userId,
        updatedAt: twoDaysAgo,
      });

    processes.push(startShard(emulator, database, 0), startShard(emulator, database, 1));
    const posted = () => emulator!.guilds.map((g) => emulator!.channelMessages(g.channelIds[0]!).length);
    await emulator.waitFor(() => posted().every((n) => n === 1), 20_000);
    const statuses = async () => (await setUp.deliveries.all()).map((d) => d.status);
    await vi.waitFor(async () => expect(await statuses()).toEqual(emulator!.guilds.map(() => 'sent')), 10_000);

    const firstOfEachShard = [0, 1].map((shard) => emulator!.guilds.find((g) => shardOf(g.id, 2) === shard));
    for (const guild of firstOfEachShard) {
      const options = [{ name: 'name', type: 3, value: 'Parasite' }];
      const outcome = await emulator.command({ name: 'title', guildId: guild!.id, options });
      expect(embedsOf(outcome)[0]?.title).toBe('Parasite');
    }

    // Shard 0's process dies and comes back: it finds its digests sent and posts nothing again.
    processes[0]!.child.kill('SIGKILL');
    await processes[0]!.exited;
    const restarted = startShard(emulator, database, 0);
    processes.push(restarted);
    await emulator.waitFor(() => restarted.output().includes('digest tick: nothing due'), 20_000);
    for (const run of [restarted, processes[1]!]) {
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    }
    expect(posted()).toEqual(emulator.guilds.map(() => 1));
    expect(await statuses()).toEqual(emulator.guilds.map(() => 'sent'));
    expect(emulator.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands'))).toHaveLength(1);
  });
});
