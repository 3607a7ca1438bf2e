import type { Delivery } from '../domain/schedule.js';
import type { State } from './state-types.js';
import type {
  CommandRegistrationRepository,
  DeliveryRepository,
  DigestSettingsRepository,
  PictureSettingsRepository,
  RefreshStatusRepository,
} from './store.js';

/** The state file as the lowdb repositories see it: read the current copy, or change a copy and save it. */
export interface StateFile {
  read(): Readonly<State>;
  update(mutate: (draft: State) => void): Promise<void>;
}

const copy = <T>(value: T): T => structuredClone(value);
const dayKey = (delivery: Pick<Delivery, 'guildId' | 'localDate'>) => `${delivery.guildId}/${delivery.localDate}`;
/** A pending claim not renewed since before `staleBefore`, never taken over: its process went silent. */
const isStale = (d: Delivery, staleBefore: string) => d.status === 'pending' && !d.takenOver && d.at < staleBefore;

export function createDigestSettingsRepository(file: StateFile): DigestSettingsRepository {
  return {
    get: async (guildId) => copy(file.read().guilds[guildId]?.digest),
    all: async () => {
      const all = new Map();
      for (const [guildId, guild] of Object.entries(file.read().guilds))
        if (guild.digest) all.set(guildId, copy(guild.digest));
      return all;
    },
    put: (guildId, settings) =>
      file.update((state) => {
        state.guilds[guildId] = { ...state.guilds[guildId], digest: settings };
      }),
    async update(guildId, change) {
      await file.update((state) => {
        const digest = state.guilds[guildId]?.digest;
        if (digest) Object.assign(digest, change);
      });
      return copy(file.read().guilds[guildId]?.digest);
    },
  };
}

export function createPictureSettingsRepository(file: StateFile): PictureSettingsRepository {
  return {
    get: async (guildId) => copy(file.read().guilds[guildId]?.pictures),
    put: (guildId, settings) =>
      file.update((state) => {
        state.guilds[guildId] = { ...state.guilds[guildId], pictures: settings };
      }),
  };
}

/**
 * Deliveries in the state file. `owner` names this store instance: its claims carry it, and only it confirms or
 * renews them, so a process that was taken over cannot overwrite the new holder's outcome.
 */
export function createDeliveryRepository(file: StateFile, owner: string): DeliveryRepository {
  const ownPending = (d: Delivery) => d.status === 'pending' && d.claimedBy === owner;
  return {
    ofGuild: async (guildId) => copy(file.read().deliveries.filter((d) => d.guildId === guildId)),
    all: async () => copy(file.read().deliveries),
    async claim(pending) {
      const claimed: Delivery[] = [];
      await file.update((state) => {
        const taken = new Set(state.deliveries.filter((d) => d.status !== 'failed').map(dayKey));
        for (const delivery of pending) {
          if (taken.has(dayKey(delivery))) continue;
          taken.add(dayKey(delivery));
          const record = { ...copy(delivery), claimedBy: owner };
          state.deliveries.push(record);
          claimed.push(copy(record));
        }
      });
      return claimed;
    },
    settle: (outcomes) =>
      file.update((state) => {
        const pending = new Map(state.deliveries.filter(ownPending).map((d) => [dayKey(d), d]));
        for (const { guildId, localDate, outcome } of outcomes) {
          const delivery = pending.get(dayKey({ guildId, localDate }));
          if (delivery) Object.assign(delivery, outcome);
        }
      }),
    async renew(at) {
      // Checked first: every digest tick asks, and an unneeded write would rewrite the whole file.
      if (!file.read().deliveries.some(ownPending)) return;
      await file.update((state) => {
        for (const delivery of state.deliveries) if (ownPending(delivery)) delivery.at = at;
      });
    },
    async stale(staleBefore) {
      return copy(file.read().deliveries.filter((d) => isStale(d, staleBefore)));
    },
    async takeOver(days, staleBefore, at) {
      const wanted = new Set(days.map(dayKey));
      const isWanted = (d: Delivery) => wanted.has(dayKey(d)) && isStale(d, staleBefore);
      // Checked first: every digest tick asks, and an unneeded write would rewrite the whole file.
      if (!file.read().deliveries.some(isWanted)) return [];
      const taken: Delivery[] = [];
      await file.update((state) => {
        for (const delivery of state.deliveries.filter(isWanted)) {
          Object.assign(delivery, { claimedBy: owner, at, takenOver: true });
          taken.push(copy(delivery));
        }
      });
      return taken;
    },
    prune: (before) =>
      file.update((state) => {
        state.deliveries = state.deliveries.filter((d) => d.at >= before);
      }),
  };
}

export function createRefreshStatusRepository(file: StateFile): RefreshStatusRepository {
  return {
    all: async () => copy(file.read().refresh ?? {}),
    put: (sourceId, status) =>
      file.update((state) => {
        state.refresh = { ...state.refresh, [sourceId]: status };
      }),
  };
}

export function createCommandRegistrationRepository(file: StateFile): CommandRegistrationRepository {
  return {
    get: async () => copy(file.read().commands),
    put: (registration) =>
      file.update((state) => {
        state.commands = registration;
      }),
  };
}
