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

/** Every one-letter deletion of `word`, letter by letter (a surrogate pair is one letter). */
const deletionsOf = (word: string) => {
  const letters = [...word];
  return letters.map((_, i) => [...letters.slice(0, i), ...letters.slice(i + 1)].join(''));
};

/**
 * The symmetric-delete look-up spelled out: for the word and then each of its deletions, in order, the indexed
 * word equal to it, then the indexed words (sorted) having it as a deletion; kept if within one edit. The order
 * matters: a search collects candidates word by word.
 */
function referenceNear(vocabulary: readonly string[], word: string): string[] {
  if ([...word].length < 4) return [];
  const sorted = [...new Set(vocabulary)].sort();
  const near = new Set<string>();
  for (const key of [word, ...deletionsOf(word)]) {
    if (sorted.includes(key)) near.add(key);
    for (const candidate of sorted) {
      if ([...candidate].length >= 4 && deletionsOf(candidate).includes(key)) near.add(candidate);
    }
  }
  return [...near].filter((candidate) => withinOneEdit(word, candidate));
}

describe('createTokenIndex typo look-up', () => {
  /** Every variant in one bucket: each look-up must sort out the words that only share the hash. */
  const collideAll = () => 0;
  /** Few buckets, by length: variants of one length collide. */
  const collideByLength = (text: string, from = 0, to = from) => (text.length - (to - from)) % 3;

  it('keeps the order of the variants when every variant collides', () => {
    // "xbcd" is reached by deleting the typed word's first letter, "abcx" only by deleting its last: in that order,
    // though "abcx" sorts first and shares the hash of the typed word itself.
    const words = [['xbcd'], ['abcx']];
    expect(createTokenIndex(words).wordsNear('abcd')).toEqual(['xbcd', 'abcx']);
    expect(createTokenIndex(words, collideAll).wordsNear('abcd')).toEqual(['xbcd', 'abcx']);
  });

  it('does not match a word whose variant only shares the hash', () => {
    const index = createTokenIndex([['parasite'], ['squid'], ['squad']], collideAll);
    expect(index.wordsNear('squod')).toEqual(['squad', 'squid']);
    expect(index.wordsNear('parasiet')).toEqual(['parasite']);
    expect(index.wordsNear('zzzzz')).toEqual([]);
  });

  it('agrees with the symmetric-delete look-up spelled out, in any script and whatever the hash', () => {
    // Three letters, so that words often lie one edit apart; 😀 is one letter in two code units.
    const letter = fc.constantFrom('a', '가', '😀');
    const word = (minLength: number) =>
      fc.array(letter, { minLength, maxLength: 5 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(word(3), { maxLength: 3 }), { maxLength: 20 }), word(4), (items, typed) => {
        const expected = referenceNear(items.flat(), typed);
        for (const hashOf of [undefined, collideAll, collideByLength]) {
          expect(createTokenIndex(items, hashOf).wordsNear(typed)).toEqual(expected);
        }
      }),
    );
  });
});

describe('createTokenIndex word numbers', () => {
  const index = createTokenIndex([['squid', 'game'], ['squid', 'squad', 'squid'], ['기생충'], []]);

  it('numbers words in sorted order, so a prefix is a range of them', () => {
    const { start, end } = index.prefixRange('squ');
    expect(Array.from({ length: end - start }, (_, i) => index.wordAt(start + i))).toEqual(['squad', 'squid']);
    expect(index.wordAt(index.prefixRange('game').start)).toBe('game');
    const missing = index.prefixRange('sz');
    expect(missing.end - missing.start).toBe(0);
  });

  it('lists the items of a word once each, ascending', () => {
    expect([...index.itemsOf(index.prefixRange('squid').start)]).toEqual([0, 1]);
    expect([...index.itemsOf(index.prefixRange('기').start)]).toEqual([2]);
    expect(index.itemsWith('squid')).toEqual([0, 1]);
    expect(index.itemsWith('squi')).toEqual([]);
  });

  it('answers nothing when no item has a word', () => {
    const empty = createTokenIndex([[], []]);
    expect(empty.wordsWithPrefix('a', 5)).toEqual([]);
    expect(empty.wordsNear('abcd')).toEqual([]);
    expect(empty.itemsWith('abcd')).toEqual([]);
  });
});
