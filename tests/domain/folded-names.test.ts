import { describe, expect, it } from 'vitest';
import {
  hasName,
  hasNameStartingWith,
  hasWord,
  hasWordStartingWith,
  joinNames,
  namesIn,
} from '../../src/domain/folded-names.js';

describe('folded names', () => {
  const names = joinNames(['squid game', '오징어 게임', 'game of squids']);

  it('finds a whole name, not part of one', () => {
    expect(hasName(names, 'squid game')).toBe(true);
    expect(hasName(names, '오징어 게임')).toBe(true);
    expect(hasName(names, 'squid')).toBe(false);
    expect(hasName(names, 'game')).toBe(false);
    expect(hasName(names, 'quid game')).toBe(false);
  });

  it('finds a name by its start only', () => {
    expect(hasNameStartingWith(names, 'squid g')).toBe(true);
    expect(hasNameStartingWith(names, '오징')).toBe(true);
    expect(hasNameStartingWith(names, 'game of')).toBe(true);
    expect(hasNameStartingWith(names, 'game o squids')).toBe(false);
    expect(hasNameStartingWith(names, 'of squids')).toBe(false);
  });

  it('finds a whole word in any name, not part of one', () => {
    expect(hasWord(names, 'game')).toBe(true);
    expect(hasWord(names, '게임')).toBe(true);
    expect(hasWord(names, 'squids')).toBe(true);
    expect(hasWord(names, 'gam')).toBe(false);
    expect(hasWord(names, 'quid')).toBe(false);
  });

  it('finds a word by its start, where the word begins a name or follows a space', () => {
    expect(hasWordStartingWith(names, 'gam')).toBe(true);
    expect(hasWordStartingWith(names, '게')).toBe(true);
    expect(hasWordStartingWith(names, 'squids')).toBe(true);
    expect(hasWordStartingWith(names, 'quid')).toBe(false);
    expect(hasWordStartingWith(names, 'ames')).toBe(false);
  });

  it('keeps empty names in place but never matches them', () => {
    const withEmpty = joinNames(['', 'parasite', '']);
    expect(namesIn(withEmpty)).toEqual(['', 'parasite', '']);
    expect(hasName(withEmpty, '')).toBe(false);
    expect(hasWord(withEmpty, '')).toBe(false);
    expect(hasName(withEmpty, 'parasite')).toBe(true);
    expect(namesIn(joinNames([]))).toEqual(['']);
  });
});
