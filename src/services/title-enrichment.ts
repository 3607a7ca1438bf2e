import type { TitleEnrichment } from '../domain/enrichment.js';
import { normalizeName } from '../domain/normalize.js';
import type { Title } from '../domain/types.js';

/** A company TMDB credits that withk has no record of (TMDB gave no country to create one with). */
export interface UnlinkedCompany {
  role: 'network' | 'production';
  name: string;
  country?: string;
}

/** What TMDB adds to a title card, ready to render. Its linked companies are among the card's credits. */
export interface TitleCardEnrichment {
  data: TitleEnrichment;
  /** TMDB's Korean, Japanese and English names the title does not already carry. */
  extraNames: { lang: string; name: string }[];
  unlinked: UnlinkedCompany[];
}

/** The TMDB part of a title card, or undefined when the title is not enriched. */
export function titleCardEnrichment(title: Title): TitleCardEnrichment | undefined {
  if (title.tmdb?.status !== 'enriched') return undefined;
  const { data } = title.tmdb;
  const known = new Set([title.name, ...title.aliases, ...title.originalNames.map((o) => o.name)].map(normalizeName));
  const unlinked = (role: UnlinkedCompany['role'], list: TitleEnrichment['networks']) =>
    list.filter((entry) => !entry.companyId).map((entry) => ({ role, name: entry.name, country: entry.country }));
  return {
    data,
    extraNames: data.names.filter((entry) => !known.has(normalizeName(entry.name))),
    unlinked: [...unlinked('network', data.networks), ...unlinked('production', data.productionCompanies)],
  };
}
