import type { CatalogIndex } from '../domain/catalog-index.js';
import { createDigest, digestKey, type Digest, type DigestWindow } from '../domain/digest.js';
import type { Store } from '../store/store.js';
import { indexOf } from './catalog-index.js';

// Keyed by the index, which lives exactly as long as its catalog: an import makes a new catalog, hence a new
// index, and the old digests go with the old index.
const digests = new WeakMap<CatalogIndex, Map<string, Digest>>();

/**
 * The digest of `window` for the store's current data, computed once per (catalog, window, UTC day) and shared
 * by every server that asks, so 10,000 servers posting at once cost one computation. The UTC day is part of
 * the key because the upcoming-releases section depends on `now`'s date.
 */
export function digestFor(store: Store, window: DigestWindow, now: Date): Digest {
  const index = indexOf(store);
  let byKey = digests.get(index);
  if (!byKey) {
    byKey = new Map();
    digests.set(index, byKey);
  }
  const key = `${digestKey(window)}@${now.toISOString().slice(0, 10)}`;
  let digest = byKey.get(key);
  if (!digest) {
    digest = createDigest(index, window, now);
    byKey.set(key, digest);
  }
  return digest;
}
