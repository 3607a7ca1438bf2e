/**
 * Words of names, for prefix and one-typo look-ups that cost about the same at 6,000 titles or 600,000:
 * a sorted word list answers "words starting with …" by binary search, and a map from every word's
 * one-letter deletions answers "words one edit away" (the symmetric-delete method) without scanning.
 */
export interface TokenIndex {
  /** Up to `maxWords` indexed words starting with `prefix`, shortest first. */
  wordsWithPrefix(prefix: string, maxWords: number): string[];
  /** Indexed words within one edit (insert, delete, replace, swap) of `word`. */
  wordsNear(word: string): string[];
  /** Ids of the items having `word`. */
  itemsWith(word: string): readonly number[];
  /** Builds the typo map now, so no look-up pays for it (call before the index is put in service). */
  warm(): void;
}

/** Words shorter than this get no typo matching: one edit away from "ab" is half the dictionary. */
export const MIN_TYPO_LENGTH = 4;

export function createTokenIndex(wordsOfItems: readonly (readonly string[])[]): TokenIndex {
  const postings = new Map<string, number[]>();
  wordsOfItems.forEach((words, id) => {
    for (const word of new Set(words)) {
      const list = postings.get(word);
      if (list) list.push(id);
      else postings.set(word, [id]);
    }
  });
  const sorted = [...postings.keys()].sort();
  // Built by warm() before the index serves, or on the first typo for an index used directly.
  let deletions: Map<string, string[]> | undefined;

  function buildDeletions(): Map<string, string[]> {
    const map = new Map<string, string[]>();
    const add = (variant: string, word: string) => {
      const list = map.get(variant);
      if (list) list.push(word);
      else map.set(variant, [word]);
    };
    for (const word of sorted) {
      if (ASTRAL.test(word)) {
        if (lengthOf(word) >= MIN_TYPO_LENGTH) for (const variant of deletionsOf(word)) add(variant, word);
        continue;
      }
      // The common case (no surrogate pairs) without an array of variants per word: this map is built for every
      // word of every title at start-up.
      if (word.length < MIN_TYPO_LENGTH) continue;
      for (let i = 0; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1), word);
    }
    return map;
  }

  return {
    wordsWithPrefix(prefix, maxWords) {
      const words: string[] = [];
      for (
        let at = lowerBound(sorted, prefix);
        at < sorted.length && words.length < maxWords && sorted[at]!.startsWith(prefix);
        at++
      ) {
        words.push(sorted[at]!);
      }
      return words;
    },
    wordsNear(word) {
      if (lengthOf(word) < MIN_TYPO_LENGTH) return [];
      deletions ??= buildDeletions();
      const near = new Set<string>();
      for (const key of [word, ...deletionsOf(word)]) {
        if (postings.has(key)) near.add(key);
        for (const candidate of deletions.get(key) ?? []) near.add(candidate);
      }
      return [...near].filter((candidate) => withinOneEdit(word, candidate));
    },
    itemsWith: (word) => postings.get(word) ?? [],
    warm() {
      deletions ??= buildDeletions();
    },
  };
}

const ASTRAL = /[\ud800-\udfff]/;
const lengthOf = (word: string) => (ASTRAL.test(word) ? [...word].length : word.length);

function deletionsOf(word: string): string[] {
  if (!ASTRAL.test(word)) return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
  const chars = [...word];
  return chars.map((_, i) => chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
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
