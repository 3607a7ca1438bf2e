import { formatTmdbRef } from '../../domain/tmdb-ref.js';
import type { Company, CreditRole } from '../../domain/types.js';
import { countryName, formatDate } from '../../i18n/format.js';
import { commandRef, optionName, t, type Locale } from '../../i18n/index.js';
import { displayCompanyName } from '../../i18n/names.js';
import type { TitleCard } from '../../services/titles.js';
import { safe } from './format.js';

// The words TMDB's terms ask for wherever its data is shown; kept as TMDB wrote them, in every language.
export const TMDB_NOTICE = 'This product uses the TMDB API but is not endorsed or certified by TMDB.';

/** How many cast lines the card shows before pointing to the full list. */
export const TOP_BILLED = 8;

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The cast lines: curated roles first, then TMDB's billing with characters, without repeating a person. */
export function castLines({ title, tmdb }: TitleCard, locale: Locale): string[] {
  const role = (value: string | undefined) =>
    value === 'lead' || value === 'supporting' ? t(locale, `castRoles.${value}`) : value && safe(value);
  const curated = title.cast.map((c) =>
    [`**${safe(c.name)}**`, role(c.role), c.character && safe(c.character)].filter(Boolean).join(' — '),
  );
  const fromTmdb = (tmdb?.data.cast ?? [])
    .filter((member) => !title.cast.some((c) => sameName(c.name, member.name)))
    .map((member) =>
      member.character
        ? t(locale, 'titleCard.castAs', { name: safe(member.name), character: safe(member.character) })
        : `**${safe(member.name)}**`,
    );
  return [...curated, ...fromTmdb];
}

/** The card's cast field: the top billed, then how to see the rest. */
export function renderCastField(card: TitleCard, locale: Locale): string {
  const lines = castLines(card, locale);
  if (lines.length <= TOP_BILLED) return lines.join('\n');
  const hint = t(locale, 'titleCard.castMore', {
    count: lines.length - TOP_BILLED,
    command: commandRef('title'),
    name: optionName(locale, 'title.options.name'),
    title: card.title.name.replace(/`/g, "'"),
    option: optionName(locale, 'title.options.full_cast'),
  });
  return [...lines.slice(0, TOP_BILLED), hint].join('\n');
}

/** Creators, directors and writers from the catalog and TMDB, each name once. */
export function creatorLines({ title, tmdb }: TitleCard, locale: Locale): string[] {
  const merge = (...lists: string[][]) =>
    lists.flat().filter((name, i, all) => all.findIndex((other) => sameName(other, name)) === i);
  const names = (list: string[]) => list.map(safe).join(t(locale, 'common.separator'));
  const creators = tmdb?.data.creators ?? [];
  const directors = merge(title.directors, tmdb?.data.directors ?? []);
  const writers = merge(title.writers, tmdb?.data.writers ?? []);
  return [
    creators.length ? t(locale, 'titleCard.createdBy', { names: names(creators) }) : '',
    directors.length ? t(locale, 'titleCard.directors', { names: names(directors) }) : '',
    writers.length ? t(locale, 'titleCard.writers', { names: names(writers) }) : '',
    title.productionNote ? safe(title.productionNote) : '',
  ].filter(Boolean);
}

/**
 * withk's companies with their kind, then every company credited by role ("Network: Netflix", "Production: Siren
 * Pictures, Firstman Studio"), from film records and TMDB alike, and TMDB's companies withk has no record of.
 */
export function companyLines({ companies, credits, tmdb }: TitleCard, locale: Locale): string[] {
  const company = (c: Company) =>
    t(locale, 'titleCard.company', {
      name: safe(displayCompanyName(c, locale)),
      country: countryName(locale, c.country),
      kind: t(locale, `companyKinds.${c.kind}`),
    });
  const byRole = new Map<CreditRole, string[]>();
  const add = (role: CreditRole, name: string) => {
    const names = byRole.get(role) ?? [];
    if (!names.includes(name)) byRole.set(role, [...names, name]);
  };
  for (const credit of credits) add(credit.role, safe(displayCompanyName(credit.company, locale)));
  for (const entry of tmdb?.unlinked ?? []) add(entry.role, safe(entry.name));
  const roleLines = [...byRole].map(([role, names]) =>
    t(locale, 'titleCard.credit', {
      role: t(locale, `creditedAs.${role}`),
      names: names.join(t(locale, 'common.separator')),
    }),
  );
  return [...companies.map(company), ...roleLines];
}

/** "3 seasons · 22 episodes · ended", the latest seasons with their dates, and the next episode. */
export function seasonLines({ tmdb }: TitleCard, locale: Locale, maxSeasons = 4): string[] {
  const data = tmdb?.data;
  if (!data || data.tmdb.kind !== 'tv' || data.seasons.length === 0) return [];
  const episodes = data.seasons.reduce((sum, season) => sum + season.episodes, 0);
  const summary = [
    t(locale, 'titleCard.seasonCount', { count: data.seasons.length }),
    episodes ? t(locale, 'titleCard.episodeCount', { count: episodes }) : '',
    data.status ? t(locale, `titleCard.statuses.${data.status}`) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const seasons = data.seasons.slice(-maxSeasons).map((season) => {
    const details = [
      season.airDate ? formatDate(locale, season.airDate) : t(locale, 'titleCard.dateNotAnnounced'),
      season.episodes ? t(locale, 'titleCard.episodeCount', { count: season.episodes }) : '',
    ].filter(Boolean);
    const name = /^Season \d+$/.test(season.name)
      ? t(locale, 'seasons.numbered', { number: season.number })
      : safe(season.name);
    return t(locale, 'titleCard.seasonLine', { season: name, details: details.join(t(locale, 'common.separator')) });
  });
  const next = data.nextEpisode;
  const nextLine = next
    ? t(locale, next.finale ? 'titleCard.nextFinale' : 'titleCard.nextEpisode', {
        season: next.season,
        episode: next.episode,
        date: formatDate(locale, next.airDate),
      })
    : '';
  return [summary, ...seasons, nextLine].filter(Boolean);
}

/** Curated themes, then TMDB's keywords, once each. */
export function themeList({ title, tmdb }: TitleCard, maxKeywords = 10): string[] {
  const keywords = (tmdb?.data.keywords ?? []).slice(0, maxKeywords);
  return [...title.themes, ...keywords.filter((k) => !title.themes.some((theme) => sameName(theme, k)))].map(safe);
}

/** For a title two TMDB records fit equally: the candidates, and how an editor chooses one. */
export function candidateLines({ tmdbCandidates }: TitleCard, locale: Locale): string[] {
  if (!tmdbCandidates?.length) return [];
  return [
    t(locale, 'titleCard.tmdbAmbiguous', {
      command: commandRef('curate', 'fix'),
      field: optionName(locale, 'curate.options.fix.options.field'),
    }),
    ...tmdbCandidates.map((candidate) =>
      t(locale, 'titleCard.tmdbCandidate', {
        ref: formatTmdbRef(candidate),
        name: [candidate.name, candidate.originalName, candidate.year]
          .filter((part, i, all) => part && all.indexOf(part) === i)
          .map((part) => safe(part!))
          .join(' · '),
      }),
    ),
  ];
}

/** The footer, with TMDB credited when its data is on the card. */
export function withTmdbCredit(footer: string, { tmdb }: TitleCard, locale: Locale): string {
  if (!tmdb) return footer;
  const date = formatDate(locale, tmdb.data.fetchedAt.slice(0, 10));
  return t(locale, 'titleCard.tmdbFooter', { footer, date, notice: TMDB_NOTICE });
}
