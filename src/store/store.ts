import type { Catalog } from '../domain/types.js';
import type { State } from './state-types.js';

/**
 * The bot's persistent data: the catalog (reference data, replaced whole by imports) and the small state file
 * (settings, deliveries), kept apart so a settings write never rewrites the catalog.
 */
export interface Store {
  readonly dataDir: string;
  readonly catalogPath: string;
  readonly statePath: string;
  /** The current catalog. Treat as read-only: change it only through replaceCatalog. */
  getCatalog(): Catalog;
  /** Validates `next`, writes it atomically (temp file + rename), then makes it current. */
  replaceCatalog(next: Catalog): Promise<void>;
  getState(): Readonly<State>;
  /** Applies `mutate` to a copy of the state and writes it atomically; the in-memory state changes only on success. */
  updateState(mutate: (draft: State) => void): Promise<void>;
  /** Re-reads the state file, for when another process may have written it (e.g. on taking over the lock). */
  reloadState(): Promise<void>;
}
