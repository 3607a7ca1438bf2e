import type { CatalogIndex } from '../domain/catalog-index.js';
import type { Delivery, DigestSettings, RefreshStatus } from '../domain/schedule.js';
import type { Catalog } from '../domain/types.js';

/**
 * The one door to withk's data. Services use these repositories; nothing else knows how or where the data is
 * kept (lowdb files for one process, PostgreSQL for many). Every method that may touch shared state is async.
 */
export interface Store {
  /** Where the data lives, for people: "./data (lowdb)" or "PostgreSQL". */
  readonly description: string;
  readonly catalog: CatalogRepository;
  readonly digestSettings: DigestSettingsRepository;
  readonly deliveries: DeliveryRepository;
  readonly refreshStatus: RefreshStatusRepository;
  readonly commandRegistration: CommandRegistrationRepository;
  /** Held by the one process that may post digests; a backend whose claims are exactly-once always holds it. */
  readonly digestLock: DigestLock;
  /** Re-reads shared state another process may have written (e.g. after taking over the digest lock). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface CatalogRepository {
  /** The current catalog with its prebuilt index (`index.catalog`). Never builds anything on the caller's path. */
  current(): CatalogIndex;
  /** Validates `next`, saves it atomically, builds its index, and only then makes it current. */
  replace(next: Catalog): Promise<void>;
}

export interface DigestSettingsRepository {
  get(guildId: string): Promise<DigestSettings | undefined>;
  /** Every guild's settings, for the scheduler. */
  all(): Promise<Map<string, DigestSettings>>;
  put(guildId: string, settings: DigestSettings): Promise<void>;
  /** Changes stored settings in place; returns the result, or undefined when the guild has none. */
  update(guildId: string, change: Partial<DigestSettings>): Promise<DigestSettings | undefined>;
}

export type DeliveryOutcome = Pick<Delivery, 'at'> &
  ({ status: 'sent'; messageId: string } | { status: 'failed'; error: string });

export interface SettledDelivery {
  guildId: string;
  localDate: string;
  outcome: DeliveryOutcome;
}

export interface DeliveryRepository {
  /** One guild's deliveries, oldest first. */
  ofGuild(guildId: string): Promise<Delivery[]>;
  /** Every delivery, oldest first. */
  all(): Promise<Delivery[]>;
  /**
   * Records `pending` deliveries before they are sent and returns the ones this process won. A guild's local day
   * that already has a pending or sent delivery is not claimed again, so no digest is posted twice.
   */
  claim(pending: readonly Delivery[]): Promise<Delivery[]>;
  /** Confirms (sent) or fails the pending deliveries of these guilds' local days, in one write. */
  settle(outcomes: readonly SettledDelivery[]): Promise<void>;
  /** Forgets deliveries recorded before `before` (ISO instant). */
  prune(before: string): Promise<void>;
}

export interface RefreshStatusRepository {
  all(): Promise<Record<string, RefreshStatus>>;
  put(sourceId: string, status: RefreshStatus): Promise<void>;
}

/** Hash of the registered command JSON and where it was registered, to skip needless re-registration. */
export interface CommandRegistration {
  hash: string;
  scope: string;
  at: string;
}

export interface CommandRegistrationRepository {
  get(): Promise<CommandRegistration | undefined>;
  put(registration: CommandRegistration): Promise<void>;
}

export interface DigestLock {
  /** True while this process may post digests; refreshes the hold. */
  hold(): Promise<boolean>;
  release(): Promise<void>;
}
