import { createHashBuckets, hashText, type HashBuckets, type HashText } from './hash-buckets.js';
import { createWordList, type WordList } from './word-list.js';

/**
 * Words of names, for prefix and one-typo look-ups that cost about the same at 6,000 titles or 600,000:
 * words are numbered in sorted order, so "words starting with …" is a range found by binary search, and
 * hashes of every word's one-letter deletions answer "words one edit away" (the symmetric-delete method)
 * without scanning. Everything lives in a few typed arrays and one string, not a Map per word.
 */
export interface TokenIndex {
  /** Numbers of the words starting with `prefix`, [start, end): words are numbered in sorted order. */
  prefixRange(prefix: string): WordRange;
  /** Numbers of the indexed words within one edit (insert, delete, replace, swap) of `word`. */
  wordNumbersNear(word: string): number[];
  /** Word number `n`. */
  wordAt(n: number): string;
  /** Ids of the items having word number `n`, ascending. */
  itemsOf(n: number): Int32Array;
  /** How many items have word number `n` (without making a view of them, as itemsOf does). */
  itemCount(n: number): number;
  /** Calls `each` with the ids of the items having word number `n`, ascending, while it returns true. */
  eachItemOf(n: number, each: (id: number) => boolean): boolean;
  /** Up to `maxWords` indexed words starting with `prefix`, in sorted order. */
  wordsWithPrefix(prefix: string, maxWords: number): string[];
  /** Indexed words within one edit (insert, delete, replace, swap) of `word`. */
  wordsNear(word: string): string[];
  /** Ids of the items having `word`. */
  itemsWith(word: string): readonly number[];
  /** Builds the typo map now, so no look-up pays for it (call before the index is put in service). */
  warm(): void;
}

export interface WordRange {
  start: number;
  end: number;
}

/** Words shorter than this get no typo matching: one edit away from "ab" is half the dictionary. */
export const MIN_TYPO_LENGTH = 4;

/** Indexes the words of each item (item id = position). `hashOf` is for tests, to make variants collide. */
export function createTokenIndex(
  wordsOfItems: readonly (readonly string[])[],
  hashOf: HashText = hashText,
): TokenIndex {
  const words = createWordList(wordsOfItems);
  const { postings, postingStarts } = words;
  // Built by warm() before the index serves, or on the first typo for an index used directly.
  let deletions: HashBuckets | undefined;

  const numberOf = (word: string) => {
    const at = words.lowerBound(word);
    return at < words.count && words.compare(at, word) === 0 ? at : -1;
  };

  function wordNumbersNear(word: string): number[] {
    if (lengthOf(word) < MIN_TYPO_LENGTH) return [];
    deletions ??= indexDeletions(words, hashOf);
    const near = new Set<number>();
    for (const key of [word, ...deletionsOf(word)]) {
      const known = numberOf(key);
      if (known >= 0) near.add(known);
      // A bucket also holds the words whose variants merely share the hash: keep only true deletions, in order.
      for (const candidate of deletions.valuesOf(hashOf(key))) {
        if (!near.has(candidate) && isDeletionOf(key, words.at(candidate))) near.add(candidate);
      }
    }
    return [...near].filter((candidate) => withinOneEdit(word, words.at(candidate)));
  }

  const itemsOf = (n: number) => postings.subarray(postingStarts[n], postingStarts[n + 1]);
  const prefixRange = (prefix: string): WordRange => {
    const start = words.lowerBound(prefix);
    return { start, end: words.prefixEnd(prefix, start) };
  };

  return {
    prefixRange,
    wordNumbersNear,
    wordAt: words.at,
    itemsOf,
    itemCount: (n) => postingStarts[n + 1]! - postingStarts[n]!,
    eachItemOf(n, each) {
      for (let i = postingStarts[n]!, end = postingStarts[n + 1]!; i < end; i++) if (!each(postings[i]!)) return false;
      return true;
    },
    wordsWithPrefix(prefix, maxWords) {
      const { start, end } = prefixRange(prefix);
      return Array.from({ length: Math.min(end - start, maxWords) }, (_, i) => words.at(start + i));
    },
    wordsNear: (word) => wordNumbersNear(word).map(words.at),
    itemsWith(word) {
      const n = numberOf(word);
      return n < 0 ? [] : Array.from(itemsOf(n));
    },
    warm() {
      deletions ??= indexDeletions(words, hashOf);
    },
  };
}

/** Every one-letter deletion of every word long enough, as (hash of the variant, word number). */
function indexDeletions(words: WordList, hashOf: HashText): HashBuckets {
  let total = 0;
  for (let n = 0; n < words.count; n++) total += words.at(n).length;
  const hashes = new Uint32Array(total);
  const numbers = new Int32Array(total);
  let size = 0;
  for (let n = 0; n < words.count; n++) {
    const word = words.at(n);
    if (lengthOf(word) < MIN_TYPO_LENGTH) continue;
    // Code point by code point (a surrogate pair is one letter); deleting either of two equal neighbours gives the
    // same variant, so the second is skipped.
    let previous = -1;
    for (let from = 0; from < word.length;) {
      const letter = word.codePointAt(from)!;
      const to = from + (letter > 0xffff ? 2 : 1);
      if (letter !== previous) {
        hashes[size] = hashOf(word, from, to);
        numbers[size++] = n;
      }
      previous = letter;
      from = to;
    }
  }
  return createHashBuckets(hashes.slice(0, size), numbers.slice(0, size));
}

const ASTRAL = /[\ud800-\udfff]/;
const lengthOf = (word: string) => (ASTRAL.test(word) ? [...word].length : word.length);

function deletionsOf(word: string): string[] {
  if (!ASTRAL.test(word)) return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
  const chars = [...word];
  return chars.map((_, i) => chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
}

/** Whether `short` is `long` with one letter deleted. */
function isDeletionOf(short: string, long: string): boolean {
  return lengthOf(long) === lengthOf(short) + 1 && withinOneEdit(short, long);
}

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or adjacent swap). */
export function withinOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (i === x.length && i === y.length) return true;
  const rest = (p: number, q: number) => x.slice(p).join('') === y.slice(q).join('');
  if (x.length === y.length)
    return rest(i + 1, i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(i + 2, i + 2));
  return x.length > y.length ? rest(i + 1, i) : rest(i, i + 1);
}
