import { describe, expect, it } from 'vitest';
import { normalizeName, slugify } from '../../src/domain/normalize.js';

describe('normalizeName', () => {
  it.each([
    ['Bon Appétit, Your Majesty', 'bon appetit your majesty'],
    ['KPop Demon Hunters', 'kpop demon hunters'],
    ['  Squid Game:  Season 2 ', 'squid game season 2'],
    ['Tom & Jerry', 'tom and jerry'],
    ['The Tyrant’s Chef', 'the tyrants chef'],
    ['ＡＢＣ', 'abc'],
  ])('folds %j to %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('keeps Hangul syllables and kana voicing marks whole', () => {
    expect(normalizeName('기생충')).toBe('기생충');
    expect(normalizeName('ジョゼ')).toBe('ジョゼ');
  });

  it('returns an empty string for punctuation only', () => {
    expect(normalizeName(' :: — ')).toBe('');
  });
});

describe('slugify', () => {
  it('joins words with dashes and falls back when nothing is left', () => {
    expect(slugify('Romantics Anonymous')).toBe('romantics-anonymous');
    expect(slugify('!!!')).toBe('untitled');
  });
});
