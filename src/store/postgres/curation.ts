import type pg from 'pg';
import type { CurationChange, CurationLog, NewCurationChange } from '../../domain/curation.js';
import type { CatalogView } from '../catalog-view.js';
import { curationFileSchema, numberChanges } from '../curation-schema.js';
import { validateData } from '../data-file.js';
import type { CurationRepository } from '../store.js';
import { lockText, transaction, type Pool, type Queryable } from './connect.js';
import { followChannel } from './listener.js';

/** The channel on which an append announces new changes to every process using `schema`. */
export const curationChannel = (schema: string) => `withk_curation_${schema}`;

/** Held (per transaction) by whoever numbers new changes: appends, and the first start's seeding. */
export const CURATION_LOG_LOCK = 'curation-log';

interface Row {
  seq: number;
  change: NewCurationChange;
}

/** Every change numbered after the first `known`, oldest first. */
export async function changesAfter(db: Queryable, known: number): Promise<Row[]> {
  const { rows } = await db.query<Row>('select seq, change from curation_changes where seq > $1 order by seq', [known]);
  return rows;
}

/** Where the changes are, for a DataFileError about them (`changes[8]` is the row with seq 9). */
export const CURATION_TABLE = 'PostgreSQL table curation_changes';

/**
 * `known` followed by `rows`, validated as one history (numbered 1, 2, … without gaps, undos naming earlier
 * changes): what a process serves is always a valid log, whoever wrote the rows. A bad row is a DataFileError
 * naming its place.
 */
export function withRows(known: CurationLog, rows: readonly Row[]): CurationChange[] {
  const changes = [...known, ...rows.map((row) => ({ ...row.change, seq: row.seq }))];
  return validateData(CURATION_TABLE, { version: 1, changes }, curationFileSchema).changes;
}

/** Saves numbered changes in the caller's transaction, which must hold CURATION_LOG_LOCK. */
export async function insertChanges(db: Queryable, changes: readonly CurationChange[]): Promise<void> {
  const rows = changes.map(({ seq, ...change }) => ({
    seq,
    id: change.id,
    action: change.action,
    at: change.at,
    editor_id: change.editor.id,
    change,
  }));
  await db.query(
    `insert into curation_changes (seq, id, action, at, editor_id, change)
     select seq, id, action, at, editor_id, change
     from jsonb_to_recordset($1::jsonb)
       as x(seq integer, id text, action text, at timestamptz, editor_id text, change jsonb)`,
    [JSON.stringify(rows)],
  );
}

export const lockCurationLog = (db: Queryable, schema: string) =>
  db.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [lockText(schema, CURATION_LOG_LOCK)]);

export interface PostgresCurationOptions {
  pollMs: number;
  onError?: (error: unknown) => void;
}

export interface PostgresCuration extends CurationRepository {
  close(): Promise<void>;
}

/**
 * The curated changes in PostgreSQL, kept current in `view`. An append numbers its changes after every change
 * already saved, by any process, in one transaction under an advisory lock, so two editors on two processes both
 * land, in order; it announces them (NOTIFY on commit), and every other process adds them to what it serves
 * without a restart (LISTEN on a connection of its own, a periodic check in case a notification was missed).
 */
export async function openPostgresCuration(
  pool: Pool,
  connection: pg.ClientConfig,
  schema: string,
  view: CatalogView,
  options: PostgresCurationOptions,
): Promise<PostgresCuration> {
  /** Serves `log` when it goes further than what this process serves: both are beginnings of the same history. */
  const adopt = (log: readonly CurationChange[]) => {
    if (log.length > view.changes().length) view.setChanges(log);
  };

  async function adoptNewer(): Promise<void> {
    const known = view.changes();
    const rows = await changesAfter(pool, known.length);
    if (rows.length) adopt(withRows(known, rows));
  }
  const follower = await followChannel(connection, curationChannel(schema), adoptNewer, options);

  // Appends of this process go one after another, in the order they were made; other processes wait on the lock.
  let tail: Promise<unknown> = Promise.resolve();
  const append = async (changes: readonly NewCurationChange[]): Promise<CurationChange[]> => {
    const { log, added } = await transaction(pool, async (client) => {
      await lockCurationLog(client, schema);
      const known = view.changes();
      const newer = await changesAfter(client, known.length);
      const saved = newer.length ? withRows(known, newer) : known;
      const numbered = numberChanges(saved, changes);
      const next = curationFileSchema.parse({ version: 1, changes: [...saved, ...numbered] }).changes;
      await insertChanges(client, numbered);
      await client.query('select pg_notify($1, $2)', [curationChannel(schema), String(next.length)]);
      return { log: next, added: next.slice(saved.length) };
    });
    adopt(log);
    return added;
  };

  return {
    list: async () => view.changes(),
    append(changes) {
      const run = tail.then(() => append(changes));
      tail = run.catch(() => undefined);
      return run;
    },
    sync: follower.sync,
    close: follower.close,
  };
}
