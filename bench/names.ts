import type { Random } from './random.js';

/** Words of the kind streaming titles are made of; used when no real catalog is at hand to learn them from. */
const FALLBACK_WORDS = `Love Night Dark House Game City Summer Winter Secret Queen King Heart Last First Blood Moon
  Star Dream Girl Boy Family Story Life World Shadow Fire River Sea Island Road Home School Doctor Lawyer Chef
  Detective Killer Hunter Ghost Angel Devil Monster Kingdom Empire Crown Crash Landing Romance Revenge Trial Lies
  Truth Money Heist Gold Silver Glass Paper Flower Garden Rain Snow Storm Light Sun Spring Autumn Season Day Week
  Year Time Clock Run Chase Fall Rise Wild Silent Lost Found Hidden Perfect Strange Sweet Bitter Little Big Young
  Old New Red Black White Blue Green Midnight Morning Evening Forever Never Again Inside Outside Beyond Under Over
  Between Class Office Hospital Prison Palace Village Town Street Market Kitchen Table Letter Song Dance Music Idol
  Stage Camera Signal Code Zero Alpha Omega Mercy Grace Hope Fate Destiny Legend Hero Rebel Soldier Spy Agent Bride
  Groom Wedding Divorce Sister Brother Mother Father Daughter Son Husband Wife Friend Neighbor Stranger Enemy Partner`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'rae',
  'so',
  'ven',
  'ta',
  'ri',
  'on',
  'el',
  'dor',
  'ya',
  'sun',
  'ha',
  'jin',
  'bel',
  'mar',
  'no',
  'vi',
  'ra',
  'tes',
  'lu',
  'qua',
  'zen',
];

/** Capitalised words found in catalog names, for names that read like the real ones. */
export function vocabularyOf(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const name of names) {
    for (const word of name.split(/[\s:,.!?()"]+/)) {
      if (/^\p{Lu}[\p{L}'’-]{2,}$/u.test(word)) words.add(word);
    }
  }
  return words.size >= 50 ? [...words] : FALLBACK_WORDS;
}

export interface NameMaker {
  /** A title name such as "The Silent Garden" or "Midnight Kalora: Part Two". */
  title(): string;
  /** A name in the script of `lang` (Hangul for ko, katakana for ja), for original names. */
  original(lang: string): string;
}

/**
 * Makes streaming-style title names from `vocabulary` plus `inventedWords` words made up from syllables, so a
 * grown catalog also grows its vocabulary, as real catalogs do (roughly with the square root of their size).
 */
export function createNameMaker(random: Random, vocabulary: readonly string[], inventedWords = 0): NameMaker {
  const words = [...vocabulary, ...Array.from({ length: inventedWords }, () => inventWord(random))];
  const word = () => random.pick(words);
  const patterns: (() => string)[] = [
    () => word(),
    () => `The ${word()}`,
    () => `${word()} ${word()}`,
    () => `The ${word()} ${word()}`,
    () => `${word()} of the ${word()}`,
    () => `${word()} & ${word()}`,
    () => `My ${word()} ${word()}`,
    () => `${word()}: ${word()} ${word()}`,
    () => `${word()} ${word()} ${word()}`,
    () => `${word()} in ${word()}`,
  ];
  return {
    title: () => random.pick(patterns)(),
    original(lang) {
      const length = 2 + random.int(4);
      const [start, span] = lang === 'ko' ? [0xac00, 11_172] : lang === 'ja' ? [0x30a1, 86] : [0x61, 26];
      return Array.from({ length }, () => String.fromCharCode(start + random.int(span))).join('');
    },
  };
}

function inventWord(random: Random): string {
  const text = Array.from({ length: 2 + random.int(3) }, () => random.pick(SYLLABLES)).join('');
  return text[0]!.toUpperCase() + text.slice(1);
}
