import type { CatalogIndex } from '../domain/catalog-index.js';
import type { CandidateSummary } from '../domain/enrichment.js';
import { hasRankHistory, titleRankHistory, type RankHistory } from '../domain/rank-history.js';
import { summarizeTitleCharts, type TitleChartSummary } from '../domain/title-charts.js';
import type { Company, CreditRole, Deal, EngagementEntry, Title } from '../domain/types.js';
import type { Store } from '../store/store.js';
import { titleCardEnrichment, type TitleCardEnrichment } from './title-enrichment.js';

export interface TitleCard {
  title: Title;
  companies: Company[];
  /** Companies by their part in it, from film records. */
  credits: { company: Company; role: CreditRole }[];
  /** Netflix engagement lines, newest half-year first. */
  viewing: EngagementEntry[];
  deals: Deal[];
  charts: TitleChartSummary;
  /** What TMDB adds (cast with characters, creators, networks, seasons…), when the title is enriched. */
  tmdb?: TitleCardEnrichment;
  /** TMDB records that fit the title equally well, waiting for an editor to choose. */
  tmdbCandidates?: CandidateSummary[];
}

export type TitleLookup = { found: true; card: TitleCard } | { found: false; query: string; suggestions: string[] };

/**
 * Finds a title by id (what autocomplete sends), or by any of its names, aliases or original names.
 * When nothing matches exactly, it returns up to three suggestions instead of guessing.
 */
export function lookUpTitle(store: Store, query: string): TitleLookup {
  const index = store.catalog.current();
  const trimmed = query.trim();
  const title = index.titles.get(trimmed) ?? index.titleNames.exact(trimmed)[0];
  if (title) return { found: true, card: titleCard(index, index.titles.get(title.id)!) };
  const suggestions = index.titleNames.search(trimmed, 3).map((match) => match.item.name);
  return { found: false, query: trimmed, suggestions };
}

function titleCard(index: CatalogIndex, title: Title): TitleCard {
  const companies = title.companyIds
    .map((id) => index.companies.get(id))
    .filter((company): company is Company => !!company);
  const card: TitleCard = {
    title,
    companies,
    credits: creditsOf(index, title, companies),
    viewing: index.engagementByTitle.get(title.id) ?? [],
    deals: index.dealsByTitle.get(title.id) ?? [],
    charts: summarizeTitleCharts(index, title.id),
  };
  const tmdb = titleCardEnrichment(title);
  if (tmdb) card.tmdb = tmdb;
  if (title.tmdb?.status === 'ambiguous' && title.tmdb.candidates.length) card.tmdbCandidates = title.tmdb.candidates;
  return card;
}

/**
 * The companies credited by role (film records, TMDB), each company once per role, leaving out the makers the
 * catalog already lists above them.
 */
function creditsOf(index: CatalogIndex, title: Title, shown: readonly Company[]): TitleCard['credits'] {
  const seen = new Set<string>();
  return (title.companyCredits ?? []).flatMap((credit) => {
    const company = index.companies.get(credit.companyId);
    const key = `${credit.role}\n${credit.companyId}`;
    if (!company || seen.has(key) || shown.includes(company)) return [];
    seen.add(key);
    return [{ company, role: credit.role }];
  });
}

/** Whether the title charted long enough (two periods on one chart) for a picture of its ranks over time. */
export const hasChartHistory = (store: Store, titleId: string): boolean =>
  hasRankHistory(store.catalog.current(), titleId);

/** A title's ranks over time on the charts where it did best. */
export const rankHistoryOf = (store: Store, titleId: string): RankHistory =>
  titleRankHistory(store.catalog.current(), titleId);

export interface Suggestion {
  title: Title;
  /** The name the query matched (an alias or original name, or the title's own name). */
  shown: string;
  /** What comes back in the option: the title id. */
  value: string;
}

/** Ranked title suggestions for autocomplete; an empty query lists the most charted titles. */
export function suggestTitles(store: Store, query: string, limit = 25): Suggestion[] {
  const index = store.catalog.current();
  const matches = query.trim()
    ? index.titleNames.search(query, limit).map((match) => ({ title: match.item, shown: match.matchedName }))
    : popularTitles(index, limit).map((title) => ({ title, shown: title.name }));
  return matches.map(({ title, shown }) => ({ title, shown, value: title.id }));
}

const popular = new WeakMap<CatalogIndex, Title[]>();

/** Curated titles first, then the most charted; computed once per catalog. */
function popularTitles(index: CatalogIndex, limit: number): Title[] {
  let list = popular.get(index);
  if (!list) {
    const weight = (title: Title) =>
      (title.origin === 'curated' ? 1e9 : 0) + (index.entriesByTitle.get(title.id)?.length ?? 0);
    // One pass keeping the best 25, not a sort of every title: this runs on the first empty query at any size.
    const best: { title: Title; weight: number }[] = [];
    for (const title of index.titles.values()) {
      const w = weight(title);
      if (best.length === 25 && w <= best[24]!.weight) continue;
      const at = best.findIndex((entry) => entry.weight < w);
      best.splice(at === -1 ? best.length : at, 0, { title, weight: w });
      if (best.length > 25) best.pop();
    }
    list = best.map((entry) => entry.title);
    popular.set(index, list);
  }
  return list.slice(0, limit);
}
