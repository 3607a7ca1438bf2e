import { createCompanyLinker } from './company-link.js';
import type { EnrichedCompany, TmdbLink } from './enrichment.js';
import type { Catalog, Title } from './types.js';

/** The new TMDB link of one title, as an enrichment run found it. */
export interface TmdbLinkUpdate {
  titleId: string;
  link: TmdbLink;
}

/**
 * Puts enrichment results into a catalog without touching the input: each title's `tmdb` link is replaced whole
 * (never half a title), and TMDB's networks and production companies are linked to withk's companies by name
 * and alias. Titles the catalog no longer has are ignored. Returns the same catalog when nothing changed.
 */
export function applyTmdbLinks(catalog: Catalog, updates: readonly TmdbLinkUpdate[]): Catalog {
  if (updates.length === 0) return catalog;
  const linkCompany = createCompanyLinker(catalog.companies);
  const byTitle = new Map(updates.map((update) => [update.titleId, update.link]));
  let changed = false;
  const titles = catalog.titles.map((title): Title => {
    const link = byTitle.get(title.id);
    if (!link) return title;
    const next = link.status === 'enriched' ? withCompanyLinks(link, linkCompany) : link;
    if (JSON.stringify(next) === JSON.stringify(title.tmdb)) return title;
    changed = true;
    return { ...title, tmdb: next };
  });
  return changed ? { ...catalog, titles } : catalog;
}

function withCompanyLinks(
  link: Extract<TmdbLink, { status: 'enriched' }>,
  linkCompany: (name: string) => string | undefined,
): TmdbLink {
  const linkAll = (companies: EnrichedCompany[]) =>
    companies.map((company) => {
      const linked: EnrichedCompany = { ...company };
      delete linked.companyId;
      const companyId = linkCompany(company.name);
      return companyId ? { ...linked, companyId } : linked;
    });
  return {
    ...link,
    data: {
      ...link.data,
      networks: linkAll(link.data.networks),
      productionCompanies: linkAll(link.data.productionCompanies),
    },
  };
}
