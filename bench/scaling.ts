import { commands } from '../commands/index.js';
import { startApp, type App } from '../src/app.js';
import { createClient } from '../src/discord/bot.js';
import { openStore } from '../src/store/open-store.js';
import { startEmulator } from '../tests/support/emulator/index.js';
import { createBenchDeps } from './bench-deps.js';
import { DAY_MS, FIRST_ROUND, subscribeAll } from './digest-round.js';
import { copyDataDir } from './paths.js';

export interface ScalingOptions {
  dataDir: string;
  guilds: number;
  /** Process counts to compare, e.g. [1, 2]: each runs its share of the shards and posts its own guilds' digests. */
  processes: number[];
  /** Discord's bot-wide limit, enforced by the emulator across every process (Discord's is 50). */
  globalPerSecond: number;
  perChannelPerSecond: number;
}

export interface ScalingSample {
  processes: number;
  guilds: number;
  ms: number;
  messages: number;
  /** 429 answers: the global limit shared by all processes, or a channel's. */
  rateLimited: number;
  /** Guilds that got no digest (should be 0). */
  missed: number;
}

/**
 * Figure 7: one digest round for `guilds` servers split over K processes (shards), all posting through one bot
 * token against Discord's global limit, as the scaling picture in docs/scaling.md assumes. The processes share one
 * store here (as they would share PostgreSQL: no lock file, each digest claimed once).
 */
export async function measureScaling(options: ScalingOptions): Promise<ScalingSample[]> {
  const samples: ScalingSample[] = [];
  for (const count of options.processes) {
    const emulator = await startEmulator({
      guilds: options.guilds,
      recommendedShards: count,
      validateAgainstSpec: false,
      rateLimit: { perChannelPerSecond: options.perChannelPerSecond, globalPerSecond: options.globalPerSecond },
    });
    const files = await openStore({ dataDir: copyDataDir(options.dataDir) });
    // Shared as PostgreSQL would be: claims decide who posts, so no process waits for the one-process lock file.
    const store = { ...files, digestLock: { hold: async () => true, release: async () => undefined } };
    const clock = { now: FIRST_ROUND - DAY_MS / 2 };
    await subscribeAll(store, emulator);
    const apps: App[] = [];
    try {
      for (let id = 0; id < count; id++) {
        const shards = { ids: [id], count };
        const { deps } = createBenchDeps(store, { token: emulator.token, apiUrl: emulator.apiUrl, shards });
        deps.clock = () => new Date(clock.now);
        apps.push(await startApp(deps, commands, { client: createClient(emulator.apiUrl, shards), tickMs: 3_600_000 }));
      }
      await Promise.all(apps.map((app) => app.digests.tick())); // the start-up ticks, before the digest time
      clock.now = FIRST_ROUND;
      const start = performance.now();
      await Promise.all(apps.map((app) => app.digests.tick()));
      const ms = performance.now() - start;
      const posts = emulator.requests.filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));
      const missed = emulator.guilds.filter((g) => emulator.channelMessages(g.channelIds[0]!).length === 0).length;
      samples.push({
        processes: count,
        guilds: options.guilds,
        ms,
        messages: posts.filter((r) => r.status === 200).length,
        rateLimited: posts.filter((r) => r.status === 429).length,
        missed,
      });
    } finally {
      for (const app of apps) await app.stop();
      await emulator.stop();
    }
  }
  return samples;
}
