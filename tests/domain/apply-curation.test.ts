import { describe, expect, it } from 'vitest';
import { applyCuration } from '../../src/domain/apply-curation.js';
import type { CurationChange, NewCurationChange } from '../../src/domain/curation.js';
import { seedDealChanges } from '../../src/domain/curation-seed.js';
import { checkUndo, findChange } from '../../src/domain/curation-undo.js';
import { loadSeed } from '../helpers/seed.js';

const editor = { id: '1', name: 'ed', via: 'discord' as const };
const seed = loadSeed();
const imported = { ...seed, deals: [] };
const number = (changes: NewCurationChange[]): CurationChange[] => changes.map((c, i) => ({ ...c, seq: i + 1 }));
const by = (id: string) => ({ id, at: '2026-01-01T00:00:00.000Z', editor });
const seedLog = () => seedDealChanges(seed);
const dealIds = (log: CurationChange[]) => applyCuration(imported, log).catalog.deals.map((d) => d.id);

describe('applyCuration', () => {
  it('turns the seed deals into the same deals, in the same order', () => {
    expect(applyCuration(imported, number(seedLog())).catalog.deals).toEqual(seed.deals);
  });

  it('shares what no change touches', () => {
    const { catalog } = applyCuration(imported, number(seedLog()));
    expect(catalog.titles).toBe(imported.titles);
    expect(catalog.chartEntries).toBe(imported.chartEntries);
  });

  it('applies edits and aliases in order, keeping the imported copy as it was', () => {
    const log = number([
      ...seedLog(),
      { ...by('a'), action: 'add-alias', target: { kind: 'title', id: 'synchro' }, alias: '싱크로' },
      {
        ...by('b'),
        action: 'edit',
        target: { kind: 'title', id: 'synchro' },
        fields: [{ field: 'name', before: 'Synchro', after: 'Synchro!' }],
      },
      {
        ...by('c'),
        action: 'edit',
        target: { kind: 'deal', id: 'cj-enm-tbs-synchro' },
        fields: [{ field: 'date', before: '2025-10', after: '2025-10-02' }],
      },
    ]);
    const { catalog } = applyCuration(imported, log);
    const synchro = catalog.titles.find((t) => t.id === 'synchro')!;
    expect(synchro).toMatchObject({ name: 'Synchro!', aliases: expect.arrayContaining(['싱크로']) });
    expect(imported.titles.find((t) => t.id === 'synchro')!.name).toBe('Synchro');
    expect(catalog.deals.find((d) => d.id === 'cj-enm-tbs-synchro')!.date).toBe('2025-10-02');
  });

  it('hides a retired deal, and an undo of the retire brings it back', () => {
    const retire = {
      ...by('r'),
      action: 'retire' as const,
      target: { kind: 'deal' as const, id: 'cj-enm-joint-ip' },
      reason: 'false',
    };
    const retired = number([...seedLog(), retire]);
    expect(dealIds(retired)).not.toContain('cj-enm-joint-ip');
    expect(applyCuration(imported, retired).retired.get('cj-enm-joint-ip')?.summary).toMatch(/joint IPs/);
    const restored = number([...seedLog(), retire, { ...by('u'), action: 'undo', changeId: 'r' }]);
    expect(dealIds(restored)).toContain('cj-enm-joint-ip');
    const again = number([
      ...seedLog(),
      retire,
      { ...by('u'), action: 'undo', changeId: 'r' },
      { ...by('v'), action: 'undo', changeId: 'u' },
    ]);
    expect(dealIds(again)).not.toContain('cj-enm-joint-ip');
  });

  it('ignores an imported deal whose id curation ever added, even once that add is undone', () => {
    const log = number([...seedLog(), { ...by('u'), action: 'undo', changeId: 'seed:cj-enm-joint-ip' }]);
    expect(applyCuration(seed, log).catalog.deals.map((d) => d.id)).not.toContain('cj-enm-joint-ip');
  });

  it('keeps the last build’s titles when neither the titles nor the changes to them moved', () => {
    const alias = {
      ...by('a'),
      action: 'add-alias' as const,
      target: { kind: 'title' as const, id: 'synchro' },
      alias: 'S',
    };
    const first = applyCuration(imported, number([...seedLog(), alias]));
    const retire = {
      ...by('r'),
      action: 'retire' as const,
      target: { kind: 'deal' as const, id: 'cj-enm-joint-ip' },
      reason: 'x',
    };
    const second = applyCuration(imported, number([...seedLog(), alias, retire]), first);
    expect(second.catalog.titles).toBe(first.catalog.titles);
    const third = applyCuration(imported, number([...seedLog(), alias, { ...alias, id: 'b', alias: 'T' }]), second);
    expect(third.catalog.titles).not.toBe(first.catalog.titles);
    expect(third.catalog.titles.find((t) => t.id === 'synchro')?.aliases).toEqual(expect.arrayContaining(['S', 'T']));
  });

  it('moves the curated source’s data date to the latest change, never back', () => {
    const log = number([
      ...seedLog(),
      { ...by('a'), action: 'add-alias', target: { kind: 'company', id: 'tbs' }, alias: 'T' },
    ]);
    const curated = (l: CurationChange[]) => applyCuration(imported, l).catalog.sources.find((s) => s.id === 'curated');
    expect(curated(log)?.dataDate).toBe('2026-01-01');
    expect(curated(number(seedLog()))?.dataDate).toBe('2025-10-21');
  });

  it('reports changes that found no record, and applies the rest', () => {
    const log = number([
      {
        ...by('x'),
        action: 'edit',
        target: { kind: 'company', id: 'nobody' },
        fields: [{ field: 'country', before: 'KR', after: 'JP' }],
      },
    ]);
    expect(applyCuration(imported, log).skipped).toEqual([{ change: log[0], reason: 'unknown-record' }]);
  });
});

describe('checkUndo', () => {
  const fix = (id: string, after: string) => ({
    ...by(id),
    action: 'edit' as const,
    target: { kind: 'deal' as const, id: 'cj-enm-tbs-synchro' },
    fields: [{ field: 'date' as const, before: '2025-10', after }],
  });

  it('refuses an undo when a later change set the same field, and names it', () => {
    const log = number([...seedLog(), fix('f1', '2025-10-01'), fix('f2', '2025-10-02')]);
    const current = applyCuration(imported, log).catalog;
    expect(checkUndo(log, current, findChange(log, '#9')!)).toMatchObject({
      ok: false,
      problems: [{ code: 'changed-since', seq: 9, later: 10 }],
    });
    expect(checkUndo(log, current, findChange(log, '10')!).ok).toBe(true);
  });

  it('refuses undoing a change twice, and a company some deal still names', () => {
    const company = { ...seed.companies[0]!, id: 'new-co', name: 'New Co' };
    const deal = { ...seed.deals[0]!, id: 'd', partyIds: ['new-co', 'tbs'] };
    const log = number([
      { ...by('c'), action: 'add-company', company },
      { ...by('d'), action: 'add-deal', deal },
      { ...by('u'), action: 'undo', changeId: 'd' },
    ]);
    const current = applyCuration(imported, log).catalog;
    expect(checkUndo(log, current, log[1]!)).toMatchObject({
      ok: false,
      problems: [{ code: 'already-undone', by: 3 }],
    });
    const live = log.slice(0, 2);
    expect(checkUndo(live, applyCuration(imported, live).catalog, log[0]!)).toMatchObject({
      ok: false,
      problems: [{ code: 'company-in-use', deals: 1 }],
    });
    expect(checkUndo(log, current, log[0]!).ok).toBe(true);
  });
});
