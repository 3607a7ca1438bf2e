import pg from 'pg';
import { describe } from 'vitest';
import {
  openPostgresStore,
  type OpenPostgresStoreOptions,
  type PostgresStore,
} from '../../src/store/postgres/open-postgres-store.js';

/** Set by .ci/run (postgres://postgres@127.0.0.1:5432/test); on a clone without it the PostgreSQL tests skip. */
export const DATABASE_URL = process.env.DATABASE_URL?.trim() || undefined;

/** describe() when DATABASE_URL is set; otherwise skipped, with a notice on the console saying why. */
export function describePostgres(name: string, body: () => void) {
  if (DATABASE_URL) return describe(name, body);
  console.warn(`PostgreSQL tests skipped (${name}): DATABASE_URL is not set. .ci/run sets it.`);
  return describe.skip(name, body);
}

let counter = 0;

/** A schema name no other test file or run uses (pid, time, counter), within the store's 40 characters. */
export const uniqueSchema = () => `withk_t${process.pid}_${Date.now().toString(36)}_${counter++}`;

/** Drops a test schema and everything in it. */
export async function dropSchema(schema: string): Promise<void> {
  await withPool(schema, (pool) => pool.query(`drop schema if exists "${schema}" cascade`));
}

/** Runs `use` with a one-connection pool of its own in `schema` (for what the store does not expose). */
export async function withPool<T>(schema: string, use: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: DATABASE_URL!, max: 1, options: `-c search_path=${schema}` });
  pool.on('error', () => undefined);
  try {
    return await use(pool);
  } finally {
    await pool.end();
  }
}

/** The rows of one query in `schema`. */
export const rowsOf = <T extends object = Record<string, unknown>>(schema: string, text: string, values?: unknown[]) =>
  withPool(schema, async (pool) => (await pool.query<T & pg.QueryResultRow>(text, values)).rows);

/**
 * One fresh schema for a test: `open()` opens stores on it (as separate processes would), `cleanup()` closes
 * them all and drops the schema.
 */
export function testDatabase() {
  const schema = uniqueSchema();
  const opened: PostgresStore[] = [];
  return {
    schema,
    url: DATABASE_URL!,
    async open(options: Partial<OpenPostgresStoreOptions> = {}): Promise<PostgresStore> {
      const store = await openPostgresStore({ url: DATABASE_URL!, schema, ...options });
      opened.push(store);
      return store;
    },
    async cleanup(): Promise<void> {
      await Promise.all(opened.splice(0).map((store) => store.close().catch(() => undefined)));
      await dropSchema(schema);
    },
  };
}
