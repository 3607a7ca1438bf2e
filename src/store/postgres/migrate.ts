import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../project-root.js';
import { DatabaseError } from '../store-errors.js';
import { identifier, lockText, transaction, type Pool } from './connect.js';

/**
 * The versioned SQL files, `NNNN_name.sql`, applied in order. Read from the source tree, which the compiled build
 * (dist/, JavaScript only) runs beside.
 */
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'src', 'store', 'postgres', 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** Reads every `NNNN_name.sql` in `dir`, ordered by version; two files with one version are an error. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const migrations: Migration[] = [];
  for (const file of (await readdir(dir)).sort()) {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) continue;
    const sql = await readFile(path.join(dir, file), 'utf8');
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version))
      throw new DatabaseError(`two migrations have version ${version}`);
    migrations.push({ version, name: match[2]!, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return migrations;
}

/**
 * Brings `schema` up to date: creates it and the `schema_migrations` table if needed, then applies each migration
 * not yet recorded, all in one transaction. A transaction-level advisory lock makes a second process that starts
 * at the same moment wait, then find nothing left to do. A migration whose file changed after it was applied
 * stops here: the database no longer matches the code. Returns the versions it applied.
 */
export function migrate(pool: Pool, schema: string, migrations: readonly Migration[]): Promise<number[]> {
  return transaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [lockText(schema, 'migrate')]);
    await client.query(`create schema if not exists ${identifier(schema)}`);
    await client.query(`set local search_path to ${identifier(schema)}`);
    await client.query(`
      create table if not exists schema_migrations (
        version    integer primary key,
        name       text not null,
        checksum   text not null,
        applied_at timestamptz not null default now()
      )`);
    const { rows } = await client.query<{ version: number; checksum: string }>(
      'select version, checksum from schema_migrations',
    );
    const applied = new Map(rows.map((row) => [row.version, row.checksum]));
    const done: number[] = [];
    for (const migration of migrations) {
      const checksum = applied.get(migration.version);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum)
          throw new DatabaseError(
            `migration ${migration.version} (${migration.name}) was changed after it was applied to schema ${schema}; add a new migration instead`,
          );
        continue;
      }
      await client.query(migration.sql);
      await client.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
