import type { Delivery } from '../../domain/schedule.js';
import type { DeliveryRepository } from '../store.js';
import type { Pool } from './connect.js';

interface DeliveryRow {
  guild_id: string;
  local_date: string;
  status: Delivery['status'];
  channel_id: string;
  at: Date;
  late: boolean | null;
  message_id: string | null;
  error: string | null;
  data_date: string | null;
  claimed_by: string | null;
  taken_over: boolean;
}

/** Every column as the domain record wants it: dates as YYYY-MM-DD text, whatever the server's DateStyle. */
const COLUMNS = `guild_id, to_char(local_date, 'YYYY-MM-DD') as local_date, status, channel_id, at, late,
  message_id, error, to_char(data_date, 'YYYY-MM-DD') as data_date, claimed_by, taken_over`;

/** The record as the file store keeps it: absent fields are left out, not null. */
function deliveryOf(row: DeliveryRow): Delivery {
  const delivery: Delivery = {
    guildId: row.guild_id,
    localDate: row.local_date,
    status: row.status,
    channelId: row.channel_id,
    at: row.at.toISOString(),
  };
  if (row.late !== null) delivery.late = row.late;
  if (row.message_id !== null) delivery.messageId = row.message_id;
  if (row.error !== null) delivery.error = row.error;
  if (row.data_date !== null) delivery.dataDate = row.data_date;
  if (row.claimed_by !== null) delivery.claimedBy = row.claimed_by;
  if (row.taken_over) delivery.takenOver = true;
  return delivery;
}

/**
 * Deliveries in PostgreSQL. A claim is an insert that the partial unique index on (guild, local day) lets only
 * one process win; stale claims are picked with FOR UPDATE SKIP LOCKED, so processes taking over at the same
 * moment split them instead of waiting on each other. `owner` names this process's claims.
 */
export function createDeliveryRepository(pool: Pool, owner: string): DeliveryRepository {
  const select = async (text: string, values: unknown[] = []) =>
    (await pool.query<DeliveryRow>(text, values)).rows.map(deliveryOf);
  return {
    ofGuild: (guildId) => select(`select ${COLUMNS} from deliveries where guild_id = $1 order by id`, [guildId]),
    all: () => select(`select ${COLUMNS} from deliveries order by id`),
    async claim(pending) {
      if (pending.length === 0) return [];
      const records = pending.map((d, ord) => ({ ...d, claimedBy: owner, ord }));
      return select(
        `with won as (
           insert into deliveries
             (guild_id, local_date, status, channel_id, at, late, message_id, error, data_date, claimed_by)
           select "guildId", "localDate", status, "channelId", at, late, "messageId", error, "dataDate", "claimedBy"
           from jsonb_to_recordset($1::jsonb) as r(
             "guildId" text, "localDate" date, status text, "channelId" text, at timestamptz, late boolean,
             "messageId" text, error text, "dataDate" date, "claimedBy" text, ord integer)
           -- One order for every process (not the caller's), so two processes claiming overlapping days wait
           -- for each other instead of deadlocking on the unique index.
           order by "guildId", "localDate"
           on conflict (guild_id, local_date) where status <> 'failed' do nothing
           returning *
         )
         select ${COLUMNS} from won order by id`,
        [JSON.stringify(records)],
      );
    },
    async settle(outcomes) {
      if (outcomes.length === 0) return;
      const input = outcomes.map(({ guildId, localDate, outcome }) => ({ guildId, localDate, ...outcome }));
      await pool.query(
        `update deliveries d set status = o.status, at = o.at,
           message_id = coalesce(o."messageId", d.message_id), error = coalesce(o.error, d.error)
         from jsonb_to_recordset($1::jsonb) as o(
           "guildId" text, "localDate" date, status text, at timestamptz, "messageId" text, error text)
         where d.guild_id = o."guildId" and d.local_date = o."localDate"
           and d.status = 'pending' and d.claimed_by = $2`,
        [JSON.stringify(input), owner],
      );
    },
    async renew(at) {
      await pool.query(`update deliveries set at = $1 where status = 'pending' and claimed_by = $2`, [at, owner]);
    },
    stale: (staleBefore) =>
      select(`select ${COLUMNS} from deliveries where status = 'pending' and not taken_over and at < $1 order by id`, [
        staleBefore,
      ]),
    async takeOver(days, staleBefore, at) {
      if (days.length === 0) return [];
      const wanted = days.map(({ guildId, localDate }) => ({ guildId, localDate }));
      return select(
        `with stale as (
           select d.id from deliveries d
           join jsonb_to_recordset($4::jsonb) as w("guildId" text, "localDate" date)
             on d.guild_id = w."guildId" and d.local_date = w."localDate"
           where d.status = 'pending' and not d.taken_over and d.at < $1
           order by d.id
           for update of d skip locked
         ), taken as (
           update deliveries d set claimed_by = $2, at = $3, taken_over = true
           from stale where d.id = stale.id
           returning d.*
         )
         select ${COLUMNS} from taken order by id`,
        [staleBefore, owner, at, JSON.stringify(wanted)],
      );
    },
    async prune(before) {
      await pool.query('delete from deliveries where at < $1', [before]);
    },
  };
}
