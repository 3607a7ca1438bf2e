import type { TextChannel } from 'discord.js';
import { commands } from '../commands/index.js';
import { startApp, type App } from '../src/app.js';
import { createClient } from '../src/discord/bot.js';
import type { Catalog } from '../src/domain/types.js';
import { createCatalogIndex } from '../src/domain/catalog-index.js';
import { openStore, type LowdbStore as Store, type LowdbStore } from '../src/store/open-store.js';
import { startEmulator, type Emulator } from '../tests/support/emulator/index.js';
import { startBotClient } from '../tests/support/start-bot-client.js';
import { createBenchDeps } from './bench-deps.js';
import { copyDataDir } from './paths.js';

export interface DigestRoundOptions {
  dataDir: string;
  /** Subscribed servers; the emulator gets this many guilds, one text channel each. */
  guilds: number;
  /** Rounds, each on a new local day (so each has a new digest to compute). */
  rounds: number;
  /** The emulator's per-channel message limit (discord.js also keeps Discord's global 50 requests/s itself). */
  perChannelPerSecond: number;
  /** The runner's sends in flight, also used by the baseline. */
  concurrency: number;
}

export interface DigestRoundSample {
  ms: number;
  messages: number;
  delivered: number;
  failed: number;
  /** createDigest runs during the round. */
  computations: number;
  rateLimited: number;
  /** Messages posted by the start-up tick before the round (should be 0: nothing is due then). */
  postedBefore: number;
}

export interface DigestRoundResult {
  guilds: number;
  withk: DigestRoundSample[];
  /** The same number of constant messages to the same channels, from a bare discord.js client. */
  baseline: DigestRoundSample[];
}

export const FIRST_ROUND = Date.parse('2026-07-25T00:00:30Z'); // 09:00:30 in Seoul, just after the digest time
export const DAY_MS = 86_400_000;

/**
 * Figure 6: one digest round for `guilds` subscribed servers, through the emulator with rate limits on, then the
 * same number of constant messages from a bare client. Digest computations are counted by reading the catalog's
 * `deals` through a counting getter: createDigest reads it once per computation and nothing else in a round does.
 */
export async function measureDigestRound(options: DigestRoundOptions): Promise<DigestRoundResult> {
  const emulator = await startEmulator({
    guilds: options.guilds,
    validateAgainstSpec: false,
    rateLimit: { perChannelPerSecond: options.perChannelPerSecond },
  });
  const { store, computations } = countDigestComputations(await openStore({ dataDir: copyDataDir(options.dataDir) }));
  const clock = { now: FIRST_ROUND - DAY_MS / 2 };
  const { deps } = createBenchDeps(store, {
    token: emulator.token,
    apiUrl: emulator.apiUrl,
    guildId: emulator.guildId,
  });
  deps.clock = () => new Date(clock.now);
  await subscribeAll(store, emulator);
  const withk: DigestRoundSample[] = [];
  const baseline: DigestRoundSample[] = [];
  try {
    for (let round = 0; round < options.rounds; round++) {
      const app = await startApp(deps, commands, { client: createClient(emulator.apiUrl), tickMs: 3_600_000 });
      try {
        withk.push(await timeRound(app, emulator, store, computations, clock, FIRST_ROUND + round * DAY_MS));
      } finally {
        await app.stop();
      }
      // Back before the next day's digest time, for the next round's start-up tick.
      clock.now -= DAY_MS / 2;
      baseline.push(await postConstants(emulator, withk.at(-1)!.messages, options.concurrency));
    }
  } finally {
    await emulator.stop();
  }
  return { guilds: options.guilds, withk, baseline };
}

/** Lets the start-up tick pass (nothing due), moves the clock to `at`, and times the tick that posts the round. */
async function timeRound(
  app: App,
  emulator: Emulator,
  store: Store,
  computations: () => number,
  clock: { now: number },
  at: number,
): Promise<DigestRoundSample> {
  const started = snapshot(emulator, computations()).messages;
  await app.digests.tick();
  clock.now = at;
  const before = snapshot(emulator, computations());
  const start = performance.now();
  await app.digests.tick();
  const ms = performance.now() - start;
  const deliveries = (await store.deliveries.all()).filter((d) => d.at >= new Date(at).toISOString());
  return {
    ...difference(snapshot(emulator, computations()), before),
    ms,
    delivered: deliveries.filter((d) => d.status === 'sent').length,
    failed: deliveries.filter((d) => d.status === 'failed').length,
    postedBefore: before.messages - started,
  };
}

/**
 * Every guild subscribes its one channel at 09:00 Asia/Seoul, set after the previous day's 09:00: so the
 * start-up tick finds nothing due and the first measured round posts the full first digest (the last 7 days).
 */
export async function subscribeAll(store: LowdbStore, emulator: Emulator): Promise<void> {
  // One write for every guild (the repository writes once per guild, which is quadratic at 10,000).
  await store.stateFile.update((state) => {
    for (const guild of emulator.guilds) {
      state.guilds[guild.id] = {
        digest: {
          channelId: guild.channelIds[0]!,
          time: '09:00',
          timeZone: 'Asia/Seoul',
          enabled: true,
          updatedBy: emulator.userId,
          updatedAt: new Date(FIRST_ROUND - DAY_MS / 2).toISOString(),
        },
      };
    }
  });
}

/** A store whose catalog counts reads of `deals`, with the index built up front (that build reads it once). */
function countDigestComputations(store: LowdbStore): { store: LowdbStore; computations: () => number } {
  let reads = 0;
  const original = store.catalog.current().catalog;
  const counted = { ...original } as Catalog;
  Object.defineProperty(counted, 'deals', {
    enumerable: true,
    get: () => {
      reads += 1;
      return original.deals;
    },
  });
  const index = createCatalogIndex(counted);
  const wrapped: LowdbStore = { ...store, catalog: { ...store.catalog, current: () => index } };
  const built = reads;
  return { store: wrapped, computations: () => reads - built };
}

interface Counters {
  messages: number;
  rateLimited: number;
  computations: number;
}

function snapshot(emulator: Emulator, computations: number): Counters {
  let messages = 0;
  let rateLimited = 0;
  for (const request of emulator.requests) {
    if (request.method !== 'POST' || !/^\/channels\/\d+\/messages$/.test(request.path)) continue;
    if (request.status === 200) messages += 1;
    else if (request.status === 429) rateLimited += 1;
  }
  return { messages, rateLimited, computations };
}

const difference = (after: Counters, before: Counters) => ({
  messages: after.messages - before.messages,
  rateLimited: after.rateLimited - before.rateLimited,
  computations: after.computations - before.computations,
});

/** The baseline: a bare discord.js client posts `count` constant messages across the guilds' channels. */
async function postConstants(emulator: Emulator, count: number, concurrency: number): Promise<DigestRoundSample> {
  const client = await startBotClient(emulator, {}, 60_000);
  try {
    const channels = emulator.guilds.map((guild) => client.channels.cache.get(guild.channelIds[0]!) as TextChannel);
    const before = snapshot(emulator, 0);
    let next = 0;
    const start = performance.now();
    const worker = async () => {
      while (next < count) await channels[next++ % channels.length]!.send({ content: 'ok' });
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
    const ms = performance.now() - start;
    const counters = difference(snapshot(emulator, 0), before);
    return { ...counters, ms, delivered: counters.messages, failed: 0, computations: 0, postedBefore: 0 };
  } finally {
    await client.destroy();
  }
}
