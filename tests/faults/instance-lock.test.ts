import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { createInstanceLock } from '../../src/store/instance-lock.js';
import { tempDir } from '../helpers/seed.js';
import { startScript, type ScriptChild } from './child-process.js';

const STALE_MS = 60_000;

/** A lock file path in a new temp dir, removed when the test ends. */
function newLockFile(): string {
  const dir = tempDir('withk-lock-');
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'withk.lock');
}

/** Who holds the lock and since when (the token and process start are checked through behaviour instead). */
const ownerOf = (file: string) => {
  const { pid, at } = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; at: string };
  return { pid, at };
};

const children: ScriptChild[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill('SIGKILL');
    await child.exited;
  }
});

/** Another bot instance, in its own process, holding the lock. */
async function startHolder(file: string): Promise<ScriptChild> {
  const child = startScript('./hold-lock.ts', [file]);
  children.push(child);
  await child.waitForLine(/^held true$/);
  return child;
}

/** Asks the holder process to hold() again and returns its answer. */
async function holdAgain(child: ScriptChild): Promise<boolean> {
  const from = child.lines.length;
  child.send('hold');
  const [, held] = await child.waitForLine(/^held (true|false)$/, from);
  return held === 'true';
}

describe('instance lock within one process', () => {
  it('lets only one of two locks on one file hold it', async () => {
    const file = newLockFile();
    const first = createInstanceLock(file, STALE_MS);
    const second = createInstanceLock(file, STALE_MS);

    expect(await first.hold()).toBe(true);
    expect(await second.hold()).toBe(false);
    expect(await first.hold()).toBe(true);
    expect(await second.hold()).toBe(false);
    expect(ownerOf(file).pid).toBe(process.pid);
  });

  it('lets the other lock take it once the holder releases it', async () => {
    const file = newLockFile();
    const first = createInstanceLock(file, STALE_MS);
    const second = createInstanceLock(file, STALE_MS);
    await first.hold();

    await first.release();
    expect(existsSync(file)).toBe(false);
    expect(await second.hold()).toBe(true);
    expect(await first.hold()).toBe(false);
  });

  it('writes a fresh timestamp each time the holder holds it again', async () => {
    const file = newLockFile();
    let now = Date.parse('2025-10-21T09:00:00.000Z');
    const lock = createInstanceLock(file, STALE_MS, () => now);
    await lock.hold();
    now += 30_000;

    await lock.hold();

    expect(ownerOf(file)).toEqual({ pid: process.pid, at: '2025-10-21T09:00:30.000Z' });
  });
});

describe('instance lock across processes', () => {
  it('is refused while its holder process lives, and taken over once that process is SIGKILLed', async () => {
    const file = newLockFile();
    const holder = await startHolder(file);
    const lock = createInstanceLock(file, STALE_MS);
    expect(ownerOf(file).pid).toBe(holder.pid);
    expect(await lock.hold()).toBe(false);

    holder.kill('SIGKILL');
    expect((await holder.exited).signal).toBe('SIGKILL');
    // The killed holder had no chance to remove its lock file.
    expect(ownerOf(file).pid).toBe(holder.pid);

    expect(await lock.hold()).toBe(true);
    expect(ownerOf(file).pid).toBe(process.pid);
  });

  it('takes over a live holder whose timestamp is more than staleMs old, and not a moment sooner', async () => {
    const file = newLockFile();
    const holder = await startHolder(file);
    const at = Date.parse(ownerOf(file).at);

    expect(await createInstanceLock(file, STALE_MS, () => at + STALE_MS).hold()).toBe(false);
    expect(ownerOf(file).pid).toBe(holder.pid);
    expect(await createInstanceLock(file, STALE_MS, () => at + STALE_MS + 1).hold()).toBe(true);
    expect(ownerOf(file)).toEqual({ pid: process.pid, at: new Date(at + STALE_MS + 1).toISOString() });
  });

  // A holder that stalled past staleMs and was taken over must notice, or two instances post digests.
  it('makes a stalled holder give the lock up once another instance has taken it over', async () => {
    const file = newLockFile();
    const holder = await startHolder(file);
    const at = Date.parse(ownerOf(file).at);
    const successor = createInstanceLock(file, STALE_MS, () => at + STALE_MS + 1);
    expect(await successor.hold()).toBe(true);

    expect(await holdAgain(holder)).toBe(false);
    expect(ownerOf(file).pid).toBe(process.pid);
  });
});

describe('instance lock with a damaged lock file', () => {
  it.each([
    ['empty (crash between create and write)', ''],
    ['truncated', '{"pid":12'],
    ['not JSON', 'withk lock'],
    ['JSON null', 'null'],
    ['missing its pid', '{"at":"2025-10-21T09:00:00.000Z"}'],
  ])('takes over a lock file that is %s', async (_, content) => {
    const file = newLockFile();
    writeFileSync(file, content);
    const now = Date.parse('2025-10-21T09:00:00.000Z');

    expect(await createInstanceLock(file, STALE_MS, () => now).hold()).toBe(true);
    expect(ownerOf(file)).toEqual({ pid: process.pid, at: '2025-10-21T09:00:00.000Z' });
  });

  // A restarted container often reuses the pid (even 1); the previous run's lock must not block it forever.
  it("takes over a day-old lock a previous run left with this process's pid", async () => {
    const file = newLockFile();
    const now = Date.parse('2025-10-21T09:00:00.000Z');
    writeFileSync(file, JSON.stringify({ pid: process.pid, at: new Date(now - 86_400_000).toISOString() }));

    expect(await createInstanceLock(file, STALE_MS, () => now).hold()).toBe(true);
  });
});
