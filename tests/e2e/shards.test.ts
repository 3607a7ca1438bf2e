import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { startApp, type App } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import { createClient } from '../../src/discord/bot.js';
import { createLogger } from '../../src/logger.js';
import { openStore, type LowdbStore } from '../../src/store/open-store.js';
import { startEmulator, type Emulator } from '../support/emulator/index.js';
import { shardOf } from '../support/emulator/world.js';
import { tempDir } from '../helpers/seed.js';
import { embedsOf } from '../helpers/start-withk.js';

const NOW = new Date('2026-11-25T00:00:30Z'); // 09:00:30 in Seoul
// Start-up ticks run before the digest time, so only the test's own ticks post.
const clock = { now: new Date(NOW.getTime() - 12 * 3_600_000) };

/** One withk process running `shards` of 2, sharing the store with the other (as two processes share PostgreSQL). */
async function startShardProcess(emulator: Emulator, store: LowdbStore, ids: number[]): Promise<App> {
  const config: Config = {
    token: emulator.token,
    apiUrl: emulator.apiUrl,
    dataDir: store.dataDir,
    logLevel: 'silent',
    shards: { ids, count: 2 },
  };
  const deps = {
    store,
    config,
    logger: createLogger({ level: 'silent' }),
    clock: () => clock.now,
    startedAt: NOW,
    version: 'test',
  };
  return startApp(deps, commands, { client: createClient(emulator.apiUrl, config.shards), tickMs: 3_600_000 });
}

describe('two processes, one shard each', () => {
  let emulator: Emulator | undefined;
  const apps: App[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.stop();
    await emulator?.stop();
  });

  it('serve each guild from its shard, register commands once, and post each digest once, from its shard', async () => {
    emulator = await startEmulator({ guilds: 8, recommendedShards: 2 });
    const byShard = [0, 1].map((shard) => emulator!.guilds.filter((g) => shardOf(g.id, 2) === shard));
    expect(byShard.map((guilds) => guilds.length > 0)).toEqual([true, true]);

    // One store shared by both processes, as PostgreSQL is: claims decide who posts, with no one-process lock file
    // (whose take-over re-reads the file, which two runners in one process would race on).
    const files = await openStore({ dataDir: tempDir() });
    const store: LowdbStore = { ...files, digestLock: { hold: async () => true, release: async () => undefined } };
    for (const guild of emulator.guilds) {
      const settings = { channelId: guild.channelIds[0]!, time: '09:00', timeZone: 'Asia/Seoul', enabled: true };
      await store.digestSettings.put(guild.id, {
        ...settings,
        updatedBy: emulator.userId,
        // Set after the previous day's 09:00, so no late digest is due at start-up.
        updatedAt: clock.now.toISOString(),
      });
    }
    apps.push(await startShardProcess(emulator, store, [0]), await startShardProcess(emulator, store, [1]));
    expect(emulator.shards).toEqual([0, 1]);
    expect(apps.map((app) => app.bot.client.guilds.cache.size)).toEqual([byShard[0]!.length, byShard[1]!.length]);
    expect(emulator.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands'))).toHaveLength(1);

    for (const guilds of byShard) {
      const outcome = await emulator.command({
        name: 'title',
        guildId: guilds[0]!.id,
        options: [{ name: 'name', type: 3, value: 'Parasite' }],
      });
      expect(embedsOf(outcome)[0]?.title).toBe('Parasite');
    }

    // Let the start-up ticks (before the digest time) finish, then move to the digest time.
    await Promise.all(apps.map((app) => app.digests.tick()));
    clock.now = NOW;
    const posted = () => emulator!.guilds.map((g) => emulator!.channelMessages(g.channelIds[0]!).length);
    await apps[0]!.digests.tick();
    expect(posted()).toEqual(emulator.guilds.map((g) => (shardOf(g.id, 2) === 0 ? 1 : 0)));
    await apps[1]!.digests.tick();
    await Promise.all(apps.map((app) => app.digests.tick()));
    expect(posted()).toEqual(emulator.guilds.map(() => 1));
  });
});
