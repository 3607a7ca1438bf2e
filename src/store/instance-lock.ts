import { readFile, unlink, utimes, writeFile } from 'node:fs/promises';

export interface InstanceLock {
  /** True while this process holds the lock; refreshes its timestamp so others see it is alive. */
  hold(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * A lock file beside the data, so a second instance started by mistake never posts digests too. The holder
 * writes its pid; a lock whose process is gone, or that has not been refreshed for `staleMs`, is taken over.
 */
export function createInstanceLock(file: string, staleMs = 120_000, now: () => number = Date.now): InstanceLock {
  let held = false;

  async function tryCreate(): Promise<boolean> {
    try {
      await writeFile(file, JSON.stringify({ pid: process.pid, at: new Date(now()).toISOString() }), { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }

  async function isStale(): Promise<boolean> {
    try {
      const { pid, at } = JSON.parse(await readFile(file, 'utf8')) as { pid: number; at: string };
      if (pid === process.pid) return false;
      return !isAlive(pid) || now() - Date.parse(at) > staleMs;
    } catch {
      return true; // unreadable or half-written by a crashed holder
    }
  }

  return {
    async hold() {
      if (held) {
        const refreshed = new Date(now());
        await writeFile(file, JSON.stringify({ pid: process.pid, at: refreshed.toISOString() }));
        await utimes(file, refreshed, refreshed);
        return true;
      }
      if (await tryCreate()) return (held = true);
      if (!(await isStale())) return false;
      await unlink(file).catch(() => undefined);
      return (held = await tryCreate());
    },
    async release() {
      if (!held) return;
      held = false;
      await unlink(file).catch(() => undefined);
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
