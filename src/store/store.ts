import type { CatalogIndex } from '../domain/catalog-index.js';
import type { CurationChange, CurationLog, NewCurationChange } from '../domain/curation.js';
import type { Delivery, DigestSettings, PictureSettings, RefreshStatus } from '../domain/schedule.js';
import type { Catalog } from '../domain/types.js';

/**
 * The one door to withk's data. Services use these repositories; nothing else knows how or where the data is
 * kept (lowdb files for one process, PostgreSQL for many). Every method that may touch shared state is async.
 */
export interface Store {
  /** Where the data lives, for people: "./data (lowdb)" or "PostgreSQL". */
  readonly description: string;
  readonly catalog: CatalogRepository;
  readonly curation: CurationRepository;
  readonly digestSettings: DigestSettingsRepository;
  readonly pictureSettings: PictureSettingsRepository;
  readonly deliveries: DeliveryRepository;
  readonly refreshStatus: RefreshStatusRepository;
  readonly commandRegistration: CommandRegistrationRepository;
  /** Held by the one process that may post digests; a backend whose claims are exactly-once always holds it. */
  readonly digestLock: DigestLock;
  /**
   * Runs `task` while no other process runs a task of the same `name` (PostgreSQL: a session advisory lock, which
   * the server releases by itself if the process dies). Waits for the other process to finish first. A backend for
   * one process runs `task` at once.
   */
  runExclusively<T>(name: string, task: () => Promise<T>): Promise<T>;
  /**
   * Re-reads shared state another process may have written (after taking over the digest lock, or before an
   * import): lowdb re-reads its state file; PostgreSQL makes the newest published catalog current.
   */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface CatalogRepository {
  /**
   * The catalog every answer sees, with its prebuilt index (`index.catalog`): the imported catalog with the curated
   * changes applied on top. Never builds anything on the caller's path.
   */
  current(): CatalogIndex;
  /** The imported catalog alone, without curated changes: what importers merge into and `replace` with. */
  imported(): Catalog;
  /**
   * Validates the imported catalog `next`, saves it atomically, builds the index of it with the curated changes on
   * top, and only then makes that current. Curated changes are kept apart, so an import never overwrites them. A
   * shared backend publishes it to every process, and refuses (CatalogConflictError) when another process
   * published a newer catalog since this one loaded its own, so no import silently undoes another.
   */
  replace(next: Catalog): Promise<void>;
}

/**
 * What editors changed, kept apart from imported data: an append-only history. Every backend numbers changes in
 * the order they were appended, and `catalog.current()` includes a change once `append` has resolved.
 */
export interface CurationRepository {
  /** Every change, oldest first (`seq` 1, 2, …). Read-only: callers must not modify it. */
  list(): Promise<CurationLog>;
  /**
   * Saves `changes` atomically, in order, numbered after every change already saved (two editors saving at the same
   * moment both land, one after the other), and returns them numbered. Nothing is saved when one is invalid.
   */
  append(changes: readonly NewCurationChange[]): Promise<CurationChange[]>;
  /**
   * Makes `catalog.current()` include every change any process saved so far (lowdb: `npm run curate` in a
   * terminal; PostgreSQL: another withk process), so a check made next sees them. Changes also arrive by themselves
   * shortly after they are saved; this is for a check that must not wait.
   */
  sync(): Promise<void>;
}

export interface DigestSettingsRepository {
  get(guildId: string): Promise<DigestSettings | undefined>;
  /** Every guild's settings, for the scheduler. */
  all(): Promise<Map<string, DigestSettings>>;
  put(guildId: string, settings: DigestSettings): Promise<void>;
  /** Changes stored settings in place; returns the result, or undefined when the guild has none. */
  update(guildId: string, change: Partial<DigestSettings>): Promise<DigestSettings | undefined>;
}

/** Whether a server wants pictures in its answers (`/pictures`). */
export interface PictureSettingsRepository {
  get(guildId: string): Promise<PictureSettings | undefined>;
  put(guildId: string, settings: PictureSettings): Promise<void>;
}

export type DeliveryOutcome = Pick<Delivery, 'at'> &
  ({ status: 'sent'; messageId: string } | { status: 'failed'; error: string });

/** One guild's local day: what a delivery is for. */
export type DeliveryDay = Pick<Delivery, 'guildId' | 'localDate'>;

export interface SettledDelivery extends DeliveryDay {
  outcome: DeliveryOutcome;
}

export interface DeliveryRepository {
  /** One guild's deliveries, oldest first. */
  ofGuild(guildId: string): Promise<Delivery[]>;
  /** Every delivery, oldest first. */
  all(): Promise<Delivery[]>;
  /**
   * Records `pending` deliveries before they are sent and returns the ones this process won, as recorded (with
   * `claimedBy`). A guild's local day that already has a pending or sent delivery is not claimed again, so no
   * digest is posted twice; with several processes exactly one wins each day.
   */
  claim(pending: readonly Delivery[]): Promise<Delivery[]>;
  /**
   * Confirms (sent) or fails this process's pending claims of these guilds' local days, in one write. A claim
   * another process took over in the meantime is left to that process.
   */
  settle(outcomes: readonly SettledDelivery[]): Promise<void>;
  /** Marks this process's pending claims as still being worked on at `at` (ISO instant), so none is taken over. */
  renew(at: string): Promise<void>;
  /** Pending claims last renewed before `staleBefore` (ISO instant) that nobody took over yet: their process went silent. */
  stale(staleBefore: string): Promise<Delivery[]>;
  /**
   * Takes over those of `days` that are still stale claims (see `stale`). Each claim is taken over at most once, by
   * one process; returns the ones this process took, now its own and recorded at `at`, oldest first.
   */
  takeOver(days: readonly DeliveryDay[], staleBefore: string, at: string): Promise<Delivery[]>;
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
