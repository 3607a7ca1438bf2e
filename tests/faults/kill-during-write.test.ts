import { readdirSync, readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, it, type ExpectStatic } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { LowdbStore as Store } from '../../src/store/open-store.js';
import { loadSeed, tempDir } from '../helpers/seed.js';
import { startScript, type ScriptChild } from './child-process.js';
import { catalogGeneration, generationOfCatalogText, generationOfStateText, stateGeneration } from './generations.js';

type Kind = 'catalog' | 'state';

const KILLS = 15;
const seed = loadSeed();

const generationOnDisk = (kind: Kind, text: string) =>
  kind === 'catalog' ? generationOfCatalogText(text, seed) : generationOfStateText(text);
const generationInStore = (kind: Kind, store: Store) =>
  kind === 'catalog' ? catalogGeneration(store.catalog.current().catalog) : stateGeneration(store.stateFile.read());

/**
 * Where each kill lands: `random` is 0-200 ms into the first write (mostly validation and serialization), `temp` as
 * soon as the temp file is being written (0-5 ms later), `committed` 0-200 ms after a write was confirmed, so
 * the file on disk is a new generation and the next write is under way.
 */
const STRATEGIES = ['random', 'temp', 'committed'] as const;

interface Kill {
  strategy: (typeof STRATEGIES)[number];
  /** The generation the child's openStore read. */
  opened: number;
  /** The last generation the child confirmed, and the one it was writing (equal if it was between writes). */
  committed: number;
  writing: number;
  found: number;
  /** The kill interrupted the temp-file write: the temp file changed and was never renamed. */
  tempLeft: boolean;
  strayAtStart: boolean;
}

/**
 * Kills a writer child KILLS times on one data dir. Each new child's openStore is the recovery check: it must open
 * what the previous one left (stray temp file included) and read exactly the generation found on disk.
 */
async function killWritersRepeatedly(kind: Kind, dir: string, expect: ExpectStatic): Promise<Kill[]> {
  const file = path.join(dir, `${kind}.json`);
  const temp = path.join(dir, `.${kind}.json.tmp`);
  const kills: Kill[] = [];
  let onDisk = 0;
  for (let i = 0; i < KILLS; i++) {
    const strategy = STRATEGIES[i % STRATEGIES.length]!;
    const strayTemp = statSync(temp, { throwIfNoEntry: false });
    const child = startScript('./write-loop.ts', [dir, kind]);
    try {
      const [, opened] = await child.waitForLine(/^opened (\d+)$/);
      expect(Number(opened), `child ${i} reopened the generation on disk`).toBe(onDisk);
      await child.waitForLine(/^writing \d+$/);
      await reachKillPoint(strategy, child, temp, strayTemp);
      child.kill('SIGKILL');
      const { signal, stderr } = await child.exited;
      expect(signal, `child ${i} was still writing when killed: ${stderr}`).toBe('SIGKILL');

      const committed = lastNumber(child.lines, /^committed (\d+)$/) ?? onDisk;
      const writing = lastNumber(child.lines, /^writing (\d+)$/) ?? onDisk;
      const found = readGeneration(kind, file, `after kill ${i} (${strategy})`);
      expect([committed, writing], `kill ${i}: ${kind}.json holds the old or the new generation`).toContain(found);
      const tempNow = statSync(temp, { throwIfNoEntry: false });
      const tempLeft = tempNow !== undefined && changed(tempNow, strayTemp);
      kills.push({
        strategy,
        opened: Number(opened),
        committed,
        writing,
        found,
        tempLeft,
        strayAtStart: strayTemp !== undefined,
      });
      onDisk = found;
    } finally {
      child.kill('SIGKILL'); // a no-op unless an assertion failed while the child was still writing
    }
  }
  return kills;
}

async function reachKillPoint(
  strategy: Kill['strategy'],
  child: ScriptChild,
  temp: string,
  strayTemp: Stats | undefined,
) {
  if (strategy === 'temp') {
    if (await waitForTempWrite(temp, strayTemp)) await delay(Math.random() * 5);
    return;
  }
  if (strategy === 'committed') await child.waitForLine(/^committed \d+$/);
  await delay(Math.random() * 200);
}

function readGeneration(kind: Kind, file: string, when: string): number {
  const text = readFileSync(file, 'utf8');
  try {
    return generationOnDisk(kind, text);
  } catch (error) {
    const problem = (error as Error).message;
    throw new Error(
      `${when}: ${path.basename(file)} (${text.length} characters) is not one whole generation: ${problem}`,
    );
  }
}

/** Polls (bounded, about 2 s) until the store starts writing a new temp file; false if it never showed. */
async function waitForTempWrite(temp: string, stray: Stats | undefined): Promise<boolean> {
  for (let i = 0; i < 2_000; i++) {
    const now = statSync(temp, { throwIfNoEntry: false });
    if (now && changed(now, stray)) return true;
    await delay(1);
  }
  return false;
}

const changed = (now: Stats, before: Stats | undefined) =>
  !before || now.mtimeMs !== before.mtimeMs || now.size !== before.size;

function lastNumber(lines: readonly string[], pattern: RegExp): number | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const match = pattern.exec(lines[i]!);
    if (match) return Number(match[1]);
  }
  return undefined;
}

function summarize(kills: Kill[]) {
  return {
    kills: kills.length,
    midWrite: kills.filter((k) => k.tempLeft).length,
    newerThanOpened: kills.filter((k) => k.found > k.opened).length,
    writesCommitted: kills.reduce((sum, k) => sum + k.committed - k.opened, 0),
    inFlightLost: kills.filter((k) => k.found !== k.writing).length,
    inFlightLandedUnconfirmed: kills.filter((k) => k.found === k.writing && k.writing !== k.committed).length,
    betweenWrites: kills.filter((k) => k.writing === k.committed).length,
    strayTempAtStart: kills.filter((k) => k.strayAtStart).length,
  };
}

// The two kinds run side by side: each spends most of its time starting tsx children, one core each.
describe.concurrent.each<Kind>(['catalog', 'state'])('store %s file under SIGKILL', (kind) => {
  it('holds a whole old or new generation after every kill, and the next openStore reads it', async ({
    expect,
    onTestFinished,
  }) => {
    const dir = tempDir(`withk-kill-${kind}-`);
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const kills = await killWritersRepeatedly(kind, dir, expect);
    console.info(`${kind} kills: ${JSON.stringify(summarize(kills))}`);

    expect(kills).toHaveLength(KILLS);
    // The kills must really land inside the temp-file write, and after commits, or this test proves little.
    expect(kills.filter((k) => k.tempLeft).length).toBeGreaterThan(0);
    expect(kills.filter((k) => k.found > k.opened).length).toBeGreaterThanOrEqual(KILLS / STRATEGIES.length);
    // Generations only move forward across kills: nothing ever rolled back to an older file.
    const found = kills.map((k) => k.found);
    expect(found).toEqual([...found].sort((a, b) => a - b));

    const store = await openStore({ dataDir: dir });
    expect(generationInStore(kind, store)).toBe(found.at(-1));
    // One clean write after the crashes replaces any stray temp file.
    if (kind === 'catalog') await store.catalog.replace(seed);
    else await store.stateFile.update((draft) => Object.assign(draft, { commands: undefined, deliveries: [] }));
    expect(readdirSync(dir).sort()).toEqual(['catalog.json', 'curated.json', 'state.json']);
    expect(readGeneration(kind, path.join(dir, `${kind}.json`), 'after the clean write')).toBe(0);
  }, 90_000);
});
