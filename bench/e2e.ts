import type { APIApplicationCommandInteractionDataOption } from 'discord-api-types/v10';
import { Events } from 'discord.js';
import { commands } from '../commands/index.js';
import { startApp } from '../src/app.js';
import { createClient } from '../src/discord/bot.js';
import { openStore } from '../src/store/open-store.js';
import { startEmulator, type Emulator } from '../tests/support/emulator/index.js';
import { startBotClient } from '../tests/support/start-bot-client.js';
import { createBenchDeps } from './bench-deps.js';
import { copyDataDir } from './paths.js';
import { createWorkload } from './queries.js';
import { createRandom } from './random.js';
import { median, percentile } from './stats.js';

export interface EndToEndOptions {
  dataDir: string;
  rounds: number;
  callsPerRound: number;
  warmupCalls: number;
  /** Pictures on (as the bot runs by default) or off (text answers only). */
  pictures: boolean;
  /**
   * Only titles with nothing to draw (never charted, no engagement lines): their answer is the same text with or
   * without pictures. Titles with engagement lines get a viewing picture, a different answer.
   */
  noChartHistory?: boolean;
  /** Also time the bot with pictures off in every round (the answer as it was before pictures). */
  compareTextOnly?: boolean;
}

export interface LatencySummary {
  p50: number;
  p99: number;
  /** Each round's p50. */
  roundP50s: number[];
}

export interface EndToEndResult {
  withk: LatencySummary;
  bare: LatencySummary;
  /** With `compareTextOnly`: the same bot with pictures off. */
  textOnly?: LatencySummary;
  /** Distinct queries asked. */
  distinctQueries: number;
  /** Interactions the emulator saw no callback for (should be 0). */
  failures: number;
}

type Options = APIApplicationCommandInteractionDataOption[];

/**
 * Figure 2: interaction dispatched → callback received, for /title through the real withk app, against a bare
 * discord.js client that replies a constant, both logged in to the same emulator in turn (the emulator serves
 * one gateway session at a time). Rounds alternate which bot goes first.
 */
export async function measureEndToEnd(options: EndToEndOptions): Promise<EndToEndResult> {
  const emulator = await startEmulator({ validateAgainstSpec: false });
  const store = await openStore({ dataDir: copyDataDir(options.dataDir) });
  const config = { token: emulator.token, apiUrl: emulator.apiUrl, guildId: emulator.guildId };
  const { deps } = createBenchDeps(store, { ...config, pictures: options.pictures });
  const { deps: textDeps } = createBenchDeps(store, { ...config, pictures: false });
  const index = store.catalog.current();
  const titles = options.noChartHistory
    ? index.catalog.titles.filter(
        (title) => !index.chartsByTitle.has(title.id) && !index.engagementByTitle.has(title.id),
      )
    : index.catalog.titles;
  const workload = createWorkload(index, titles, createRandom(42), options.callsPerRound);
  // With noChartHistory, names and ids of those titles only (typos and random titles could name charted ones).
  const queries = options.noChartHistory
    ? Array.from({ length: options.callsPerRound }, (_, i) => {
        const title = titles[Math.floor(i / 2) % titles.length]!;
        return [{ name: 'name', type: 3, value: i % 2 ? title.name : title.id }] as Options;
      })
    : workload.title.map((call) => call.options as Options);
  const withkRounds: number[][] = [];
  const textRounds: number[][] = [];
  const bareRounds: number[][] = [];
  let failures = 0;
  const time = async (emulatorCall: () => Promise<unknown>) => {
    const start = performance.now();
    await emulatorCall().catch(() => (failures += 1));
    return performance.now() - start;
  };
  const run = async (calls: Options[], warmup: number) => {
    for (const query of calls.slice(0, warmup)) await time(() => emulator.command({ name: 'title', options: query }));
    const durations: number[] = [];
    for (const query of calls) durations.push(await time(() => emulator.command({ name: 'title', options: query })));
    return durations;
  };
  const appRound = async (appDeps: typeof deps, into: number[][]) => {
    const app = await startApp(appDeps, commands, { client: createClient(emulator.apiUrl), tickMs: 3_600_000 });
    try {
      into.push(await run(queries, options.warmupCalls));
    } finally {
      await app.stop();
    }
  };
  const withkRound = async () => {
    await appRound(deps, withkRounds);
    if (options.compareTextOnly) await appRound(textDeps, textRounds);
  };
  const bareRound = async () => {
    const client = await startBareBot(emulator);
    try {
      bareRounds.push(await run(queries, options.warmupCalls));
    } finally {
      await client.destroy();
    }
  };
  try {
    for (let round = 0; round < options.rounds; round++) {
      if (round % 2 === 0) {
        await withkRound();
        await bareRound();
      } else {
        await bareRound();
        await withkRound();
      }
    }
  } finally {
    await emulator.stop();
  }
  return {
    withk: summarize(withkRounds),
    bare: summarize(bareRounds),
    ...(options.compareTextOnly ? { textOnly: summarize(textRounds) } : {}),
    distinctQueries: new Set(queries.map((query) => JSON.stringify(query[0]))).size,
    failures,
  };
}

/** The baseline bot: plain discord.js, Guilds intent, replies a constant to every command. */
async function startBareBot(emulator: Emulator) {
  const client = await startBotClient(emulator);
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void interaction.reply({ content: 'ok' }).catch(() => undefined);
  });
  return client;
}

function summarize(rounds: number[][]): LatencySummary {
  const roundP50s = rounds.map((durations) => percentile(durations, 50));
  return { p50: median(roundP50s), p99: median(rounds.map((durations) => percentile(durations, 99))), roundP50s };
}
