import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../src/store/data-file.js';
import { openStore } from '../../src/store/open-store.js';
import { largeCatalog } from '../helpers/large-catalog.js';
import { loadSeed, tempDir } from '../helpers/seed.js';

describe('openStore', () => {
  it('creates the catalog from the bundled seed and an empty state on first start', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    expect(store.catalog.current().catalog.titles.map((t) => t.id)).toContain('romantics-anonymous');
    expect(JSON.parse(readFileSync(path.join(dir, 'catalog.json'), 'utf8')).titles).toHaveLength(
      loadSeed().titles.length,
    );
    expect(store.stateFile.read()).toEqual({ version: 1, guilds: {}, deliveries: [] });
  });

  it('reopens what it wrote', async () => {
    const dir = tempDir();
    const first = await openStore({ dataDir: dir });
    await first.stateFile.update((state) => {
      state.guilds['123456789012345678'] = {};
    });
    const second = await openStore({ dataDir: dir });
    expect(Object.keys(second.stateFile.read().guilds)).toEqual(['123456789012345678']);
  });

  it.each([
    ['empty', '', /the file is empty/],
    ['truncated', '{"version":1,"titles":[', /not valid JSON \(it ends too early at line 1: truncated\?\)/],
    ['garbled', '{"version":1,,}', /not valid JSON \(Expected double-quoted property name at line 1, column 14\)/],
    ['wrong schema', JSON.stringify({ version: 1, titles: [{ id: 'x' }] }), /at titles\[0\]\.name/],
    ['wrong version', JSON.stringify({ ...loadSeed(), version: 2 }), /at version/],
  ])('refuses a %s catalog, names it, and leaves it untouched', async (_, content, problem) => {
    const dir = tempDir();
    const file = path.join(dir, 'catalog.json');
    writeFileSync(file, content);
    const error = await openStore({ dataDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).file).toBe(file);
    expect((error as Error).message).toMatch(problem);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('refuses a corrupt state file and leaves it untouched', async () => {
    const dir = tempDir();
    await openStore({ dataDir: dir });
    const file = path.join(dir, 'state.json');
    writeFileSync(file, '{"version":1,"guilds":{},"deliveries":[{"guildId":1}]}');
    await expect(openStore({ dataDir: dir })).rejects.toThrow(
      /state\.json: does not match the expected layout, at deliveries\[0\]/,
    );
    expect(readFileSync(file, 'utf8')).toContain('"guildId":1');
  });

  it('names a missing bundled seed', async () => {
    await expect(openStore({ dataDir: tempDir(), seedFile: '/nonexistent/seed.json' })).rejects.toThrow(
      /nonexistent\/seed\.json: the bundled seed catalog is missing/,
    );
  });
});

describe('store writes', () => {
  it('refuses an invalid catalog and keeps the current one in memory and on disk', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    const before = readFileSync(store.catalogPath, 'utf8');
    const broken = { ...store.catalog.current().catalog, titles: [{ id: '' }] };
    await expect(store.catalog.replace(broken as never)).rejects.toThrow();
    expect(store.catalog.current().catalog.titles.length).toBeGreaterThan(0);
    expect(readFileSync(store.catalogPath, 'utf8')).toBe(before);
  });

  it('replaces the catalog file whole and leaves no temp file behind', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    const next = { ...store.catalog.current().catalog, statistics: [] };
    await store.catalog.replace(next);
    expect(JSON.parse(readFileSync(store.catalogPath, 'utf8')).statistics).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['catalog.json', 'curated.json', 'state.json']);
  });

  it('answers from the old catalog until a large replacement is validated, indexed and saved, then from the new', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const old = store.catalog.current();
    const next = largeCatalog({ titles: 3_000, weeks: 5 });
    let done = false;
    const replacing = store.catalog.replace(next).then(() => (done = true));
    const seen = new Set<unknown>();
    while (!done) {
      seen.add(store.catalog.current());
      await new Promise((resolve) => setImmediate(resolve));
    }
    await replacing;
    expect([...seen]).toEqual([old]);
    expect(store.catalog.current().titles.has('series-0')).toBe(true);
    expect(JSON.parse(readFileSync(store.catalogPath, 'utf8')).titles).toHaveLength(next.titles.length);
  });

  it('applies concurrent state updates one after another, losing none', async () => {
    const store = await openStore({ dataDir: tempDir() });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.stateFile.update((state) => {
          state.guilds[`1234567890123456${String(i).padStart(2, '0')}`] = {};
        }),
      ),
    );
    const reopened = await openStore({ dataDir: store.dataDir });
    expect(Object.keys(reopened.stateFile.read().guilds)).toHaveLength(20);
  });

  it('does not rewrite the state file for a digest tick with no claim to take over or renew', async () => {
    const store = await openStore({ dataDir: tempDir() });
    const before = statSync(store.statePath).mtimeMs;
    const day = { guildId: '123456789012345678', localDate: '2026-11-25' };
    expect(await store.deliveries.takeOver([day], '2999-01-01T00:00:00.000Z', '2999-01-01T00:00:00.000Z')).toEqual([]);
    await store.deliveries.renew('2999-01-01T00:00:00.000Z');
    expect(statSync(store.statePath).mtimeMs).toBe(before);
  });

  it('keeps the in-memory state unchanged when the update is invalid', async () => {
    const store = await openStore({ dataDir: tempDir() });
    await expect(
      store.stateFile.update((state) => {
        state.deliveries.push({ guildId: '', localDate: 'bad' } as never);
      }),
    ).rejects.toThrow();
    expect(store.stateFile.read().deliveries).toEqual([]);
  });
});

describe('bundled seed', () => {
  it('names Han Hyo-joo, Yong Film and the CJ ENM partners from the seed article', () => {
    const seed = loadSeed();
    const romantics = seed.titles.find((t) => t.id === 'romantics-anonymous');
    expect(romantics?.cast.map((c) => c.name)).toContain('Han Hyo-joo');
    expect(romantics?.companyIds).toContain('yong-film');
    const partners = new Set(seed.deals.filter((d) => d.partyIds.includes('cj-enm')).flatMap((d) => d.partyIds));
    for (const id of ['amazon-prime-video', 'warner-bros', 'tbs']) expect(partners).toContain(id);
  });

  it('refers only to companies and titles it defines', () => {
    const seed = loadSeed();
    const companies = new Set(seed.companies.map((c) => c.id));
    const titles = new Set(seed.titles.map((t) => t.id));
    for (const deal of seed.deals) {
      for (const id of deal.partyIds) expect(companies, `${deal.id} → ${id}`).toContain(id);
      for (const id of deal.titleIds) expect(titles, `${deal.id} → ${id}`).toContain(id);
    }
    for (const entry of seed.chartEntries) expect(titles).toContain(entry.titleId);
  });
});

describe('chart entry validation', () => {
  it.each([
    [
      { chartId: 'c', period: '2025-10-19', rank: 0, titleId: 't', label: 'L' },
      /at chartEntries\[0\]\.rank: expected a positive whole number/,
    ],
    [
      { chartId: 'c', period: '19/10/2025', rank: 1, titleId: 't', label: 'L' },
      /at chartEntries\[0\]\.period: expected a date as YYYY-MM-DD/,
    ],
    [
      { chartId: 'c', period: '2025-10-19', rank: 1, titleId: '', label: 'L', views: -1 },
      /at chartEntries\[0\]\.titleId: .*at chartEntries\[0\]\.views/,
    ],
    ['not an object', /at chartEntries\[0\]: expected a chart entry object/],
  ])('names the entry and field of a bad chart entry', async (entry, problem) => {
    const dir = tempDir();
    const file = path.join(dir, 'catalog.json');
    writeFileSync(file, JSON.stringify({ ...loadSeed(), chartEntries: [entry] }));
    await expect(openStore({ dataDir: dir })).rejects.toThrow(problem);
  });
});
