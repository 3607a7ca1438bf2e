import type { Store } from '../store/store.js';
import { settleDigests, type DigestSendResult } from './digest-delivery.js';

/**
 * The bookkeeping of one digest round while it sends.
 *
 * Each send is confirmed as soon as it finishes, so a process that dies mid-round leaves unconfirmed only the sends
 * that were in flight (and another process resends only those: the rare repeat the README names). Results that
 * finish while a write is under way are confirmed together by the next write: about one write per send on
 * PostgreSQL, far fewer on a file store whose writes are slow.
 *
 * Between sends, this process's claims are renewed every third of the claim timeout, so a long round (Discord's
 * rate limit makes 10,000 servers take minutes) is never taken over while it is still going.
 */
export function createDigestRound(store: Store, clock: () => Date, claimTimeoutMs: number) {
  let queued: DigestSendResult[] = [];
  let writing: Promise<void> | undefined;
  let failure: unknown;
  let renewedAt = clock().getTime();

  function write(): void {
    if (writing || queued.length === 0) return;
    const batch = queued;
    queued = [];
    writing = settleDigests(store, batch, clock())
      .catch((error: unknown) => void (failure ??= error))
      .finally(() => {
        writing = undefined;
        write();
      });
  }

  return {
    /** Queues one send's outcome to be recorded; does not wait for the write. */
    confirm(result: DigestSendResult): void {
      queued.push(result);
      write();
    },
    /** Renews this process's claims when a third of the timeout has passed since the last renewal. */
    async keepClaims(): Promise<void> {
      const now = clock();
      if (now.getTime() - renewedAt < claimTimeoutMs / 3) return;
      renewedAt = now.getTime();
      await store.deliveries.renew(now.toISOString());
    },
    /** Waits until every outcome is recorded; rethrows the first write that failed. */
    async finish(): Promise<void> {
      while (writing) await writing;
      if (failure) throw failure;
    },
  };
}
