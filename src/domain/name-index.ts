import {
  hasName,
  hasNameStartingWith,
  hasWord,
  hasWordStartingWith,
  joinNames,
  namesIn,
  type FoldedNames,
} from './folded-names.js';
import { createHashBuckets, hashText, type HashBuckets } from './hash-buckets.js';
import { normalizeName } from './normalize.js';
import { eachInSlices, runSteps, type Steps } from './steps.js';
import { createTokenIndex, type TokenIndex } from './token-index.js';

export interface NameMatch<T> {
  item: T;
  /** The name that matched best, for display ("Bon Appetit, Your Majesty" alias). */
  matchedName: string;
  score: number;
}

export interface NameIndex<T> {
  /** Items whose name or alias equals the query once normalized. */
  exact(query: string): T[];
  /** Ranked matches: prefix and typo-tolerant, exact names first. */
  search(query: string, limit: number): NameMatch<T>[];
  readonly size: number;
  /** Builds every lazily built part now (see TokenIndex.warm). */
  warm(): void;
}

export interface NameSource<T> {
  /**
   * Every name of an item, in any script: name, aliases, original names. Asked again for the items a search
   * returns (the index keeps only their folded form), so it must give the same names every time.
   */
  namesOf(item: T): readonly string[];
  /** Raises an item among near-equal matches (e.g. how often a title charted). */
  weightOf?(item: T): number;
}

/** Words expanded per typed prefix: enough for any real name, bounded for "s" at 600,000 titles. */
const MAX_PREFIX_WORDS = 200;
/** Candidates ranked per query, bounded for the same reason (catalog order decides who is cut: curated titles first). */
const MAX_CANDIDATES = 500;

/** How one typed word matches: the indexed words it stands for, and how well (3 whole word, 2 prefix, 1 typo). */
interface WordMatch {
  typed: string;
  /** Numbers of the words in the token index. */
  words: number[];
  /** For a typo (score 1), those words themselves: an item matches when it has one of them. */
  near: string[];
  score: number;
  /** Items it reaches, to pick the rarest word to start from. */
  reach: number;
}

/**
 * A search index over names in every script, built once at load: exact names by hash, words in a token index
 * for prefix and one-typo matching. A query starts from its rarest word and checks the others on each candidate,
 * so its work is bounded however large the catalog grows. Per item it keeps one string of folded names and a
 * weight, not arrays of names and words: at 30,000 titles that is a few megabytes instead of fifty.
 */
export function createNameIndex<T>(items: readonly T[], source: NameSource<T>): NameIndex<T> {
  return runSteps(nameIndexSteps(items, source));
}

/** Items whose names are folded between two steps: a few milliseconds of work. */
const ITEMS_PER_STEP = 2_000;

/** createNameIndex in steps of bounded work (see Steps): folding 30,000 titles' names takes about 0.15 s. */
export function* nameIndexSteps<T>(items: readonly T[], source: NameSource<T>): Steps<NameIndex<T>> {
  const { folded, exactNames, tokens } = yield* indexNamesSteps(items, source);
  const boosts = new Float64Array(items.length);
  items.forEach((item, id) => (boosts[id] = 1 + Math.log1p(source.weightOf?.(item) ?? 0) / 4));

  function exactIds(normalized: string): number[] {
    const ids: number[] = [];
    // Names sharing the hash share the bucket: only ids whose names include this one count, each once.
    for (const id of exactNames.valuesOf(hashText(normalized))) {
      if (id !== ids.at(-1) && hasName(folded[id]!, normalized)) ids.push(id);
    }
    return ids;
  }

  function matchWord(typed: string): WordMatch {
    const { start, end } = tokens.prefixRange(typed);
    const prefixed = Array.from({ length: Math.min(end - start, MAX_PREFIX_WORDS) }, (_, i) => start + i);
    const words = prefixed.length > 0 ? prefixed : tokens.wordNumbersNear(typed);
    const score = prefixed.length === 0 ? 1 : tokens.wordAt(start) === typed ? 3 : 2;
    const reach = words.reduce((sum, word) => sum + tokens.itemCount(word), 0);
    return { typed, words, near: score === 1 ? words.map(tokens.wordAt) : [], score, reach };
  }

  /** Whether item `id` has a word that `match` stands for. */
  function hasMatch(id: number, match: WordMatch): boolean {
    const names = folded[id]!;
    return match.score === 1
      ? match.near.some((word) => hasWord(names, word))
      : hasWordStartingWith(names, match.typed);
  }

  // Which items a search has taken already, as the search's stamp per item: one array for the index's life
  // instead of a Map of up to 500 entries per keystroke (searches are synchronous, so they never overlap).
  const takenIn = new Uint32Array(items.length);
  let stamp = 0;

  /** Candidates in the order they were taken (the order equal scores keep). */
  function collect(match: WordMatch, into: number[], keep: (id: number) => boolean): void {
    const take = (id: number) => {
      if (into.length >= MAX_CANDIDATES) return false;
      if (takenIn[id] !== stamp && keep(id)) {
        takenIn[id] = stamp;
        into.push(id);
      }
      return true;
    };
    for (const word of match.words) if (!tokens.eachItemOf(word, take)) return;
  }

  function nextStamp(): void {
    if (stamp === 0xffffffff) {
      takenIn.fill(0);
      stamp = 0;
    }
    stamp++;
  }

  function search(query: string, limit: number): NameMatch<T>[] {
    const normalized = normalizeName(query);
    if (!normalized || limit <= 0) return [];
    const matches = normalized
      .split(' ')
      .map(matchWord)
      .sort((a, b) => a.reach - b.reach);
    const [rarest, ...others] = matches;
    // Every word must match (AND); when none does, any may (OR), so one typo too many does not sink the query.
    const candidates: number[] = [];
    nextStamp();
    collect(rarest!, candidates, (id) => others.every((match) => hasMatch(id, match)));
    if (candidates.length === 0) for (const match of matches) collect(match, candidates, () => true);
    const exact = new Set(exactIds(normalized));
    for (const id of exact) {
      if (takenIn[id] === stamp) continue;
      takenIn[id] = stamp;
      candidates.push(id);
    }
    const ids = Int32Array.from(candidates);
    const scores = Float64Array.from(ids, (id) =>
      exact.has(id) ? Infinity : rank(id, wordScore(id, matches), normalized),
    );
    return bestFirst(scores, limit).map((at) => {
      const id = ids[at]!;
      return {
        item: items[id]!,
        matchedName: bestName(source.namesOf(items[id]!), namesIn(folded[id]!), normalized),
        score: scores[at]!,
      };
    });
  }

  function wordScore(id: number, matches: readonly WordMatch[]): number {
    let sum = 0;
    for (const match of matches) if (hasMatch(id, match)) sum += match.score;
    return sum;
  }

  function rank(id: number, wordScore: number, normalized: string): number {
    const startsWith = hasNameStartingWith(folded[id]!, normalized) ? 2 : 1;
    return wordScore * startsWith * boosts[id]!;
  }

  return {
    exact: (query) => exactIds(normalizeName(query)).map((id) => items[id]!),
    search,
    size: items.length,
    warm: tokens.warm,
  };
}

/**
 * Folds every item's names once, in steps. Apart from nameIndexSteps so that its functions do not hold on to what is
 * only needed while building (the words of every item).
 */
function* indexNamesSteps<T>(
  items: readonly T[],
  source: NameSource<T>,
): Steps<{ folded: FoldedNames[]; exactNames: HashBuckets; tokens: TokenIndex }> {
  const nameHashes: number[] = [];
  const nameIds: number[] = [];
  const wordsOfItems: string[][] = [];
  const folded: FoldedNames[] = [];
  yield* eachInSlices(items, ITEMS_PER_STEP, (item, id) => {
    const names = source.namesOf(item).map(normalizeName);
    const words: string[] = [];
    for (const name of names) {
      if (!name) continue;
      // A name given twice files the item twice under one hash, next to each other: exactIds skips the repeat.
      nameHashes.push(hashText(name));
      nameIds.push(id);
      for (const word of name.split(' ')) if (word) words.push(word);
    }
    wordsOfItems.push(words);
    folded.push(joinNames(names));
  });
  yield;
  return {
    folded,
    exactNames: createHashBuckets(Uint32Array.from(nameHashes), Int32Array.from(nameIds)),
    tokens: createTokenIndex(wordsOfItems),
  };
}

/**
 * Positions of the `limit` highest scores, highest first, equal scores in their original order (as a stable sort
 * would give), without sorting or allocating for every candidate: up to 500 are scored, 25 are shown.
 */
function bestFirst(scores: Float64Array, limit: number): number[] {
  const top: number[] = [];
  for (let at = 0; at < scores.length; at++) {
    const score = scores[at]!;
    if (top.length === limit && score <= scores[top[limit - 1]!]!) continue;
    let place = top.length;
    while (place > 0 && scores[top[place - 1]!]! < score) place--;
    top.splice(place, 0, at);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** The name to show for a match: the one sharing the longest prefix with the query. */
function bestName(names: readonly string[], folded: readonly string[], normalizedQuery: string): string {
  let best = 0;
  let bestLength = -1;
  folded.forEach((name, i) => {
    let shared = 0;
    while (shared < name.length && name[shared] === normalizedQuery[shared]) shared++;
    if (shared > bestLength) [best, bestLength] = [i, shared];
  });
  return names[best] ?? '';
}
