import { afterEach, describe, expect, it } from 'vitest';
import type { NewCurationChange } from '../../src/domain/curation.js';
import type { Store } from '../../src/store/store.js';
import { loadSeed } from '../helpers/seed.js';

const editor = { id: '123456789012345678', name: 'ed', via: 'discord' as const };
let next = 0;
const by = () => ({ id: `contract-${++next}`, at: '2026-01-01T00:00:00.000Z', editor });

export const aliasChange = (alias: string): NewCurationChange => ({
  ...by(),
  action: 'add-alias',
  target: { kind: 'company', id: 'tbs' },
  alias,
});

/** A backend under test: `open()` opens a fresh store holding the bundled seed; `cleanup()` closes and removes it. */
export interface CurationBackend {
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

/**
 * What every store backend's curation repository promises (memory, lowdb, PostgreSQL): each test gets a fresh
 * backend from `backend()` (PostgreSQL: a schema of its own, dropped after the test).
 */
export function describeCurationContract(name: string, backend: () => CurationBackend) {
  describe(`curation repository (${name})`, () => {
    let current: CurationBackend | undefined;
    const open = () => (current = backend()).open();
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });

    it('starts with the seed deals as curated changes, numbered 1…8, and the same deals as before', async () => {
      const store = await open();
      const log = await store.curation.list();
      expect(log.map((change) => change.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(log.every((change) => change.action === 'add-deal' && change.editor.via === 'seed')).toBe(true);
      expect(store.catalog.current().catalog.deals).toEqual(loadSeed().deals);
      expect(store.catalog.imported().deals).toEqual([]);
    });

    it('numbers appended changes in order, and the current catalog includes them once append resolves', async () => {
      const store = await open();
      const [saved] = await store.curation.append([aliasChange('Tokyo Hoso')]);
      expect(saved?.seq).toBe(9);
      expect(store.catalog.current().companies.get('tbs')?.aliases).toContain('Tokyo Hoso');
      expect(store.catalog.current().companyNames.exact('tokyo hoso')[0]?.id).toBe('tbs');
      expect(store.catalog.current().curation?.log.at(-1)?.id).toBe(saved?.id);
    });

    it('lands two appends made at the same moment, both, one after the other', async () => {
      const store = await open();
      const saved = await Promise.all([
        store.curation.append([aliasChange('A1'), aliasChange('A2')]),
        store.curation.append([aliasChange('B1')]),
      ]);
      expect(saved.flat().map((change) => change.seq)).toEqual([9, 10, 11]);
      expect((await store.curation.list()).map((change) => change.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    });

    it('saves nothing when one change of a batch is invalid', async () => {
      const store = await open();
      const before = store.catalog.current();
      const bad = { ...aliasChange('x'), action: 'retire', reason: '' } as unknown as NewCurationChange;
      await expect(store.curation.append([aliasChange('fine'), bad])).rejects.toThrow();
      expect(await store.curation.list()).toHaveLength(8);
      expect(store.catalog.current()).toBe(before);
    });

    it('keeps curated changes on top when the imported catalog is replaced', async () => {
      const store = await open();
      await store.curation.append([aliasChange('Tokyo Hoso')]);
      await store.catalog.replace({ ...store.catalog.imported(), statistics: [] });
      expect(store.catalog.current().companies.get('tbs')?.aliases).toContain('Tokyo Hoso');
      expect(store.catalog.current().catalog.deals).toHaveLength(8);
      expect(store.catalog.imported().companies.find((c) => c.id === 'tbs')?.aliases).not.toContain('Tokyo Hoso');
    });
  });
}
