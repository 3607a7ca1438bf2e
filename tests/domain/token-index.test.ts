import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTokenIndex, withinOneEdit } from '../../src/domain/token-index.js';

describe('withinOneEdit', () => {
  it.each([
    ['romantics', 'romantcs', true],
    ['anonymous', 'anonymus', true],
    ['parasite', 'parasiet', true],
    ['parasite', 'parasite', true],
    ['squid', 'squad', true],
    ['parasite', 'paraiste', true],
    ['parasite', 'parsitea', false],
    ['demon', 'lemons', false],
    ['기생충', '기생', true],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });

  it('agrees with deleting any one character', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), fc.nat(), (word, at) => {
        const chars = [...word];
        const i = at % chars.length;
        expect(withinOneEdit(word, chars.slice(0, i).join('') + chars.slice(i + 1).join(''))).toBe(true);
      }),
    );
  });
});

describe('createTokenIndex', () => {
  const index = createTokenIndex([
    ['squid', 'game'],
    ['squid', 'game', 'the', 'challenge'],
    ['parasite'],
    ['기생충'],
    ['game', 'of', 'thrones'],
  ]);

  it('lists words by prefix, shortest first, and the items having a word', () => {
    expect(index.wordsWithPrefix('squ', 10)).toEqual(['squid']);
    expect(index.wordsWithPrefix('th', 10)).toEqual(['the', 'thrones']);
    expect(index.wordsWithPrefix('기생', 10)).toEqual(['기생충']);
    expect(index.wordsWithPrefix('zzz', 10)).toEqual([]);
    expect(index.itemsWith('game')).toEqual([0, 1, 4]);
  });

  it('expands at most the given number of words per prefix', () => {
    const many = createTokenIndex(Array.from({ length: 1000 }, (_, i) => [`s${i}`]));
    expect(many.wordsWithPrefix('s', 20)).toHaveLength(20);
  });

  it('finds words one typo away, but not for short words', () => {
    expect(index.wordsNear('parasiet')).toEqual(['parasite']);
    expect(index.wordsNear('squod')).toEqual(['squid']);
    expect(index.wordsNear('gam')).toEqual([]);
    expect(index.wordsNear('challange')).toEqual(['challenge']);
  });
});
