import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../src/store/data-file.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { loadSeed, tempDir } from '../helpers/seed.js';
import { aliasChange, describeCurationContract } from './curation-contract.js';

describeCurationContract('lowdb', () => {
  const opened: Store[] = [];
  return {
    open: async () => opened[opened.push(await openStore({ dataDir: tempDir() })) - 1]!,
    cleanup: async () => void (await Promise.all(opened.map((store) => store.close()))),
  };
});
describeCurationContract('memory', () => ({
  open: async () => createMemoryStore(loadSeed()),
  cleanup: async () => undefined,
}));

describe('the lowdb curated file', () => {
  it('moves the deals of an existing catalog into curated.json on first start, losing nothing', async () => {
    const dir = tempDir();
    const old = { ...loadSeed(), statistics: [] };
    writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify(old));
    const store = await openStore({ dataDir: dir });
    expect(JSON.parse(readFileSync(store.catalogPath, 'utf8'))).toEqual({ ...old, deals: [] });
    const curated = JSON.parse(readFileSync(store.curatedPath, 'utf8'));
    expect(curated.changes.map((c: { deal: { id: string } }) => c.deal.id)).toEqual(old.deals.map((d) => d.id));
    expect(store.catalog.current().catalog.deals).toEqual(old.deals);
    expect(store.catalog.current().catalog.statistics).toEqual([]);
  });

  it('shows each deal once when a crash left the deals in both files', async () => {
    const dir = tempDir();
    const first = await openStore({ dataDir: dir });
    writeFileSync(first.catalogPath, JSON.stringify(loadSeed()));
    const second = await openStore({ dataDir: dir });
    expect(second.catalog.current().catalog.deals).toEqual(loadSeed().deals);
  });

  it('keeps a change another process saved meanwhile, and numbers the next after it', async () => {
    const dir = tempDir();
    const bot = await openStore({ dataDir: dir });
    const terminal = await openStore({ dataDir: dir });
    await terminal.curation.append([aliasChange('From the terminal')]);
    const [mine] = await bot.curation.append([aliasChange('From Discord')]);
    expect(mine?.seq).toBe(10);
    expect(bot.catalog.current().companies.get('tbs')?.aliases).toEqual(
      expect.arrayContaining(['From the terminal', 'From Discord']),
    );
    expect((await openStore({ dataDir: dir })).catalog.current().curation?.log).toHaveLength(10);
  });

  it('shows a change another process saved (npm run curate) without a restart', async () => {
    const dir = tempDir();
    const bot = await openStore({ dataDir: dir });
    try {
      await (await openStore({ dataDir: dir })).curation.append([aliasChange('From the terminal')]);
      await expect
        .poll(() => bot.catalog.current().companies.get('tbs')?.aliases, { timeout: 3000 })
        .toContain('From the terminal');
    } finally {
      await bot.close();
    }
  });

  it('picks up a change another process saved on reload', async () => {
    const dir = tempDir();
    const bot = await openStore({ dataDir: dir });
    await (await openStore({ dataDir: dir })).curation.append([aliasChange('Elsewhere')]);
    await bot.reload();
    expect(bot.catalog.current().companies.get('tbs')?.aliases).toContain('Elsewhere');
  });

  it.each([
    ['empty', '', /the file is empty/],
    ['truncated', '{"version":1,"changes":[', /not valid JSON \(it ends too early/],
    ['wrong schema', '{"version":1,"changes":[{"seq":1}]}', /at changes\[0\]/],
    [
      'misnumbered',
      JSON.stringify({ version: 1, changes: [{ ...aliasChange('x'), seq: 2 }] }),
      /at changes\[0\]\.seq: expected 1/,
    ],
    [
      'undo of nothing',
      JSON.stringify({
        version: 1,
        changes: [
          {
            id: 'u',
            at: '2026-01-01T00:00:00.000Z',
            editor: { id: '1', name: 'a', via: 'terminal' },
            action: 'undo',
            changeId: 'zz',
            seq: 1,
          },
        ],
      }),
      /at changes\[0\]\.changeId: an undo must name an earlier change/,
    ],
    [
      'invalid fixed value',
      JSON.stringify({
        version: 1,
        changes: [
          {
            ...aliasChange('x'),
            action: 'edit',
            target: { kind: 'deal', id: 'd' },
            fields: [{ field: 'date', before: '2025', after: 'soon' }],
            seq: 1,
          },
        ],
      }),
      /at changes\[0\]\.fields\[0\]\.after: not a valid date/,
    ],
  ])('refuses a %s curated file, names it and the place, and leaves it untouched', async (_, content, problem) => {
    const dir = tempDir();
    const file = path.join(dir, 'curated.json');
    writeFileSync(file, content);
    const error = await openStore({ dataDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).file).toBe(file);
    expect((error as Error).message).toMatch(problem);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});
