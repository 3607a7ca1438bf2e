/**
 * A 32-bit hash of `text` without its code units [skipFrom, skipTo) (FNV-1a over UTF-16 code units), so a
 * word's one-letter deletions are hashed without building them: hashText('game', 1, 2) === hashText('gme').
 */
export function hashText(text: string, skipFrom = 0, skipTo = skipFrom): number {
  let hash = 0x811c9dc5;
  const before = Math.min(skipFrom, text.length);
  for (let i = 0; i < before; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  for (let i = Math.max(skipTo, before); i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export type HashText = typeof hashText;

/** Values filed under 32-bit hashes of their keys: a multimap in two typed arrays instead of a Map of arrays. */
export interface HashBuckets {
  /** The values filed under `hash`, in the order they were given. Keys that collide share a bucket: check them. */
  valuesOf(hash: number): Int32Array;
  readonly size: number;
}

/**
 * Files `values[i]` under `hashes[i]`. Takes both arrays over (they are sorted in place): a few bytes per value
 * where a Map of arrays costs a hundred, which matters for the hundreds of thousands of typo variants of a catalog.
 */
export function createHashBuckets(hashes: Uint32Array, values: Int32Array): HashBuckets {
  sortByHash(hashes, values);
  return {
    valuesOf(hash) {
      const start = lowerBound(hashes, hash);
      let end = start;
      while (end < hashes.length && hashes[end] === hash) end++;
      return values.subarray(start, end);
    },
    size: hashes.length,
  };
}

/** A stable radix sort on the two 16-bit halves: linear, and values under one hash keep their order. */
function sortByHash(hashes: Uint32Array, values: Int32Array): void {
  const [spareHashes, spareValues] = [new Uint32Array(hashes.length), new Int32Array(values.length)];
  sortByDigit(hashes, values, spareHashes, spareValues, 0);
  sortByDigit(spareHashes, spareValues, hashes, values, 16);
}

/** One counting-sort pass on the 16 bits of the hash from `shift`, from the first arrays into the others. */
function sortByDigit(
  hashes: Uint32Array,
  values: Int32Array,
  toHashes: Uint32Array,
  toValues: Int32Array,
  shift: number,
) {
  const starts = new Int32Array(0x10001);
  for (const hash of hashes) starts[((hash >>> shift) & 0xffff) + 1]!++;
  for (let digit = 1; digit <= 0x10000; digit++) starts[digit]! += starts[digit - 1]!;
  for (let i = 0; i < hashes.length; i++) {
    const at = starts[(hashes[i]! >>> shift) & 0xffff]!++;
    toHashes[at] = hashes[i]!;
    toValues[at] = values[i]!;
  }
}

function lowerBound(sorted: Uint32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
