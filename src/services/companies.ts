import type { CatalogIndex } from '../domain/catalog-index.js';
import type { CompanyCreditLine } from '../domain/index-records.js';
import { isCrossBorder } from '../domain/kobis-nations.js';
import type { Company, CreditRole, Title } from '../domain/types.js';
import type { Store } from '../store/store.js';
import { findCompanyIn, listDealsIn, type DealLine } from './deals.js';

/** A company another one works with, and how often: titles credited to both, and deals they share. */
export interface Partner {
  company: Company;
  sharedTitles: number;
  sharedDeals: number;
}

/** Everything withk knows about one company. */
export interface CompanyProfile {
  company: Company;
  parent?: Company;
  subsidiaries: Company[];
  /** Titles it is credited on, newest release first (curated makers and film-record credits alike). */
  credits: CompanyCreditLine[];
  /** How many credits it has in each role. */
  roleCounts: Partial<Record<CreditRole, number>>;
  /** Credited titles made across borders (Korea and another country among their origins). */
  crossBorder: Title[];
  /** Top partners by shared titles plus shared deals. */
  partners: Partner[];
  /** Its curated deals and those of the companies it owns, newest first. */
  deals: DealLine[];
}

export type CompanyLookup =
  { found: true; profile: CompanyProfile } | { found: false; query: string; suggestions: string[] };

const MAX_PARTNERS = 8;
const profiles = new WeakMap<CatalogIndex, Map<string, CompanyProfile>>();

/**
 * A company's profile: what it is, who owns it and whom it owns, its credits by role, its most frequent
 * partners, and its deals. Found by id (autocomplete), name, alias or Korean legal name ("(주)씨제이이엔엠").
 * Computed once per catalog version and company.
 */
export function lookUpCompany(store: Store, query: string): CompanyLookup {
  const index = store.catalog.current();
  const company = findCompanyIn(index, query);
  if (!company)
    return {
      found: false,
      query: query.trim(),
      suggestions: index.companyNames.search(query, 3).map((m) => m.item.name),
    };
  let byId = profiles.get(index);
  if (!byId) profiles.set(index, (byId = new Map()));
  let profile = byId.get(company.id);
  if (!profile) byId.set(company.id, (profile = buildProfile(index, company)));
  return { found: true, profile };
}

function buildProfile(index: CatalogIndex, company: Company): CompanyProfile {
  const credits = index.creditsByCompany.get(company.id) ?? [];
  const roleCounts: Partial<Record<CreditRole, number>> = {};
  for (const credit of credits) roleCounts[credit.role] = (roleCounts[credit.role] ?? 0) + 1;
  const titles = [...new Map(credits.map((credit) => [credit.title.id, credit.title])).values()];
  const deals = listDealsIn(index, { company: company.id });
  return {
    company,
    parent: company.parentId ? index.companies.get(company.parentId) : undefined,
    subsidiaries: index.subsidiaries.get(company.id) ?? [],
    credits,
    roleCounts,
    crossBorder: titles.filter((title) => isCrossBorder(title.originCountries)),
    partners: rankPartners(index, company, titles, deals.found ? deals.lines : []),
    deals: deals.found ? deals.lines : [],
  };
}

function rankPartners(
  index: CatalogIndex,
  company: Company,
  titles: readonly Title[],
  deals: readonly DealLine[],
): Partner[] {
  const tally = new Map<string, Partner>();
  const bump = (id: string, field: 'sharedTitles' | 'sharedDeals') => {
    const other = index.companies.get(id);
    if (!other || id === company.id || other.parentId === company.id || company.parentId === id) return;
    let partner = tally.get(id);
    if (!partner) tally.set(id, (partner = { company: other, sharedTitles: 0, sharedDeals: 0 }));
    partner[field] += 1;
  };
  for (const title of titles) {
    // Whoever made the barrier-free screening version (가치봄) did not partner on the film itself.
    const credited = (title.companyCredits ?? [])
      .filter((credit) => credit.role !== 'accessible-version')
      .map((credit) => credit.companyId);
    const others = new Set([...title.companyIds, ...credited]);
    for (const id of others) bump(id, 'sharedTitles');
  }
  for (const line of deals) for (const partner of line.partners) bump(partner.id, 'sharedDeals');
  return [...tally.values()]
    .sort(
      (a, b) =>
        b.sharedTitles + b.sharedDeals - (a.sharedTitles + a.sharedDeals) ||
        a.company.name.localeCompare(b.company.name),
    )
    .slice(0, MAX_PARTNERS);
}
