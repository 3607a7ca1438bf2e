import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/store/json-pieces.js';
import { largeCatalog } from '../helpers/large-catalog.js';

const textOf = (value: unknown, pieceLength?: number) => [...jsonPieces(value, pieceLength)].join('');

describe('jsonPieces', () => {
  it('gives exactly the text of JSON.stringify for a catalog, in many pieces', () => {
    const catalog = largeCatalog({ titles: 1_000, weeks: 3 });
    const pieces = [...jsonPieces(catalog, 10_000)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(JSON.stringify(catalog));
  });

  it('keeps each piece within the asked length plus one list item', () => {
    const catalog = largeCatalog({ titles: 1_000, weeks: 3 });
    const longestItem = Math.max(...catalog.titles.map((title) => JSON.stringify(title).length));
    for (const piece of jsonPieces(catalog, 10_000)) expect(piece.length).toBeLessThanOrEqual(10_000 + longestItem + 1);
  });

  it('leaves out fields JSON.stringify leaves out, and writes null for what a list cannot hold', () => {
    const value = {
      gone: undefined,
      fn: () => 1,
      list: [1, undefined, () => 2, 'ü', { nested: [undefined] }],
      empty: [],
      nothing: null,
      text: '"quoted"\n한국',
      date: new Date(Date.UTC(2026, 0, 1)),
    };
    expect(textOf(value, 1)).toBe(JSON.stringify(value));
  });

  it('writes a key first when the fields before it were all left out', () => {
    const value = { skipped: undefined, list: [1, 2] };
    expect(textOf(value, 1)).toBe('{"list":[1,2]}');
  });

  it.each([[[1, 2, 3]], ['text'], [42], [null], [{}], [{ toJSON: () => ({ as: 'json' }) }]])(
    'writes %j whole, as JSON.stringify does',
    (value) => {
      expect(textOf(value, 1)).toBe(JSON.stringify(value));
    },
  );
});
