import { applyTmdbLinks } from '../domain/apply-enrichment.js';
import type { TmdbLink, TmdbRef } from '../domain/enrichment.js';
import type { Title } from '../domain/types.js';
import type { Store } from '../store/store.js';
import { currentCatalog, publishCatalog } from './catalog.js';
import { changeCatalogExclusively } from './catalog-lock.js';
import type { TmdbSource } from './tmdb-source.js';

/**
 * Fetches the TMDB record a person chose for a title (e.g. one of an ambiguous title's candidates) and keeps it
 * pinned: later refreshes use it and never search again.
 */
export async function pinTmdbRecord(
  store: Store,
  options: { titleId: string; ref: TmdbRef; source: TmdbSource; clock: () => Date },
): Promise<TmdbLink> {
  const now = options.clock();
  const data = await options.source.details(options.ref, now);
  const link: TmdbLink = { status: 'enriched', checkedAt: now.toISOString(), data, pinned: true };
  await changeCatalogExclusively(store, () =>
    publishCatalog(store, applyTmdbLinks(currentCatalog(store), [{ titleId: options.titleId, link }])),
  );
  return link;
}

/** How the catalog stands: titles enriched, ambiguous (waiting for a person), not on TMDB, not tried yet. */
export function enrichmentCounts(store: Store): {
  titles: number;
  enriched: number;
  ambiguous: number;
  notFound: number;
} {
  const counts = { titles: 0, enriched: 0, ambiguous: 0, notFound: 0 };
  for (const title of store.catalog.current().catalog.titles) {
    counts.titles += 1;
    if (title.tmdb?.status === 'enriched') counts.enriched += 1;
    else if (title.tmdb?.status === 'ambiguous') counts.ambiguous += 1;
    else if (title.tmdb?.status === 'not-found') counts.notFound += 1;
  }
  return counts;
}

/** Titles TMDB could not decide between two or more records, with the candidates, for a person. */
export function ambiguousTitles(
  store: Store,
): { title: Title; candidates: Extract<TmdbLink, { status: 'ambiguous' }>['candidates'] }[] {
  return currentCatalog(store).titles.flatMap((title) =>
    title.tmdb?.status === 'ambiguous' ? [{ title, candidates: title.tmdb.candidates }] : [],
  );
}
