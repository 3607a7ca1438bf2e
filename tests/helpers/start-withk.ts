import { commands } from '../../commands/index.js';
import type { Config } from '../../src/config.js';
import { startApp, type App } from '../../src/app.js';
import { createClient, type Bot } from '../../src/discord/bot.js';
import type { Command } from '../../src/discord/command.js';
import { createLogger } from '../../src/logger.js';
import type { Deps } from '../../src/services/deps.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../support/emulator/index.js';
import { tempDir } from './seed.js';

export interface Withk {
  emulator: Emulator;
  bot: Bot;
  app: App;
  store: Store;
  deps: Deps;
  /** Every log line the bot wrote, as JSON text. */
  logs: string[];
  /** Stops the bot and starts a new process-like instance: store reopened from disk, new client, same emulator. */
  restart(): Promise<void>;
  /** Moves the bot's clock (pager expiry, digest time). */
  setNow(date: Date): void;
  stop(): Promise<void>;
}

/**
 * The real withk bot (real discord.js client, real store in a temp dir) logged in to a fresh local emulator.
 * Always call stop(): the client is destroyed before the emulator, as discord.js needs.
 */
export async function startWithk(
  options: {
    emulator?: EmulatorOptions;
    /** Join this running emulator (a second withk instance) instead of starting one; stop() leaves it running. */
    on?: Emulator;
    dataDir?: string;
    now?: Date;
    commandList?: readonly Command[];
    store?: Store;
    /** How this instance opens its store, at start and on restart(). Default: lowdb in `dataDir`. */
    openStore?: () => Promise<Store>;
    /** Extra configuration (editors, a TMDB key and the stand-in's URL), or a function of the emulator when it names its users and roles. */
    config?: Partial<Config> | ((emulator: Emulator) => Partial<Config>);
    tickMs?: number;
  } = {},
): Promise<Withk> {
  const emulator = options.on ?? (await startEmulator(options.emulator));
  const logs: string[] = [];
  let now = options.now;
  const config: Config = {
    token: emulator.token,
    apiUrl: emulator.apiUrl,
    guildId: emulator.guildId,
    dataDir: options.dataDir ?? tempDir(),
    logLevel: 'info',
    ...(typeof options.config === 'function' ? options.config(emulator) : options.config),
  };
  const reopen = options.openStore ?? (() => openStore({ dataDir: config.dataDir }));
  const logger = createLogger({
    level: 'debug',
    secrets: [config.token, config.tmdbApiKey, config.tmdbReadToken],
    write: (line) => logs.push(line),
  });
  const launch = async (store: Store) => {
    const deps: Deps = {
      store,
      config,
      logger,
      clock: () => now ?? new Date(),
      startedAt: new Date(),
      version: 'test',
    };
    const app = await startApp(deps, options.commandList ?? commands, {
      client: createClient(emulator.apiUrl),
      tickMs: options.tickMs ?? 60_000,
    });
    return { app, deps };
  };
  try {
    let current = await launch(options.store ?? (await reopen()));
    const withk: Withk = {
      emulator,
      get bot() {
        return current.app.bot;
      },
      get app() {
        return current.app;
      },
      get store() {
        return current.deps.store;
      },
      get deps() {
        return current.deps;
      },
      logs,
      setNow: (date) => (now = date),
      restart: async () => {
        await current.app.stop();
        current = await launch(await reopen());
      },
      stop: async () => {
        await current.app.stop();
        if (!options.on) await emulator.stop();
      },
    };
    return withk;
  } catch (error) {
    if (!options.on) await emulator.stop();
    throw error;
  }
}

/** Embeds of whatever the bot answered (the reply, or the edited deferred reply). */
export const embedsOf = (outcome: {
  callback?: { data?: { embeds?: unknown[] } };
  original?: { embeds?: unknown[] };
}) =>
  (outcome.original?.embeds ?? outcome.callback?.data?.embeds ?? []) as {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
    footer?: { text: string };
  }[];

/** All the visible text of an answer, for "does it mention X" checks. */
export function textOf(
  outcome: Parameters<typeof embedsOf>[0] & { callback?: { data?: { content?: string } } },
): string {
  const parts = [outcome.callback?.data?.content ?? ''];
  for (const embed of embedsOf(outcome)) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return parts.join('\n');
}

/** Files sent with the answer's latest message-producing response (reply, edit or follow-up), if any. */
export const filesOf = (outcome: {
  responses: { files: { filename: string; contentType: string; data: Buffer }[] }[];
}) => outcome.responses.findLast((response) => response.files.length > 0)?.files ?? [];
