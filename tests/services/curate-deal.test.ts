import { describe, expect, it } from 'vitest';
import { continueDeal, proposeDeal, type DealInput } from '../../src/services/curate-deal.js';
import { DRAFT_LIFETIME_MS } from '../../src/services/curation-drafts.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { loadSeed } from '../helpers/seed.js';

const alice = { id: '111111111111111111', name: 'alice', via: 'discord' as const };
const bob = { id: '222222222222222222', name: 'bob', via: 'discord' as const };
const now = new Date('2026-03-02T09:00:00Z');
const input: DealInput = {
  companies: 'CJ ENM, TBS',
  kind: 'co-production',
  date: '2025-03',
  status: 'completed',
  summary: 'Infinite Loop, again.',
  source: 'https://example.com/a',
  titles: 'Infinite Loop',
};

describe('proposeDeal and continueDeal', () => {
  it('adds a near-duplicate as a separate deal when the editor says so', async () => {
    const store = createMemoryStore(loadSeed());
    const offer = proposeDeal(store, input, alice, now);
    if (offer.step !== 'update-offer') throw new Error(offer.step);
    const saved = await continueDeal(store, offer.draft.id, 'new', alice, now);
    expect(saved).toMatchObject({ step: 'saved', updated: false });
    const tbs = store.catalog
      .current()
      .dealsByCompany.get('tbs')!
      .filter((d) => d.titleIds.includes('infinite-loop'));
    expect(tbs.map((d) => d.date)).toEqual(['2025-03', '2025']);
    expect(tbs[0]?.id).toBe('cj-enm-tbs-co-production-2025-03');
  });

  it('refuses the second of two editors saving the same deal at once, so no duplicate slips in', async () => {
    const store = createMemoryStore(loadSeed());
    const fresh = { ...input, companies: 'Netflix, TBS', titles: '', date: '2026-02' };
    const [a, b] = [proposeDeal(store, fresh, alice, now), proposeDeal(store, fresh, bob, now)];
    if (a.step !== 'preview' || b.step !== 'preview') throw new Error('expected previews');
    const [first, second] = await Promise.all([
      continueDeal(store, a.draft.id, 'save', alice, now),
      continueDeal(store, b.draft.id, 'save', bob, now),
    ]);
    expect(first.step).toBe('saved');
    expect(second.step).toBe('duplicate');
    expect(store.catalog.current().dealsByCompany.get('netflix')).toHaveLength(2);
  });

  it('keeps a preview for its editor, and only for a few minutes', async () => {
    const store = createMemoryStore(loadSeed());
    const preview = proposeDeal(store, { ...input, companies: 'Netflix, TBS', titles: '' }, alice, now);
    if (preview.step !== 'preview') throw new Error(preview.step);
    expect(await continueDeal(store, preview.draft.id, 'save', bob, now)).toEqual({ step: 'not-yours' });
    const late = new Date(now.getTime() + DRAFT_LIFETIME_MS + 1);
    expect(await continueDeal(store, preview.draft.id, 'save', alice, late)).toEqual({ step: 'expired' });
    expect(await store.curation.list()).toHaveLength(8);
  });

  it('lists every problem at once and keeps no draft', () => {
    const store = createMemoryStore(loadSeed());
    const refused = proposeDeal(
      store,
      {
        companies: 'TBS',
        kind: 'merger',
        date: '2025-13',
        status: 'rumoured',
        summary: 'x'.repeat(301),
        source: 'nope',
      },
      alice,
      now,
    );
    expect(refused.step === 'refused' && refused.problems.map((p) => p.code)).toEqual([
      'choice-unknown',
      'choice-unknown',
      'date-invalid',
      'too-long',
      'source-invalid',
      'companies-too-few',
    ]);
  });
});
