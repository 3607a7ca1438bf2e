import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHashBuckets, hashText } from '../../src/domain/hash-buckets.js';

/** Any UTF-16 code units, lone surrogates included (cheaper to set up than fast-check's binary strings). */
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 })
  .map((codes) => String.fromCharCode(...codes));

describe('hashText', () => {
  it('hashes a string without a range of it as it hashes the string with that range cut out', () => {
    fc.assert(
      fc.property(codeUnits, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(hashText(text, from, to)).toBe(hashText(text.slice(0, from) + text.slice(to)));
      }),
    );
  });

  it('gives an unsigned 32-bit number, different for near strings', () => {
    const hashes = ['game', 'gmae', 'gam', 'game '].map((text) => hashText(text));
    for (const hash of hashes) expect(hash >>> 0).toBe(hash);
    expect(new Set(hashes).size).toBe(4);
  });
});

describe('createHashBuckets', () => {
  it('returns the values filed under a hash in the order given, and nothing for an unknown hash', () => {
    const buckets = createHashBuckets(Uint32Array.from([7, 3, 7, 0xffffffff, 7]), Int32Array.from([1, 2, 3, 4, 5]));
    expect([...buckets.valuesOf(7)]).toEqual([1, 3, 5]);
    expect([...buckets.valuesOf(3)]).toEqual([2]);
    expect([...buckets.valuesOf(0xffffffff)]).toEqual([4]);
    expect([...buckets.valuesOf(8)]).toEqual([]);
    expect(buckets.size).toBe(5);
  });

  it('sorts by the whole hash: high halves and low halves both count', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: 0xffffffff }), fc.integer())), (pairs) => {
        const buckets = createHashBuckets(
          Uint32Array.from(pairs, ([hash]) => hash),
          Int32Array.from(pairs, ([, value]) => value),
        );
        for (const [hash] of pairs) {
          const expected = pairs.filter(([other]) => other === hash).map(([, value]) => value);
          expect([...buckets.valuesOf(hash)]).toEqual(expected);
        }
      }),
    );
  });

  it('answers nothing when empty', () => {
    expect([...createHashBuckets(new Uint32Array(0), new Int32Array(0)).valuesOf(0)]).toEqual([]);
  });
});
