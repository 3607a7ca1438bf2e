import type { Store } from '../store/store.js';
import type { CatalogIndex } from '../domain/catalog-index.js';
import { companyNameKeys } from '../domain/company-names.js';
import type { Company, Deal, DealKind, Title } from '../domain/types.js';

export interface DealLine {
  deal: Deal;
  /** The other parties, from the asking company's point of view. */
  partners: Company[];
  titles: Title[];
}

export interface DealsQuery {
  company: string;
  partner?: string;
  kind?: DealKind;
}

export type DealsResult =
  | { found: true; company: Company; partner?: Company; kind?: DealKind; lines: DealLine[] }
  | { found: false; role: 'company' | 'partner'; query: string; suggestions: string[] };

/**
 * A company's partnerships, newest first, including those of the companies it owns ("WBD" covers Warner Bros.
 * and HBO Max), optionally narrowed to one partner and one kind of deal.
 */
export function listDeals(store: Store, query: DealsQuery): DealsResult {
  return listDealsIn(store.catalog.current(), query);
}

/** listDeals over an index already in hand (a company profile lists the same deals). */
export function listDealsIn(index: CatalogIndex, query: DealsQuery): DealsResult {
  const company = findCompanyIn(index, query.company);
  if (!company) return notFound(index, 'company', query.company);
  const partner = query.partner?.trim() ? findCompanyIn(index, query.partner) : undefined;
  if (query.partner?.trim() && !partner) return notFound(index, 'partner', query.partner);

  const own = familyOf(index, company.id);
  const partnerFamily = partner ? familyOf(index, partner.id) : undefined;
  const seen = new Set<string>();
  const deals: Deal[] = [];
  for (const id of own) {
    for (const deal of index.dealsByCompany.get(id) ?? []) {
      if (seen.has(deal.id)) continue;
      seen.add(deal.id);
      if (query.kind && deal.kind !== query.kind) continue;
      if (partnerFamily && !deal.partyIds.some((party) => partnerFamily.has(party) && !own.has(party))) continue;
      deals.push(deal);
    }
  }
  deals.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const lines = deals.map((deal) => ({
    deal,
    partners: deal.partyIds
      .filter((id) => !own.has(id))
      .map((id) => index.companies.get(id))
      .filter((c): c is Company => !!c),
    titles: deal.titleIds.map((id) => index.titles.get(id)).filter((t): t is Title => !!t),
  }));
  return { found: true, company, partner, kind: query.kind, lines };
}

/** By id (autocomplete), or by name or alias, in any script, with or without a legal form ("(주)", "Co., Ltd."). */
export function findCompanyIn(index: CatalogIndex, query: string): Company | undefined {
  const trimmed = query.trim();
  const found =
    index.companies.get(trimmed) ??
    index.companyNames.exact(trimmed)[0] ??
    companyNameKeys(trimmed)
      .map((key) => index.companyNames.exact(key)[0])
      .find(Boolean);
  return found && index.companies.get(found.id);
}

/** Companies for autocomplete, with the name the query matched; an empty query lists the first few. */
export function suggestCompanies(
  store: Store,
  query: string,
  limit = 25,
): { company: Company; shown: string; value: string }[] {
  const index = store.catalog.current();
  const matches = query.trim()
    ? index.companyNames.search(query, limit).map((match) => ({ company: match.item, shown: match.matchedName }))
    : [...index.companies.values()].slice(0, limit).map((company) => ({ company, shown: company.name }));
  return matches.map(({ company, shown }) => ({ company, shown, value: company.id }));
}

/** A company and every company it owns, directly or not. */
function familyOf(index: CatalogIndex, companyId: string): Set<string> {
  const family = new Set([companyId]);
  for (const id of family) for (const child of index.subsidiaries.get(id) ?? []) family.add(child.id);
  return family;
}

function notFound(index: CatalogIndex, role: 'company' | 'partner', query: string): DealsResult {
  const suggestions = index.companyNames.search(query, 3).map((match) => match.item.name);
  return { found: false, role, query: query.trim(), suggestions };
}
