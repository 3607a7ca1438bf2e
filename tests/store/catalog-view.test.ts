import { describe, expect, it } from 'vitest';
import type { CurationChange, NewCurationChange } from '../../src/domain/curation.js';
import { seedDealChanges } from '../../src/domain/curation-seed.js';
import { createCatalogView } from '../../src/store/catalog-view.js';
import { largeCatalog } from '../helpers/large-catalog.js';
import { loadSeed } from '../helpers/seed.js';

const editor = { id: '1', name: 'ed', via: 'discord' as const };
const seed = loadSeed();
const number = (changes: NewCurationChange[]): CurationChange[] => changes.map((c, i) => ({ ...c, seq: i + 1 }));
const seedLog = number(seedDealChanges(seed));
const aliasChange: CurationChange = {
  id: 'alias',
  at: '2026-01-01T00:00:00.000Z',
  editor,
  seq: seedLog.length + 1,
  action: 'add-alias',
  target: { kind: 'title', id: 'synchro' },
  alias: '싱크로',
};
const aliasesOfSynchro = (view: ReturnType<typeof createCatalogView>) =>
  view.current().titles.get('synchro')?.aliases ?? [];

describe('createCatalogView prepareImported', () => {
  it('answers from the old catalog at every pause, and from the new one only once made current', async () => {
    const view = createCatalogView({ ...seed, deals: [] }, seedLog);
    const old = view.current();
    const next = largeCatalog({ titles: 3_000, weeks: 5 });
    const seenAtPauses = new Set<unknown>();
    const makeCurrent = await view.prepareImported({ ...next, deals: [] }, async () => {
      seenAtPauses.add(view.current());
    });
    expect([...seenAtPauses]).toEqual([old]);
    expect(view.current().titles.has('series-0')).toBe(false);
    makeCurrent();
    expect(view.current().titles.has('series-0')).toBe(true);
    expect(view.current().entriesByTitle.get('series-0')).toHaveLength(5);
  });

  it('pauses at least once per 10,000 chart entries while it builds the index', async () => {
    const view = createCatalogView({ ...seed, deals: [] }, seedLog);
    const next = largeCatalog({ titles: 4_000, weeks: 10 });
    let pauses = 0;
    await view.prepareImported({ ...next, deals: [] }, async () => void pauses++);
    expect(pauses).toBeGreaterThanOrEqual(next.chartEntries.length / 10_000);
  });

  it('keeps a curated change saved while the new catalog was being prepared', async () => {
    const view = createCatalogView({ ...seed, deals: [] }, seedLog);
    let saved = false;
    const makeCurrent = await view.prepareImported({ ...largeCatalog({ titles: 500 }), deals: [] }, async () => {
      if (saved) return;
      saved = true;
      view.setChanges([...seedLog, aliasChange]);
    });
    expect(aliasesOfSynchro(view)).toContain('싱크로');
    makeCurrent();
    expect(view.current().titles.has('series-0')).toBe(true);
    expect(aliasesOfSynchro(view)).toContain('싱크로');
  });
});
