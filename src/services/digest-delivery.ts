import type { DigestWindow } from '../domain/digest.js';
import { dueDigests, dueFromClaim, type DueDigest } from '../domain/due.js';
import type { Delivery, DeliveryRefusal, DigestSettings } from '../domain/schedule.js';
import type { Store } from '../store/store.js';
import { digestWindowAfter } from './digest-content.js';

/** A digest this process has claimed and must now send. */
export interface DigestJob {
  due: DueDigest;
  window: DigestWindow;
}

/**
 * The result of one send: the first message's id, or why it failed. A refusal pauses the guild's digest with its
 * English reason (`refusal`, for logs) and, when known, what was refused as data (`refused`, for the moderator's
 * language).
 */
export type DigestSendResult =
  | { job: DigestJob; messageId: string }
  | { job: DigestJob; error: string; refusal?: string; refused?: DeliveryRefusal };

/** How long a claim may go without being renewed before another process takes it over, unless configured. */
export const DEFAULT_CLAIM_TIMEOUT_MS = 60_000;

/**
 * Whether this process may post digests now. When it has just become the holder, what another process recorded
 * is read first, so a digest that one already posted is not posted again.
 */
export function createDigestTurn(store: Store) {
  let holding = false;
  return {
    async hold(): Promise<boolean> {
      const held = await store.digestLock.hold();
      if (held && !holding) await store.reload();
      holding = held;
      return held;
    },
    release: () => store.digestLock.release(),
  };
}

/**
 * Finds the digests due at `now` and claims them in the store before anything is sent, so a restart (or another
 * process) can never post them again. Returns only the claims this process won, for the guilds it serves (its
 * shards). Forgets deliveries older than `keepDays` on the way, so the record stays small.
 */
export async function claimDueDigests(
  store: Store,
  now: Date,
  { keepDays = 14, servesGuild = () => true }: { keepDays?: number; servesGuild?: (guildId: string) => boolean } = {},
): Promise<DigestJob[]> {
  const [settings, deliveries] = await Promise.all([store.digestSettings.all(), store.deliveries.all()]);
  const due = dueDigests(guildsOf(settings), deliveries, now).filter((item) => servesGuild(item.guildId));
  if (due.length === 0) return [];
  const previous = latestDataDates(deliveries);
  const jobs = due.map((item) => ({ due: item, window: digestWindowAfter(store, previous.get(item.guildId)) }));
  await store.deliveries.prune(new Date(now.getTime() - keepDays * 86_400_000).toISOString());
  const at = now.toISOString();
  const claimed = new Set((await store.deliveries.claim(jobs.map((job) => pendingOf(job, at)))).map(dayKey));
  return jobs.filter((job) => claimed.has(dayKey(job.due)));
}

/**
 * Takes over the claims, of the guilds this process serves, whose process has not renewed them for
 * `claimTimeoutMs` (it died mid-round, or hangs) and returns them as jobs to send now, each covering the data its
 * claim recorded. A claim is taken over once: if this process dies too, the day is given up rather than risk more
 * repeats. Claims of digests turned off or paused since are taken but not sent.
 */
export async function takeOverStaleDigests(
  store: Store,
  now: Date,
  {
    claimTimeoutMs = DEFAULT_CLAIM_TIMEOUT_MS,
    servesGuild = () => true,
  }: { claimTimeoutMs?: number; servesGuild?: (guildId: string) => boolean } = {},
): Promise<DigestJob[]> {
  const staleBefore = new Date(now.getTime() - claimTimeoutMs).toISOString();
  const stale = (await store.deliveries.stale(staleBefore)).filter((claim) => servesGuild(claim.guildId));
  if (stale.length === 0) return [];
  const taken = await store.deliveries.takeOver(stale, staleBefore, now.toISOString());
  if (taken.length === 0) return [];
  const [settings, deliveries] = await Promise.all([store.digestSettings.all(), store.deliveries.all()]);
  const previous = latestDataDates(deliveries);
  const jobs: DigestJob[] = [];
  for (const claim of taken) {
    const due = dueFromClaim(claim, settings.get(claim.guildId));
    if (!due) continue;
    const window = digestWindowAfter(store, previous.get(claim.guildId));
    jobs.push({ due, window: { from: window.from, to: claim.dataDate ?? window.to } });
  }
  return jobs;
}

/** Records how each claimed digest went: sent, or failed (and paused with the reason when Discord refused). */
export async function settleDigests(store: Store, results: readonly DigestSendResult[], at: Date): Promise<void> {
  const when = at.toISOString();
  await store.deliveries.settle(
    results.map((result) => ({
      guildId: result.job.due.guildId,
      localDate: result.job.due.localDate,
      outcome:
        'messageId' in result
          ? { status: 'sent', messageId: result.messageId, at: when }
          : { status: 'failed', error: result.error, at: when },
    })),
  );
  for (const result of results) {
    // A refusal will not fix itself: pause with the reason and keep the settings for /digest set to resume.
    if ('refusal' in result && result.refusal) {
      const paused = { reason: result.refusal, at: when, ...(result.refused && { refusal: result.refused }) };
      await store.digestSettings.update(result.job.due.guildId, { paused });
    }
  }
}

const dayKey = (item: { guildId: string; localDate: string }) => `${item.guildId}/${item.localDate}`;

function guildsOf(settings: Map<string, DigestSettings>): Record<string, { digest?: DigestSettings }> {
  const guilds: Record<string, { digest?: DigestSettings }> = {};
  for (const [guildId, digest] of settings) guilds[guildId] = { digest };
  return guilds;
}

function pendingOf({ due, window }: DigestJob, at: string): Delivery {
  return {
    guildId: due.guildId,
    localDate: due.localDate,
    status: 'pending',
    channelId: due.settings.channelId,
    at,
    late: due.late || undefined,
    dataDate: window.to,
  };
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
