import { randomUUID } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';

export interface InstanceLock {
  /** True while this lock holds the file; refreshes its timestamp so others see it is alive. */
  hold(): Promise<boolean>;
  release(): Promise<void>;
}

interface LockRecord {
  token: string;
  pid: number;
  /** When the holding process started: a restarted container reuses pids, never start times. */
  processStart: number;
  at: string;
}

const PROCESS_START = Math.round(Date.now() - process.uptime() * 1000);

/**
 * A lock file beside the data, so a second instance started by mistake never posts digests too. Each lock has a
 * random token: a holder checks the file is still its own before every refresh, so one that stalled and was
 * taken over stops at once. A lock whose process is gone (or is an earlier process with a reused pid), or that
 * has not been refreshed for `staleMs`, is taken over. Refreshes replace the file by rename, never half-written.
 *
 * Known limit: two contenders judging the same stale lock at the same instant can both take it for one tick;
 * the next refresh leaves exactly one holder.
 */
export function createInstanceLock(file: string, staleMs = 120_000, now: () => number = Date.now): InstanceLock {
  const token = randomUUID();
  let held = false;
  const record = (): LockRecord => ({
    token,
    pid: process.pid,
    processStart: PROCESS_START,
    at: new Date(now()).toISOString(),
  });

  async function read(): Promise<LockRecord | undefined> {
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LockRecord> | null;
      return parsed && typeof parsed.token === 'string' && typeof parsed.pid === 'number'
        ? (parsed as LockRecord)
        : undefined;
    } catch {
      return undefined; // missing, unreadable or half-written by a crashed holder
    }
  }

  async function tryCreate(): Promise<boolean> {
    try {
      await writeFile(file, JSON.stringify(record()), { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }

  function isStale(lock: LockRecord | undefined): boolean {
    if (!lock) return true;
    const age = now() - Date.parse(lock.at);
    if (!(age <= staleMs)) return true; // also when `at` is unreadable
    if (lock.pid === process.pid) return lock.processStart !== PROCESS_START;
    return !isAlive(lock.pid);
  }

  async function refresh(): Promise<void> {
    const temp = `${file}.${token}.tmp`;
    await writeFile(temp, JSON.stringify(record()));
    await rename(temp, file);
  }

  return {
    async hold() {
      if (held) {
        if ((await read())?.token !== token) return (held = false);
        await refresh();
        return true;
      }
      if (await tryCreate()) return (held = true);
      if (!isStale(await read())) return false;
      await unlink(file).catch(() => undefined);
      return (held = await tryCreate());
    },
    async release() {
      if (!held) return;
      held = false;
      if ((await read())?.token === token) await unlink(file).catch(() => undefined);
    },
  };
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
