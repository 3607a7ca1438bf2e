import { lockText, type Pool } from './connect.js';

/**
 * Runs `task` while holding the session advisory lock `name` on a pooled connection of its own: another process
 * asking for the same name waits until this one unlocks. If this process dies, its connection closes and the
 * server releases the lock, so a crash never leaves it held. If the connection is lost while the task runs, the
 * lock is gone with it; the task still finishes and its outcome is returned.
 */
export async function runExclusively<T>(pool: Pool, schema: string, name: string, task: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => void (broken ??= error);
  client.on('error', onError);
  const key = lockText(schema, name);
  try {
    await client.query('select pg_advisory_lock(hashtextextended($1, 0))', [key]);
    try {
      return await task();
    } finally {
      await client
        .query('select pg_advisory_unlock(hashtextextended($1, 0))', [key])
        .catch((error: Error) => void (broken ??= error));
    }
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
