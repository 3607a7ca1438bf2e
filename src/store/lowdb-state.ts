import type { Delivery } from '../domain/schedule.js';
import type { State } from './state-types.js';
import type {
  CommandRegistrationRepository,
  DeliveryRepository,
  DigestSettingsRepository,
  RefreshStatusRepository,
} from './store.js';

/** The state file as the lowdb repositories see it: read the current copy, or change a copy and save it. */
export interface StateFile {
  read(): Readonly<State>;
  update(mutate: (draft: State) => void): Promise<void>;
}

const copy = <T>(value: T): T => structuredClone(value);
const dayKey = (delivery: Pick<Delivery, 'guildId' | 'localDate'>) => `${delivery.guildId}/${delivery.localDate}`;

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

export function createDeliveryRepository(file: StateFile): DeliveryRepository {
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
          state.deliveries.push(copy(delivery));
          claimed.push(delivery);
        }
      });
      return claimed;
    },
    settle: (outcomes) =>
      file.update((state) => {
        const pending = new Map(state.deliveries.filter((d) => d.status === 'pending').map((d) => [dayKey(d), d]));
        for (const { guildId, localDate, outcome } of outcomes) {
          const delivery = pending.get(dayKey({ guildId, localDate }));
          if (delivery) Object.assign(delivery, outcome);
        }
      }),
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
