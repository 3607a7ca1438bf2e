import { describe, expect, it } from 'vitest';
import { compareDeals, findDealMatch, mergeDealUpdate } from '../../src/domain/deal-match.js';
import type { Deal } from '../../src/domain/types.js';

const known: Deal = {
  id: 'k',
  partyIds: ['cj-enm', 'tbs'],
  kind: 'co-production',
  date: '2025',
  status: 'completed',
  titleIds: ['infinite-loop'],
  summary: 'Known.',
  source: { publication: 'Seed', date: '2025-10-21' },
  asOf: '2025-10-21',
};
const url = 'https://example.com/a';
const proposed = (fields: Partial<Deal>): Deal => ({ ...known, id: 'p', summary: 'New.', ...fields });

describe('compareDeals', () => {
  it.each<[string, Partial<Deal>, string]>([
    ['a more precise date', { date: '2025-03' }, 'update'],
    ['the parties in another order', { partyIds: ['tbs', 'cj-enm'], date: '2025-03' }, 'update'],
    ['the same date and a new source', { source: { publication: 'x', date: '2026-01-01', url } }, 'update'],
    ['nothing new', {}, 'duplicate'],
    ['a less precise date', { date: '2025' }, 'duplicate'],
    ['another kind', { kind: 'investment', date: '2025-03' }, 'different'],
    ['another title', { titleIds: ['synchro'], date: '2025-03' }, 'different'],
    ['another party', { partyIds: ['cj-enm', 'netflix'] }, 'different'],
  ])('calls a deal with %s: %s', (_, fields, match) => {
    expect(compareDeals(known, proposed(fields))).toBe(match);
  });

  it('calls two days of one month the same deal (a fix, not a second deal)', () => {
    const dated = { ...known, date: '2025-03-14' };
    expect(compareDeals(dated, proposed({ date: '2025-03-20' }))).toBe('duplicate');
    expect(compareDeals(dated, proposed({ date: '2025-04-14' }))).toBe('different');
  });
});

describe('findDealMatch and mergeDealUpdate', () => {
  it('prefers a duplicate over an update', () => {
    const exact = { ...known, id: 'exact', date: '2025-03' };
    expect(findDealMatch([known, exact], proposed({ date: '2025-03' }))).toEqual({ match: 'duplicate', deal: exact });
  });

  it('keeps identity and first-seen date, takes the precise date, new source and both titles', () => {
    const update = mergeDealUpdate(
      known,
      proposed({ date: '2025-03', titleIds: ['synchro'], source: { publication: 'x', date: '2026-01-01', url } }),
    );
    expect(update).toMatchObject({
      id: 'k',
      date: '2025-03',
      summary: 'New.',
      titleIds: ['infinite-loop', 'synchro'],
      asOf: '2025-10-21',
    });
    expect(update.source.url).toBe(url);
    expect(mergeDealUpdate({ ...known, date: '2025-03-14' }, proposed({ date: '2025-03' })).date).toBe('2025-03-14');
  });
});
