import type { Store } from '../store/store.js';

/** Whether these commands (by hash) were already registered in this scope, so start-up can skip registering. */
export async function isRegistered(store: Store, hash: string, scope: string): Promise<boolean> {
  const last = await store.commandRegistration.get();
  return last?.hash === hash && last.scope === scope;
}

export async function recordRegistration(store: Store, hash: string, scope: string, at: Date): Promise<void> {
  await store.commandRegistration.put({ hash, scope, at: at.toISOString() });
}
