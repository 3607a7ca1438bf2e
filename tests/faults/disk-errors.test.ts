import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DataFileError } from '../../src/store/data-file.js';
import { openStore } from '../../src/store/open-store.js';
import type { LowdbStore as Store } from '../../src/store/open-store.js';
import { loadSeed, tempDir } from '../helpers/seed.js';

// The tests run as root, so permissions cannot make a write fail. Instead the path the store writes its temp file to is
// made a directory (EISDIR) or a link to /dev/full (ENOSPC, a full disk), and DATA_DIR is put under a regular file.

/** A new temp dir, removed when the test ends. */
function scratchDir(): string {
  const dir = tempDir('withk-disk-');
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const GUILD_A = '111111111111111111';
const GUILD_B = '222222222222222222';
const GUILD_C = '333333333333333333';

/** A store whose state already holds guild A, so "unchanged" is checked against more than the empty state. */
async function storeWithGuildA(): Promise<Store> {
  const store = await openStore({ dataDir: scratchDir() });
  await store.stateFile.update((state) => {
    state.guilds[GUILD_A] = {};
  });
  return store;
}

const tempOf = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.tmp`);

async function failureOf(promise: Promise<unknown>): Promise<DataFileError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataFileError);
  return error as DataFileError;
}

describe('store on a failing disk', () => {
  it('names state.json and EISDIR, and keeps the file and the state in memory, when the temp path is a directory', async () => {
    const store = await storeWithGuildA();
    const onDisk = readFileSync(store.statePath);
    const inMemory = structuredClone(store.stateFile.read());
    mkdirSync(tempOf(store.statePath));

    const error = await failureOf(store.stateFile.update((state) => void (state.guilds[GUILD_B] = {})));

    expect(error.file).toBe(store.statePath);
    expect(error.message).toBe(
      `${store.statePath}: could not be saved (EISDIR: illegal operation on a directory, open '${tempOf(store.statePath)}'); the previous file is unchanged`,
    );
    expect(readFileSync(store.statePath)).toEqual(onDisk);
    expect(store.stateFile.read()).toEqual(inMemory);
  });

  it('names catalog.json and ENOSPC, and keeps the file and the catalog in memory, when the disk is full', async () => {
    const store = await storeWithGuildA();
    const onDisk = readFileSync(store.catalogPath);
    const inMemory = structuredClone(store.catalog.current().catalog);
    symlinkSync('/dev/full', tempOf(store.catalogPath));

    const error = await failureOf(store.catalog.replace({ ...loadSeed(), statistics: [] }));

    expect(error.file).toBe(store.catalogPath);
    expect(error.message).toBe(
      `${store.catalogPath}: could not be saved (ENOSPC: no space left on device, write); the previous file is unchanged`,
    );
    expect(readFileSync(store.catalogPath)).toEqual(onDisk);
    expect(store.catalog.current().catalog).toEqual(inMemory);
    expect(store.catalog.current().catalog.statistics).not.toEqual([]);
  });

  it('drops the failed update and saves the next one once the disk recovers', async () => {
    const store = await storeWithGuildA();
    mkdirSync(tempOf(store.statePath));
    await failureOf(store.stateFile.update((state) => void (state.guilds[GUILD_B] = {})));
    rmSync(tempOf(store.statePath), { recursive: true });

    await store.stateFile.update((state) => void (state.guilds[GUILD_C] = {}));

    expect(Object.keys(store.stateFile.read().guilds)).toEqual([GUILD_A, GUILD_C]);
    expect(Object.keys(JSON.parse(readFileSync(store.statePath, 'utf8')).guilds)).toEqual([GUILD_A, GUILD_C]);
    expect(readdirSync(store.dataDir).sort()).toEqual(['catalog.json', 'curated.json', 'state.json']);
  });

  it('still runs the state update queued behind a catalog write that fails', async () => {
    const store = await storeWithGuildA();
    const catalogOnDisk = readFileSync(store.catalogPath);
    symlinkSync('/dev/full', tempOf(store.catalogPath));

    const [catalog, state] = await Promise.allSettled([
      store.catalog.replace({ ...loadSeed(), statistics: [] }),
      store.stateFile.update((draft) => void (draft.guilds[GUILD_B] = {})),
    ]);

    expect(catalog.status).toBe('rejected');
    expect(state.status).toBe('fulfilled');
    expect(readFileSync(store.catalogPath)).toEqual(catalogOnDisk);
    expect(Object.keys(JSON.parse(readFileSync(store.statePath, 'utf8')).guilds)).toEqual([GUILD_A, GUILD_B]);
  });

  it('creates nothing half-made when the first start cannot save the catalog, and starts once the disk recovers', async () => {
    const dir = scratchDir();
    mkdirSync(path.join(dir, '.catalog.json.tmp'));

    const error = await failureOf(openStore({ dataDir: dir }));

    expect(error.file).toBe(path.join(dir, 'catalog.json'));
    expect(error.message).toMatch(/could not be saved \(EISDIR/);
    expect(readdirSync(dir)).toEqual(['.catalog.json.tmp']);
    rmSync(path.join(dir, '.catalog.json.tmp'), { recursive: true });
    const store = await openStore({ dataDir: dir });
    expect(store.catalog.current().catalog).toEqual(loadSeed());
  });

  it('refuses to start when catalog.json cannot be read, naming it and creating nothing', async () => {
    const dir = scratchDir();
    mkdirSync(path.join(dir, 'catalog.json'));

    const error = await failureOf(openStore({ dataDir: dir }));

    expect(error.file).toBe(path.join(dir, 'catalog.json'));
    expect(error.message).toMatch(/catalog\.json: cannot be read \(EISDIR: illegal operation on a directory, read\)$/);
    expect(readdirSync(dir)).toEqual(['catalog.json']);
    expect(readdirSync(path.join(dir, 'catalog.json'))).toEqual([]);
  });
});

describe('openStore with an unusable DATA_DIR', () => {
  it('names the directory when a parent of it is a regular file (ENOTDIR)', async () => {
    const file = path.join(scratchDir(), 'not-a-dir');
    writeFileSync(file, 'keep me');
    const dataDir = path.join(file, 'data');

    const error = await failureOf(openStore({ dataDir }));

    expect(error.file).toBe(dataDir);
    expect(error.message).toBe(
      `${dataDir}: the data directory cannot be created (ENOTDIR: not a directory, mkdir '${dataDir}')`,
    );
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('names the directory when it is itself a regular file, and leaves the file alone', async () => {
    const file = path.join(scratchDir(), 'data');
    writeFileSync(file, 'keep me');

    const error = await failureOf(openStore({ dataDir: file }));

    expect(error.file).toBe(file);
    expect(error.message).toMatch(/the data directory cannot be created \(EEXIST/);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});

describe('store reads during a failing write', () => {
  // updateState promises the in-memory state changes only once the write succeeded; the writer retries a failing
  // rename for about a second, and readers must not see the unsaved update meanwhile.
  it('never shows an update that is not yet on disk', async () => {
    const store = await storeWithGuildA();
    rmSync(store.statePath);
    mkdirSync(path.join(store.statePath, 'occupied'), { recursive: true });

    let settled = false;
    const failure = failureOf(store.stateFile.update((state) => void (state.guilds[GUILD_B] = {}))).finally(
      () => (settled = true),
    );
    const seen: string[][] = [];
    for (let i = 0; i < 300 && !settled; i++) {
      seen.push(Object.keys(store.stateFile.read().guilds));
      await delay(5);
    }
    await failure;

    expect(seen.filter((guilds) => guilds.includes(GUILD_B))).toEqual([]);
  });
});
