import type { Logger } from '../logger.js';
import {
  claimDueDigests,
  createDigestTurn,
  DEFAULT_CLAIM_TIMEOUT_MS,
  takeOverStaleDigests,
  type DigestJob,
  type DigestSendResult,
} from '../services/digest-delivery.js';
import { createDigestRound } from '../services/digest-round.js';
import type { Store } from '../services/deps.js';
import { DeliveryRefused, type DigestNotifier } from './notify.js';
import { createTicker } from './ticker.js';

export interface DigestRunnerOptions {
  store: Store;
  notifier: DigestNotifier;
  /** Only the guilds whose shard this process runs get their digests from it. */
  servesGuild?: (guildId: string) => boolean;
  clock: () => Date;
  logger: Logger;
  tickMs?: number;
  /** Sends in flight at once; discord.js queues them further by Discord's rate limits. */
  concurrency?: number;
  /** Deliveries older than this are forgotten, so the record stays small. */
  keepDays?: number;
  /** A claim not renewed for this long is taken over by another process (WITHK_CLAIM_TIMEOUT_S). */
  claimTimeoutMs?: number;
}

/**
 * One timer loop. Each tick, if this process may post digests: take over the claims another process left
 * unconfirmed past the claim timeout, claim what is due in the store (so a crash, restart or other process can
 * never post it again), send, and confirm or pause each as it finishes.
 */
export function createDigestRunner(options: DigestRunnerOptions) {
  const { store, notifier, clock, logger, tickMs = 30_000, concurrency = 8, keepDays = 14 } = options;
  const claimTimeoutMs = options.claimTimeoutMs ?? DEFAULT_CLAIM_TIMEOUT_MS;
  const turn = createDigestTurn(store);

  async function tick(): Promise<void> {
    if (!(await turn.hold())) return;
    const now = clock();
    const { servesGuild } = options;
    const taken = await takeOverStaleDigests(store, now, { claimTimeoutMs, servesGuild });
    if (taken.length > 0) logger.warn({ taken: taken.length }, 'took over digests another process left unconfirmed');
    const jobs = [...taken, ...(await claimDueDigests(store, now, { keepDays, servesGuild }))];
    if (jobs.length === 0) return void logger.debug('digest tick: nothing due');
    const round = createDigestRound(store, clock, claimTimeoutMs);
    const results: DigestSendResult[] = [];
    await forEachLimited(jobs, concurrency, async (job) => {
      const result = await send(job);
      results.push(result);
      round.confirm(result);
      await round.keepClaims();
    });
    await round.finish();
    for (const result of results) {
      if ('error' in result)
        logger.warn(
          { guildId: result.job.due.guildId, channelId: result.job.due.settings.channelId, reason: result.error },
          'digest not delivered',
        );
    }
    logger.info({ due: jobs.length, sent: results.filter((r) => 'messageId' in r).length }, 'digest round done');
  }

  async function send(job: DigestJob): Promise<DigestSendResult> {
    const { due, window } = job;
    try {
      const { messageId } = await notifier.post({
        guildId: due.guildId,
        channelId: due.settings.channelId,
        localDate: due.localDate,
        late: due.late,
        language: due.settings.language ?? 'en',
        window,
        picture: due.settings.picture === true,
      });
      return { job, messageId };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (!(error instanceof DeliveryRefused)) return { job, error: reason };
      return { job, error: reason, refusal: error.reason, ...(error.refusal && { refused: error.refusal }) };
    }
  }

  const ticker = createTicker(tick, { tickMs, logger, name: 'digest' });
  return {
    tick: ticker.tick,
    start: ticker.start,
    async stop() {
      await ticker.stop();
      await turn.release();
    },
  };
}

async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
