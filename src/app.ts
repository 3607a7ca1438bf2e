import type { Client } from 'discord.js';
import { createClient, startBot, type Bot } from './discord/bot.js';
import type { Command } from './discord/command.js';
import { createDigestNotifier } from './discord/digest-notifier.js';
import { tmdbEnabled } from './config.js';
import { createTmdbClient } from './importers/tmdb/client.js';
import { createEnricher } from './scheduler/enricher.js';
import { createSourceRefresher } from './scheduler/refresher.js';
import { createDigestRunner } from './scheduler/runner.js';
import type { Deps } from './services/deps.js';

export interface App {
  bot: Bot;
  digests: ReturnType<typeof createDigestRunner>;
  refresher: ReturnType<typeof createSourceRefresher>;
  enricher: ReturnType<typeof createEnricher>;
  stop(): Promise<void>;
}

/** Everything that runs once the store is open: the Discord bot, the digest scheduler and the source refresher. */
export async function startApp(
  deps: Deps,
  commands: readonly Command[],
  options: { client?: Client; tickMs?: number } = {},
): Promise<App> {
  const bot = await startBot(deps, commands, options.client ?? createClient(deps.config.apiUrl, deps.config.shards));
  const digests = createDigestRunner({
    store: deps.store,
    notifier: createDigestNotifier(bot.client, deps),
    servesGuild: bot.servesGuild,
    clock: deps.clock,
    logger: deps.logger,
    tickMs: options.tickMs,
    claimTimeoutMs: deps.config.claimTimeoutS === undefined ? undefined : deps.config.claimTimeoutS * 1000,
  });
  const enricher = createEnricher({
    store: deps.store,
    logger: deps.logger,
    clock: deps.clock,
    source: tmdbEnabled(deps.config) ? createTmdbSource(deps) : undefined,
    maxAgeDays: deps.config.tmdbMaxAgeDays,
  });
  const refresher = createSourceRefresher({
    store: deps.store,
    logger: deps.logger,
    clock: deps.clock,
    netflixTop10Urls: deps.config.netflixTop10Urls,
    netflixEngagementUrls: deps.config.netflixEngagementUrls,
    kobisApiKey: deps.config.kobisApiKey,
    onRefreshed: enricher.kick,
  });
  digests.start();
  // Sources are refreshed, and titles enriched, once for every process: by the one that runs shard 0.
  if (bot.runsFirstShard) {
    refresher.start();
    enricher.start();
  }
  return {
    bot,
    digests,
    refresher,
    enricher,
    async stop() {
      await enricher.stop();
      await refresher.stop();
      await digests.stop();
      await bot.stop();
    },
  };
}

function createTmdbSource(deps: Deps) {
  return createTmdbClient({
    apiKey: deps.config.tmdbApiKey,
    readToken: deps.config.tmdbReadToken,
    baseUrl: deps.config.tmdbApiUrl,
    requestsPerSecond: deps.config.tmdbRequestsPerSecond,
    logger: deps.logger,
  });
}
