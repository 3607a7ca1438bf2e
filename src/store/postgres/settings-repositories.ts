import type { DeliveryRefusal, DigestSettings, PictureSettings, RefreshStatus } from '../../domain/schedule.js';
import type {
  CommandRegistrationRepository,
  DigestSettingsRepository,
  PictureSettingsRepository,
  RefreshStatusRepository,
} from '../store.js';
import { transaction, type Pool, type Queryable } from './connect.js';

const iso = (value: Date) => value.toISOString();

interface SettingsRow {
  guild_id: string;
  channel_id: string;
  time: string;
  time_zone: string;
  enabled: boolean;
  paused_reason: string | null;
  paused_at: Date | null;
  paused_refusal: DeliveryRefusal | null;
  language: DigestSettings['language'] | null;
  picture: boolean | null;
  updated_by: string;
  updated_at: Date;
}

function settingsOf(row: SettingsRow): DigestSettings {
  const settings: DigestSettings = {
    channelId: row.channel_id,
    time: row.time,
    timeZone: row.time_zone,
    enabled: row.enabled,
    updatedBy: row.updated_by,
    updatedAt: iso(row.updated_at),
  };
  if (row.language !== null) settings.language = row.language;
  if (row.picture !== null) settings.picture = row.picture;
  if (row.paused_reason !== null && row.paused_at) {
    settings.paused = { reason: row.paused_reason, at: iso(row.paused_at) };
    if (row.paused_refusal !== null) settings.paused.refusal = row.paused_refusal;
  }
  return settings;
}

/** Writes the whole settings record (the same upsert serves put and update). */
const upsertSettings = (db: Queryable, guildId: string, s: DigestSettings) =>
  db.query(
    `insert into digest_settings
       (guild_id, channel_id, time, time_zone, enabled, paused_reason, paused_at, updated_by, updated_at,
        language, picture, paused_refusal)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     on conflict (guild_id) do update set
       channel_id = excluded.channel_id, time = excluded.time, time_zone = excluded.time_zone,
       enabled = excluded.enabled, paused_reason = excluded.paused_reason, paused_at = excluded.paused_at,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at, language = excluded.language,
       picture = excluded.picture, paused_refusal = excluded.paused_refusal`,
    [
      guildId,
      s.channelId,
      s.time,
      s.timeZone,
      s.enabled,
      s.paused?.reason ?? null,
      s.paused?.at ?? null,
      s.updatedBy,
      s.updatedAt,
      s.language ?? null,
      s.picture ?? null,
      s.paused?.refusal ? JSON.stringify(s.paused.refusal) : null,
    ],
  );

export function createDigestSettingsRepository(pool: Pool): DigestSettingsRepository {
  return {
    async get(guildId) {
      const { rows } = await pool.query<SettingsRow>('select * from digest_settings where guild_id = $1', [guildId]);
      return rows[0] && settingsOf(rows[0]);
    },
    async all() {
      const { rows } = await pool.query<SettingsRow>('select * from digest_settings order by guild_id');
      return new Map(rows.map((row) => [row.guild_id, settingsOf(row)]));
    },
    async put(guildId, settings) {
      await upsertSettings(pool, guildId, settings);
    },
    // Read, change and write under the row's lock, as the file store does under its write queue.
    update: (guildId, change) =>
      transaction(pool, async (client) => {
        const { rows } = await client.query<SettingsRow>(
          'select * from digest_settings where guild_id = $1 for update',
          [guildId],
        );
        if (!rows[0]) return undefined;
        const next = { ...settingsOf(rows[0]), ...change };
        if ('paused' in change && change.paused === undefined) delete next.paused;
        await upsertSettings(client, guildId, next);
        return next;
      }),
  };
}

export function createPictureSettingsRepository(pool: Pool): PictureSettingsRepository {
  return {
    async get(guildId) {
      const { rows } = await pool.query<{ enabled: boolean; updated_by: string; updated_at: Date }>(
        'select enabled, updated_by, updated_at from picture_settings where guild_id = $1',
        [guildId],
      );
      const row = rows[0];
      return (
        row &&
        ({ enabled: row.enabled, updatedBy: row.updated_by, updatedAt: iso(row.updated_at) } satisfies PictureSettings)
      );
    },
    async put(guildId, { enabled, updatedBy, updatedAt }) {
      await pool.query(
        `insert into picture_settings (guild_id, enabled, updated_by, updated_at) values ($1, $2, $3, $4)
         on conflict (guild_id) do update set enabled = excluded.enabled, updated_by = excluded.updated_by,
           updated_at = excluded.updated_at`,
        [guildId, enabled, updatedBy, updatedAt],
      );
    },
  };
}

interface RefreshRow {
  source_id: string;
  last_attempt_at: Date;
  failures: number;
  last_error: string | null;
}

export function createRefreshStatusRepository(pool: Pool): RefreshStatusRepository {
  return {
    async all() {
      const { rows } = await pool.query<RefreshRow>('select * from refresh_status order by source_id');
      const all: Record<string, RefreshStatus> = {};
      for (const row of rows) {
        all[row.source_id] = { lastAttemptAt: iso(row.last_attempt_at), failures: row.failures };
        if (row.last_error !== null) all[row.source_id]!.lastError = row.last_error;
      }
      return all;
    },
    async put(sourceId, status) {
      await pool.query(
        `insert into refresh_status (source_id, last_attempt_at, failures, last_error) values ($1, $2, $3, $4)
         on conflict (source_id) do update set last_attempt_at = excluded.last_attempt_at,
           failures = excluded.failures, last_error = excluded.last_error`,
        [sourceId, status.lastAttemptAt, status.failures, status.lastError ?? null],
      );
    },
  };
}

export function createCommandRegistrationRepository(pool: Pool): CommandRegistrationRepository {
  return {
    async get() {
      const { rows } = await pool.query<{ hash: string; scope: string; at: Date }>(
        'select hash, scope, at from command_registration',
      );
      return rows[0] && { hash: rows[0].hash, scope: rows[0].scope, at: iso(rows[0].at) };
    },
    async put({ hash, scope, at }) {
      await pool.query(
        `insert into command_registration (hash, scope, at) values ($1, $2, $3)
         on conflict (id) do update set hash = excluded.hash, scope = excluded.scope, at = excluded.at`,
        [hash, scope, at],
      );
    },
  };
}
