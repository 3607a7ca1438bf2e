import type { EnrichedCompany, TitleEnrichment, TmdbLink } from './enrichment.js';
import { companyNameKeys, createCompanyResolver, type CompanyResolver } from './resolve-company.js';
import type { Catalog, Company, CompanyCredit, Title } from './types.js';

/** The new TMDB link of one title, as an enrichment run found it. */
export interface TmdbLinkUpdate {
  titleId: string;
  link: TmdbLink;
}

/** The source id of the company credits enrichment writes: they are replaced whole on every enrichment. */
export const TMDB_CREDIT_SOURCE = 'tmdb';

/**
 * Puts enrichment results into a catalog without touching the input: each title's `tmdb` link is replaced whole
 * (never half a title). TMDB's networks and production companies become withk companies, found by name and alias
 * (legal forms aside) or created with their country, and the title's company credits from TMDB (roles network and
 * production) are replaced by the new ones, so `/company` and `/deals` see the same company whatever the source.
 * Titles the catalog no longer has are ignored. Returns the same catalog when nothing changed.
 */
export function applyTmdbLinks(catalog: Catalog, updates: readonly TmdbLinkUpdate[]): Catalog {
  if (updates.length === 0) return catalog;
  const resolver = createCompanyResolver(catalog.companies);
  const findByName = createNameLookup(catalog.companies);
  const byTitle = new Map(updates.map((update) => [update.titleId, update.link]));
  let changed = false;
  const titles = catalog.titles.map((title): Title => {
    const link = byTitle.get(title.id);
    if (!link) return title;
    const next = link.status === 'enriched' ? { ...link, data: linkCompanies(link.data, resolver, findByName) } : link;
    const credits = withTmdbCredits(title.companyCredits, next.status === 'enriched' ? next.data : undefined);
    if (JSON.stringify(next) === JSON.stringify(title.tmdb) && sameCredits(credits, title.companyCredits)) return title;
    changed = true;
    const result: Title = { ...title, tmdb: next };
    if (credits.length) result.companyCredits = credits;
    else delete result.companyCredits;
    return result;
  });
  const companies = resolver.companies();
  if (!changed && companies === catalog.companies) return catalog;
  return { ...catalog, titles, companies };
}

/** Each company gets the id of withk's company: found or created (a company TMDB gives no country is only found). */
function linkCompanies(
  data: TitleEnrichment,
  resolver: CompanyResolver,
  findByName: (name: string) => string | undefined,
): TitleEnrichment {
  const source = { publication: 'TMDB', date: data.fetchedAt.slice(0, 10) };
  const link = (kind: 'network' | 'company') => (entry: EnrichedCompany) => {
    const linked: EnrichedCompany = { ...entry };
    delete linked.companyId;
    const companyId = entry.country
      ? resolver.resolve({
          name: entry.name,
          kind: kind === 'network' ? 'broadcaster' : 'production',
          country: entry.country,
          origin: 'tmdb',
          source: { ...source, url: `https://www.themoviedb.org/${kind}/${entry.tmdbId}` },
        }).companyId
      : findByName(entry.name);
    return companyId ? { ...linked, companyId } : linked;
  };
  return {
    ...data,
    networks: data.networks.map(link('network')),
    productionCompanies: data.productionCompanies.map(link('company')),
  };
}

/** The title's credits from other sources, then TMDB's: networks, then production companies, each once. */
function withTmdbCredits(
  credits: readonly CompanyCredit[] | undefined,
  data: TitleEnrichment | undefined,
): CompanyCredit[] {
  const kept = (credits ?? []).filter((credit) => credit.source !== TMDB_CREDIT_SOURCE);
  const added: CompanyCredit[] = [];
  const add = (role: CompanyCredit['role']) => (entry: EnrichedCompany) => {
    if (!entry.companyId || added.some((c) => c.companyId === entry.companyId && c.role === role)) return;
    added.push({ companyId: entry.companyId, role, source: TMDB_CREDIT_SOURCE });
  };
  data?.networks.forEach(add('network'));
  data?.productionCompanies.forEach(add('production'));
  return [...kept, ...added];
}

const sameCredits = (a: readonly CompanyCredit[], b: readonly CompanyCredit[] | undefined) =>
  JSON.stringify(a) === JSON.stringify(b ?? []);

/** Finds a company by any name key of its name or aliases; a key two companies share finds neither. */
function createNameLookup(companies: readonly Company[]): (name: string) => string | undefined {
  const byKey = new Map<string, string | null>();
  for (const company of companies) {
    for (const name of [company.name, ...company.aliases]) {
      for (const key of companyNameKeys(name)) {
        const known = byKey.get(key);
        byKey.set(key, known === undefined || known === company.id ? company.id : null);
      }
    }
  }
  return (name) =>
    companyNameKeys(name)
      .map((key) => byKey.get(key))
      .find((id): id is string => !!id);
}
