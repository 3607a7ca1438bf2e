import MiniSearch from 'minisearch';
import { normalizeName } from './normalize.js';

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
}

interface NamedItem {
  id: string;
  names: string[];
  /** Raises an item among near-equal matches (e.g. how often a title charted). */
  weight?: number;
}

const tokenize = (text: string) => normalizeName(text).split(' ').filter(Boolean);

/**
 * Builds a search index over names in every script once, at load. MiniSearch does prefix and fuzzy
 * matching on normalized tokens; an exact-name map puts whole-name matches first and answers look-ups in O(1).
 */
export function createNameIndex<T extends NamedItem>(items: readonly T[]): NameIndex<T> {
  const byId = new Map<string, T>();
  const byName = new Map<string, T[]>();
  for (const item of items) {
    byId.set(item.id, item);
    for (const name of new Set(item.names.map(normalizeName))) {
      if (!name) continue;
      const list = byName.get(name);
      if (list) list.push(item);
      else byName.set(name, [item]);
    }
  }
  const mini = new MiniSearch<{ id: string; names: string }>({
    fields: ['names'],
    tokenize,
    processTerm: (term) => term,
    searchOptions: { prefix: true, fuzzy: (term) => (term.length > 3 ? 0.2 : 0), combineWith: 'AND' },
  });
  mini.addAll(items.map((item) => ({ id: item.id, names: item.names.join(' \n ') })));

  const exact = (query: string) => byName.get(normalizeName(query)) ?? [];

  function search(query: string, limit: number): NameMatch<T>[] {
    const normalized = normalizeName(query);
    if (!normalized || limit <= 0) return [];
    const first = exact(query).map((item) => ({ item, matchedName: bestName(item, normalized), score: Infinity }));
    const seen = new Set(first.map((match) => match.item.id));
    let hits = mini.search(normalized);
    // A typo in one word should not sink the query: fall back to matching any word.
    if (hits.length === 0) hits = mini.search(normalized, { combineWith: 'OR' });
    const rest = hits
      .filter((hit) => !seen.has(hit.id as string))
      .map((hit) => {
        const item = byId.get(hit.id as string)!;
        const name = bestName(item, normalized);
        const startsWith = normalizeName(name).startsWith(normalized) ? 2 : 1;
        return { item, matchedName: name, score: hit.score * startsWith * (1 + Math.log1p(item.weight ?? 0) / 4) };
      })
      .sort((a, b) => b.score - a.score);
    return [...first, ...rest].slice(0, limit);
  }

  return { exact, search, size: items.length };
}

/** The name to show for a match: the one sharing the longest prefix with the query. */
function bestName(item: NamedItem, normalizedQuery: string): string {
  let best = item.names[0] ?? item.id;
  let bestLength = -1;
  for (const name of item.names) {
    const folded = normalizeName(name);
    let shared = 0;
    while (shared < folded.length && folded[shared] === normalizedQuery[shared]) shared++;
    if (shared > bestLength) [best, bestLength] = [name, shared];
  }
  return best;
}
