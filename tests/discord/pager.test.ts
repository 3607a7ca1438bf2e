import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePager, encodePager, pagerRow, type PagerState } from '../../src/discord/pager.js';

const state: PagerState = {
  command: 'deals',
  ownerId: '123456789012345678',
  expiresAt: 1_800_000_000_000,
  page: 2,
  args: ['cj-enm', '', 'investment'],
};

describe('pager custom ids', () => {
  it('round-trips its state', () => {
    expect(decodePager(encodePager(state))).toEqual(state);
  });

  it('round-trips any page and arguments without separators', () => {
    const arg = fc.string({ maxLength: 12 }).filter((s) => !/[:|]/.test(s));
    fc.assert(
      fc.property(fc.nat(500), fc.array(arg, { minLength: 1, maxLength: 3 }), (page, args) => {
        const decoded = decodePager(encodePager({ ...state, page, args }));
        expect(decoded?.page).toBe(page);
        expect(decoded?.args.join('|')).toBe(args.join('|'));
      }),
    );
  });

  it.each(['', 'deals', 'deals:1:2', 'deals:1:zz:x:a', 'deals:1:2:-1:a', 'deals:1:2:0:a:extra'])(
    'rejects the malformed id %j',
    (id) => {
      expect(decodePager(id)).toBeUndefined();
    },
  );
});

describe('pagerRow', () => {
  it('has no buttons for a single page', () => {
    expect(pagerRow(state, 1, 'en')).toEqual([]);
  });

  it('gives unique ids of at most 100 characters and disables what cannot be pressed', () => {
    const [row] = pagerRow({ ...state, page: 0 }, 3, 'en');
    const buttons = row!.components as { custom_id: string; disabled?: boolean; label: string }[];
    expect(new Set(buttons.map((b) => b.custom_id)).size).toBe(3);
    expect(buttons.every((b) => b.custom_id.length <= 100)).toBe(true);
    expect(buttons.map((b) => [b.label, b.disabled])).toEqual([
      ['◀ Previous', true],
      ['1 / 3', true],
      ['Next ▶', false],
    ]);
    expect(decodePager(buttons[2]!.custom_id)?.page).toBe(1);
  });

  it('drops the buttons rather than send an id Discord would refuse', () => {
    expect(pagerRow({ ...state, args: ['x'.repeat(90)] }, 2, 'en')).toEqual([]);
  });
});
