import type { Logger } from '../logger.js';
import type { InstanceLock } from '../store/instance-lock.js';
import type { Delivery } from '../domain/schedule.js';
import type { Store } from '../store/store.js';
import { dueDigests, type DueDigest } from '../domain/due.js';
import { DeliveryRefused, type DigestNotifier } from './notify.js';
import { createTicker } from './ticker.js';

export interface DigestRunnerOptions {
  store: Store;
  notifier: DigestNotifier;
  lock: InstanceLock;
  clock: () => Date;
  logger: Logger;
  /** The data window a digest covers, given the data date the guild's previous digest covered. */
  windowFor(previousDataDate: string | undefined): { from: string; to: string };
  tickMs?: number;
  /** Sends in flight at once; discord.js queues them further by Discord's rate limits. */
  concurrency?: number;
  /** Deliveries older than this are forgotten, so the state file stays small. */
  keepDays?: number;
}

/**
 * One timer loop. Each tick, if this process holds the instance lock: find what is due, record every delivery as
 * pending in one write (so a crash or restart can never post it again), send, then confirm or pause.
 */
export function createDigestRunner(options: DigestRunnerOptions) {
  const { store, notifier, lock, clock, logger, tickMs = 30_000, concurrency = 8, keepDays = 14 } = options;
  let holding = false;

  async function tick(): Promise<void> {
    const held = await lock.hold();
    // Another instance may have posted while this one did not hold the lock: read what it recorded first.
    if (held && !holding) await store.reloadState();
    holding = held;
    if (!held) return;
    const now = clock();
    const due = dueDigests(store.getState().guilds, store.getState().deliveries, now);
    if (due.length === 0) return;
    const previous = latestDataDates(store.getState().deliveries);
    const jobs = due.map((item) => ({ item, window: options.windowFor(previous.get(item.guildId)) }));
    const at = now.toISOString();
    const cutoff = new Date(now.getTime() - keepDays * 86_400_000).toISOString();
    await store.updateState((state) => {
      state.deliveries = state.deliveries.filter((d) => d.at >= cutoff);
      for (const { item, window } of jobs) state.deliveries.push(pendingOf(item, window.to, at));
    });
    const outcomes: { item: DueDigest; messageId?: string; error?: unknown }[] = [];
    await forEachLimited(jobs, concurrency, async ({ item, window }) => {
      try {
        const { messageId } = await notifier.post({
          guildId: item.guildId,
          channelId: item.settings.channelId,
          localDate: item.localDate,
          late: item.late,
          language: item.settings.language ?? 'en',
          window,
        });
        outcomes.push({ item, messageId });
      } catch (error) {
        outcomes.push({ item, error });
      }
    });
    await store.updateState((state) => {
      const pending = new Map(
        state.deliveries.filter((d) => d.status === 'pending').map((d) => [`${d.guildId}/${d.localDate}`, d]),
      );
      for (const outcome of outcomes) {
        const delivery = pending.get(`${outcome.item.guildId}/${outcome.item.localDate}`);
        if (delivery) applyOutcome(state, delivery, outcome, clock().toISOString());
      }
    });
    for (const { item, error } of outcomes) {
      if (error)
        logger.warn({ guildId: item.guildId, channelId: item.settings.channelId, err: error }, 'digest not delivered');
    }
    logger.info({ due: due.length, sent: outcomes.filter((o) => o.messageId).length }, 'digest round done');
  }

  const ticker = createTicker(tick, { tickMs, logger, name: 'digest' });
  return {
    tick: ticker.tick,
    start: ticker.start,
    async stop() {
      await ticker.stop();
      await lock.release();
    },
  };
}

function pendingOf(item: DueDigest, dataDate: string, at: string): Delivery {
  return {
    guildId: item.guildId,
    localDate: item.localDate,
    status: 'pending',
    channelId: item.settings.channelId,
    at,
    late: item.late || undefined,
    dataDate,
  };
}

type State = Parameters<Parameters<Store['updateState']>[0]>[0];

function applyOutcome(
  state: State,
  delivery: Delivery,
  { item, messageId, error }: { item: DueDigest; messageId?: string; error?: unknown },
  at: string,
) {
  if (messageId) {
    Object.assign(delivery, { status: 'sent', messageId, at });
    return;
  }
  const reason = error instanceof Error ? error.message : String(error);
  Object.assign(delivery, { status: 'failed', error: reason, at });
  const settings = state.guilds[item.guildId]?.digest;
  // A refusal will not fix itself: pause with the reason and keep the settings for /digest set to resume.
  if (error instanceof DeliveryRefused && settings)
    settings.paused = { reason: error.reason, at, ...(error.refusal && { refusal: error.refusal }) };
}

function latestDataDates(deliveries: readonly Delivery[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const delivery of deliveries) {
    if (delivery.status !== 'sent' || !delivery.dataDate) continue;
    const seen = latest.get(delivery.guildId);
    if (!seen || delivery.dataDate > seen) latest.set(delivery.guildId, delivery.dataDate);
  }
  return latest;
}

async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
