import type { CatalogIndex } from '../domain/catalog-index.js';
import type { EnrichedCompany, TitleEnrichment } from '../domain/enrichment.js';
import { normalizeName } from '../domain/normalize.js';
import type { Company, Title } from '../domain/types.js';

/** A company TMDB credits, with withk's record when the two are linked. */
export interface CreditedCompany {
  name: string;
  country?: string;
  company?: Company;
}

/** What TMDB adds to a title card, ready to render. */
export interface TitleCardEnrichment {
  data: TitleEnrichment;
  /** TMDB's Korean, Japanese and English names the title does not already carry. */
  extraNames: { lang: string; name: string }[];
  networks: CreditedCompany[];
  /** Production companies not already among the card's companies. */
  productionCompanies: CreditedCompany[];
}

/** The TMDB part of a title card, or undefined when the title is not enriched. */
export function titleCardEnrichment(
  index: CatalogIndex,
  title: Title,
  cardCompanies: readonly Company[],
): TitleCardEnrichment | undefined {
  if (title.tmdb?.status !== 'enriched') return undefined;
  const { data } = title.tmdb;
  const known = new Set([title.name, ...title.aliases, ...title.originalNames.map((o) => o.name)].map(normalizeName));
  const shown = new Set(cardCompanies.map((company) => company.id));
  const credit = (entry: EnrichedCompany): CreditedCompany => {
    const company = entry.companyId ? index.companies.get(entry.companyId) : undefined;
    return { name: company?.name ?? entry.name, country: company?.country ?? entry.country, company };
  };
  return {
    data,
    extraNames: data.names.filter((entry) => !known.has(normalizeName(entry.name))),
    networks: data.networks.map(credit),
    productionCompanies: data.productionCompanies
      .filter((entry) => !entry.companyId || !shown.has(entry.companyId))
      .map(credit),
  };
}
