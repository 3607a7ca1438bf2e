import type { RefreshStatus } from '../domain/schedule.js';
import type { Store } from '../store/store.js';
import { sourceStatusOf } from './catalog.js';

/** How each source's automatic refresh last went, by source id. */
export const refreshStatuses = (store: Store): Promise<Record<string, RefreshStatus>> => store.refreshStatus.all();

/** The newest period a source's data covers, as the current catalog records it. */
export const sourceDataDate = (store: Store, sourceId: string): string | undefined =>
  sourceStatusOf(store, sourceId)?.dataDate;

/** Records one refresh attempt: failures count up until one succeeds. */
export async function recordRefresh(
  store: Store,
  sourceId: string,
  at: Date,
  error: string | undefined,
): Promise<void> {
  const previous = (await store.refreshStatus.all())[sourceId];
  await store.refreshStatus.put(sourceId, {
    lastAttemptAt: at.toISOString(),
    failures: error ? (previous?.failures ?? 0) + 1 : 0,
    lastError: error,
  });
}
