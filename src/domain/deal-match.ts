import type { Deal, SourceRef } from './types.js';

/**
 * How a proposed deal relates to a known one:
 * - `duplicate`: it adds nothing (same parties, kind and month, no more precise date, no new source);
 * - `update`: the same deal with a more precise date or a new source, better saved as an update;
 * - `different`: another deal.
 * Deals about different titles are different even between the same parties in the same month.
 */
export type DealMatch = 'duplicate' | 'update' | 'different';

export function compareDeals(known: Deal, proposed: Deal): DealMatch {
  if (known.kind !== proposed.kind || !sameSet(known.partyIds, proposed.partyIds)) return 'different';
  if (known.titleIds.length && proposed.titleIds.length && !proposed.titleIds.some((id) => known.titleIds.includes(id)))
    return 'different';
  const newSource = !sameSource(known.source, proposed.source);
  const [a, b] = [known.date, proposed.date];
  if (b.length > a.length && b.startsWith(a)) return 'update';
  if (a === b || (a.length > b.length && a.startsWith(b))) return newSource ? 'update' : 'duplicate';
  // Two different days of one month: the same deal misdated, which is for a fix, not a second deal.
  if (a.length >= 7 && b.length >= 7 && a.slice(0, 7) === b.slice(0, 7)) return 'duplicate';
  return 'different';
}

/** The known deal a proposal duplicates or updates, duplicates first; retired deals are not in `known`. */
export function findDealMatch(
  known: Iterable<Deal>,
  proposed: Deal,
): { match: 'duplicate' | 'update'; deal: Deal } | undefined {
  let update: Deal | undefined;
  for (const deal of known) {
    const match = compareDeals(deal, proposed);
    if (match === 'duplicate') return { match, deal };
    if (match === 'update') update ??= deal;
  }
  return update && { match: 'update', deal: update };
}

/**
 * The known deal updated with what the proposal adds: the more precise date, the proposal's source, status and
 * summary, and the titles of both. Identity (id, parties, kind) and when the catalog first learned of it stay.
 */
export function mergeDealUpdate(known: Deal, proposed: Deal): Deal {
  const date = proposed.date.length > known.date.length ? proposed.date : known.date;
  return {
    ...known,
    date,
    status: proposed.status,
    summary: proposed.summary,
    titleIds: [...new Set([...known.titleIds, ...proposed.titleIds])],
    source: proposed.source,
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((item) => set.has(item));
}

/** A source is new when it has a URL the known one lacks or differs from. */
function sameSource(a: SourceRef, b: SourceRef): boolean {
  return b.url === undefined || a.url === b.url;
}
