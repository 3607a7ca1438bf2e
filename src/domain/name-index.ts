import { normalizeName } from './normalize.js';
import { createTokenIndex } from './token-index.js';

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
  /** Every name of an item, in any script: name, aliases, original names. */
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
  words: string[];
  score: number;
  /** Items it reaches, to pick the rarest word to start from. */
  reach: number;
}

/**
 * A search index over names in every script, built once at load: exact names in a map, words in a token index
 * for prefix and one-typo matching. A query starts from its rarest word and checks the others on each candidate,
 * so its work is bounded however large the catalog grows.
 */
export function createNameIndex<T>(items: readonly T[], source: NameSource<T>): NameIndex<T> {
  const names = items.map((item) => source.namesOf(item));
  const folded = names.map((list) => list.map(normalizeName));
  const itemWords = folded.map((list) => [...new Set(list.flatMap((name) => name.split(' ')).filter(Boolean))]);
  const weights = items.map((item) => source.weightOf?.(item) ?? 0);
  const byName = new Map<string, number[]>();
  folded.forEach((list, id) => {
    for (const name of new Set(list)) {
      if (!name) continue;
      const ids = byName.get(name);
      if (ids) ids.push(id);
      else byName.set(name, [id]);
    }
  });
  const tokens = createTokenIndex(itemWords);
  const exactIds = (normalized: string) => byName.get(normalized) ?? [];

  function matchWord(typed: string): WordMatch {
    const prefixed = tokens.wordsWithPrefix(typed, MAX_PREFIX_WORDS);
    const words = prefixed.length > 0 ? prefixed : tokens.wordsNear(typed);
    const score = prefixed.length === 0 ? 1 : prefixed[0] === typed ? 3 : 2;
    return { typed, words, score, reach: words.reduce((sum, word) => sum + tokens.itemsWith(word).length, 0) };
  }

  /** Whether item `id` has a word that `match` stands for. */
  function hasWord(id: number, match: WordMatch): boolean {
    const words = itemWords[id]!;
    return match.score === 1
      ? words.some((word) => match.words.includes(word))
      : words.some((word) => word.startsWith(match.typed));
  }

  function collect(match: WordMatch, into: Map<number, number>, keep: (id: number) => boolean): void {
    for (const word of match.words) {
      for (const id of tokens.itemsWith(word)) {
        if (into.size >= MAX_CANDIDATES) return;
        if (!into.has(id) && keep(id)) into.set(id, 0);
      }
    }
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
    const candidates = new Map<number, number>();
    collect(rarest!, candidates, (id) => others.every((match) => hasWord(id, match)));
    if (candidates.size === 0) for (const match of matches) collect(match, candidates, () => true);
    const exact = new Set(exactIds(normalized));
    for (const id of exact) candidates.set(id, 0);
    const ranked = [...candidates.keys()].map((id) => ({
      id,
      score: exact.has(id)
        ? Infinity
        : rank(
            id,
            matches.reduce((sum, match) => sum + (hasWord(id, match) ? match.score : 0), 0),
            normalized,
          ),
    }));
    ranked.sort((a, b) => b.score - a.score);
    return ranked.slice(0, limit).map(({ id, score }) => ({
      item: items[id]!,
      matchedName: bestName(names[id]!, folded[id]!, normalized),
      score,
    }));
  }

  function rank(id: number, wordScore: number, normalized: string): number {
    const startsWith = folded[id]!.some((name) => name.startsWith(normalized)) ? 2 : 1;
    return wordScore * startsWith * (1 + Math.log1p(weights[id]!) / 4);
  }

  return {
    exact: (query) => exactIds(normalizeName(query)).map((id) => items[id]!),
    search,
    size: items.length,
    warm: tokens.warm,
  };
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
