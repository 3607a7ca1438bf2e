import {
  createDigest,
  digestKey,
  windowForTrends,
  windowSince,
  type Digest,
  type DigestWindow,
} from '../domain/digest.js';
import type { Store } from '../store/store.js';
import { memoForCatalog } from './catalog.js';
import { lastDataDate } from './digest-settings.js';

/**
 * The digest of `window` for the store's current data, computed once per (catalog, window, UTC day) and shared
 * by every server that asks, so 10,000 servers posting at once cost one computation. The UTC day is part of
 * the key because the upcoming-releases section depends on `now`'s date.
 */
export function digestFor(store: Store, window: DigestWindow, now: Date): Digest {
  const key = `digest:${digestKey(window)}@${now.toISOString().slice(0, 10)}`;
  return memoForCatalog(store, key, () => createDigest(store.catalog.current(), window, now));
}

/** The window a guild's next digest covers: the data after what its last digest covered. */
export const digestWindowAfter = (store: Store, previousDataDate: string | undefined): DigestWindow =>
  windowSince(store.catalog.current(), previousDataDate);

/** What /digest preview shows a guild now: the digest its next post would carry. */
export async function previewDigest(store: Store, guildId: string, now: Date): Promise<Digest> {
  return digestFor(store, digestWindowAfter(store, await lastDataDate(store, guildId)), now);
}

/** /trends: the last `days` days of data. */
export const trendsDigest = (store: Store, days: number, now: Date): Digest =>
  digestFor(store, windowForTrends(store.catalog.current(), days), now);
