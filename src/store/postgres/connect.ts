import pg from 'pg';
import { DatabaseError } from '../store-errors.js';

export type Pool = pg.Pool;
/** A pool or one of its clients (in a transaction): what a repository query needs. */
export type Queryable = Pick<pg.Pool, 'query'>;

/**
 * A schema name withk accepts: a plain lower-case SQL identifier (never needs quoting in psql), at most 40
 * characters so that the catalog's notification channel, which includes it, stays within PostgreSQL's 63.
 */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,39}$/;

/** Connection settings for `url` whose sessions resolve table names in `schema`. */
export function connectionConfig(url: string, schema: string): pg.PoolConfig {
  if (!SCHEMA_NAME.test(schema)) throw new DatabaseError(`"${schema}" is not a usable schema name (a-z, 0-9, _)`);
  return {
    connectionString: url,
    options: `-c search_path=${schema}`,
    application_name: 'withk',
    connectionTimeoutMillis: 10_000,
  };
}

/**
 * A node-postgres pool for `url` in `schema`. A pooled connection the server closes while idle (a restart, a
 * failover) is dropped and replaced on the next query instead of crashing the process.
 */
export function connect(url: string, schema: string): Pool {
  const pool = new pg.Pool(connectionConfig(url, schema));
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Runs `work` in one transaction on one pooled connection: committed if it resolves, rolled back if it throws.
 * A connection lost meanwhile rejects the work (never crashes the process) and is not returned to the pool.
 */
export async function transaction<T>(pool: Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => void (broken ??= error);
  client.on('error', onError);
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch((rollbackError: Error) => void (broken ??= rollbackError));
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

/** Where the database is, for people and logs: host, port and database, never the password. */
export function describeDatabase(url: string, schema: string): string {
  try {
    const { hostname, port, pathname } = new URL(url);
    return `PostgreSQL ${hostname}:${port || 5432}${pathname || '/'} (schema ${schema})`;
  } catch {
    return `PostgreSQL (schema ${schema})`;
  }
}

/**
 * The text whose hash is the advisory lock key for `name` (`hashtextextended(text, 0)` in SQL): it includes the
 * schema, so two withk deployments (or test runs) in different schemas of one database never block each other.
 */
export const lockText = (schema: string, name: string) => `withk:${schema}:${name}`;

/** Quotes an identifier that SCHEMA_NAME already allowed, for the few statements that cannot take a parameter. */
export const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
