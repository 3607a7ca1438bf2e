/**
 * The distinct words of a token index, sorted and numbered in that order, kept as one string with their offsets
 * (a string per word costs its header and pointer, more than its letters), with the items having each word.
 */
export interface WordList {
  count: number;
  at(n: number): string;
  /** Word `n` compared with `value`, as `<` orders strings (UTF-16 code units): negative when before. */
  compare(n: number, value: string): number;
  lowerBound(value: string): number;
  /** The end of the run of words starting with `prefix`, which begins at `start`. */
  prefixEnd(prefix: string, start: number): number;
  /** Item ids per word: those of word n are postings[postingStarts[n] … postingStarts[n + 1]). */
  postings: Int32Array;
  postingStarts: Int32Array;
}

/** Numbers the words of each item (item id = position). */
export function createWordList(wordsOfItems: readonly (readonly string[])[]): WordList {
  const { sorted, postings, postingStarts } = numberWords(wordsOfItems);
  const starts = new Int32Array(sorted.length + 1);
  for (let n = 0; n < sorted.length; n++) starts[n + 1] = starts[n]! + sorted[n]!.length;
  // One fresh string: the words themselves (substrings of names) are dropped with the names they may pin.
  return wordListOf(sorted.join(''), starts, postings, postingStarts);
}

/** Numbers the distinct words in sorted order and lists the items having each, ascending. */
function numberWords(wordsOfItems: readonly (readonly string[])[]) {
  // Words numbered as first seen, then renumbered in sorted order once all are known.
  const seen = new Map<string, number>();
  const itemStarts = new Int32Array(wordsOfItems.length + 1);
  const seenNumbers: number[] = [];
  wordsOfItems.forEach((words, id) => {
    const first = seenNumbers.length;
    for (const word of words) {
      let n = seen.get(word);
      if (n === undefined) seen.set(word, (n = seen.size));
      // Each word once per item; an item has a handful, so a scan costs less than a Set.
      if (seenNumbers.indexOf(n, first) === -1) seenNumbers.push(n);
    }
    itemStarts[id + 1] = seenNumbers.length;
  });
  const sorted = [...seen.keys()].sort();
  const renumber = new Int32Array(sorted.length);
  sorted.forEach((word, n) => (renumber[seen.get(word)!] = n));

  const postingStarts = new Int32Array(sorted.length + 1);
  for (const n of seenNumbers) postingStarts[renumber[n]! + 1]!++;
  for (let n = 0; n < sorted.length; n++) postingStarts[n + 1]! += postingStarts[n]!;
  const postings = new Int32Array(seenNumbers.length);
  const next = postingStarts.slice(0, sorted.length);
  for (let id = 0; id < wordsOfItems.length; id++) {
    for (let at = itemStarts[id]!; at < itemStarts[id + 1]!; at++) postings[next[renumber[seenNumbers[at]!]!]!++] = id;
  }
  return { sorted, postings, postingStarts };
}

/** Kept apart from the building so its functions hold on to the finished arrays only. */
function wordListOf(text: string, starts: Int32Array, postings: Int32Array, postingStarts: Int32Array): WordList {
  const count = starts.length - 1;
  const at = (n: number) => text.slice(starts[n], starts[n + 1]);
  const compare = (n: number, value: string) => {
    const from = starts[n]!;
    const length = starts[n + 1]! - from;
    for (let i = 0; i < length && i < value.length; i++) {
      const difference = text.charCodeAt(from + i) - value.charCodeAt(i);
      if (difference !== 0) return difference;
    }
    return length - value.length;
  };
  const hasPrefix = (n: number, prefix: string) =>
    starts[n + 1]! - starts[n]! >= prefix.length && text.startsWith(prefix, starts[n]);
  return {
    count,
    at,
    compare,
    lowerBound: (value) => firstWhere(0, count, (n) => compare(n, value) >= 0),
    prefixEnd: (prefix, start) => firstWhere(start, count, (n) => !hasPrefix(n, prefix)),
    postings,
    postingStarts,
  };
}

/** The first n in [low, high) where `holds` (false before it, true from it on), or `high`. */
function firstWhere(low: number, high: number, holds: (n: number) => boolean): number {
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (holds(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
