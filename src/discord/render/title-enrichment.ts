import type { TitleCard } from '../../services/titles.js';
import type { CreditedCompany } from '../../services/title-enrichment.js';
import { countryName, formatDate, plural, safe } from './format.js';

// The words TMDB's terms ask for wherever its data is shown.
export const TMDB_NOTICE = 'This product uses the TMDB API but is not endorsed or certified by TMDB.';

/** How many cast lines the card shows before pointing to the full list. */
export const TOP_BILLED = 8;

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The cast lines: curated roles first, then TMDB's billing with characters, without repeating a person. */
export function castLines({ title, tmdb }: TitleCard): string[] {
  const curated = title.cast.map((c) =>
    [`**${safe(c.name)}**`, c.role, c.character && safe(c.character)].filter(Boolean).join(' — '),
  );
  const fromTmdb = (tmdb?.data.cast ?? [])
    .filter((member) => !title.cast.some((c) => sameName(c.name, member.name)))
    .map((member) => `**${safe(member.name)}**${member.character ? ` as ${safe(member.character)}` : ''}`);
  return [...curated, ...fromTmdb];
}

/** The card's cast field: the top billed, then where the rest is. */
export function renderCastField(card: TitleCard): string {
  const lines = castLines(card);
  if (lines.length <= TOP_BILLED) return lines.join('\n');
  const more = lines.length - TOP_BILLED;
  const hint = `…and ${more} more: \`/title name:${card.title.name.replace(/`/g, "'")} full_cast:True\``;
  return [...lines.slice(0, TOP_BILLED), hint].join('\n');
}

/** Creators, directors and writers from the catalog and TMDB, each name once. */
export function creatorLines({ title, tmdb }: TitleCard): string[] {
  const merge = (...lists: string[][]) =>
    lists.flat().filter((name, i, all) => all.findIndex((other) => sameName(other, name)) === i);
  const line = (label: string, names: string[]) => (names.length ? `${label}: ${names.map(safe).join(', ')}` : '');
  return [
    line('Created by', tmdb?.data.creators ?? []),
    line('Director', merge(title.directors, tmdb?.data.directors ?? [])),
    line('Writer', merge(title.writers, tmdb?.data.writers ?? [])),
    title.productionNote ? safe(title.productionNote) : '',
  ].filter(Boolean);
}

const credited = (company: CreditedCompany) =>
  company.country ? `${safe(company.name)} (${countryName(company.country)})` : safe(company.name);

export const networkLine = ({ tmdb }: TitleCard) => (tmdb?.networks ?? []).map(credited).join(', ');

/** withk's companies with their kind, then TMDB's production companies with their country. */
export function companyLines({ companies, tmdb }: TitleCard): string[] {
  return [
    ...companies.map((c) => `${safe(c.name)} (${countryName(c.country)}, ${c.kind})`),
    ...(tmdb?.productionCompanies ?? []).map(credited),
  ];
}

/** "3 seasons · 22 episodes · ended", the latest seasons with their dates, and the next episode. */
export function seasonLines({ tmdb }: TitleCard, maxSeasons = 4): string[] {
  const data = tmdb?.data;
  if (!data || data.tmdb.kind !== 'tv' || data.seasons.length === 0) return [];
  const episodes = data.seasons.reduce((sum, season) => sum + season.episodes, 0);
  const summary = [
    plural(data.seasons.length, 'season'),
    episodes ? plural(episodes, 'episode') : '',
    data.status ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  const seasons = data.seasons.slice(-maxSeasons).map((season) => {
    const parts = [season.airDate ? formatDate(season.airDate) : 'date not announced'];
    if (season.episodes) parts.push(plural(season.episodes, 'episode'));
    return `${safe(season.name)}: ${parts.join(', ')}`;
  });
  const next = data.nextEpisode;
  const nextLine = next
    ? `Next: season ${next.season}, episode ${next.episode}${next.finale ? ' (finale)' : ''} on ${formatDate(next.airDate)}`
    : '';
  return [summary, ...seasons, nextLine].filter(Boolean);
}

/** Curated themes, then TMDB's keywords, once each. */
export function themeList({ title, tmdb }: TitleCard, maxKeywords = 10): string[] {
  const keywords = (tmdb?.data.keywords ?? []).slice(0, maxKeywords);
  return [...title.themes, ...keywords.filter((k) => !title.themes.some((t) => sameName(t, k)))].map(safe);
}

/** The footer's TMDB credit, when TMDB's data is on the card. */
export const tmdbCredit = ({ tmdb }: TitleCard) =>
  tmdb
    ? ` · Cast, crew, companies and seasons: TMDB, ${formatDate(tmdb.data.fetchedAt.slice(0, 10))}. ${TMDB_NOTICE}`
    : '';

/** The whole cast, for `/title full_cast:True`. */
export function renderFullCastText(card: TitleCard): string {
  const lines = castLines(card);
  return lines.length ? lines.join('\n') : 'withk knows no cast for this title yet.';
}
