import { nationCode } from '../domain/kobis-nations.js';
import { createCompanyResolver, type CompanyResolver } from '../domain/resolve-company.js';
import { createTitleResolver, KOBIS_PUBLICATION } from '../domain/resolve-title.js';
import { scriptLanguage } from '../domain/script.js';
import type { Catalog, CastMember, CompanyCredit, CreditRole, SourceRef, Title } from '../domain/types.js';
import { isoDay, startSummary, type ApplyOptions, type ApplyResult } from './catalog-merge.js';
import type { KobisFilm } from './parse-kobis-movies.js';
import { finishRecordMerge } from './record-merge.js';

/** The SourceStatus this importer updates. */
export const KOBIS_MOVIES_SOURCE = { id: 'kobis-movies', name: 'KOBIS film records' } as const;

/** KOBIS's Korean company parts → credit roles. A list record's companies are its production companies. */
const ROLES: Record<string, CreditRole> = {
  제작사: 'production',
  공동제작사: 'co-production',
  배급사: 'distribution',
  수입사: 'import',
  제공: 'presenter',
  공동제공: 'co-presenter',
  해외세일즈사: 'overseas-sales',
  '가치봄 제작처': 'accessible-version',
};

/** Actors kept per film: the credited leads; KOBIS lists up to a hundred extras for some films. */
const MAX_CAST = 20;

/**
 * Merges KOBIS film records into a catalog without touching the input: each film becomes one title (matched by
 * KOBIS code, then by name: see resolveKobisFilm) with its Korean, English and original names, nations,
 * release date, directors, actors and company credits by role; companies are resolved to one record per real
 * company. A full record (`searchMovieInfo`) is never overwritten by a shorter list record. Applying the same
 * films again changes nothing and returns the same catalog object.
 */
export function applyKobisMovies(catalog: Catalog, films: readonly KobisFilm[], options: ApplyOptions): ApplyResult {
  const summary = startSummary(films.length, options.rowErrors);
  const titles = createTitleResolver(catalog.titles);
  const companies = createCompanyResolver(catalog.companies);
  const source: SourceRef = { publication: KOBIS_PUBLICATION, date: isoDay(options.now) };
  films.forEach((film, i) => {
    const { titleId, created } = titles.resolveKobisFilm({
      movieCd: film.movieCd,
      nameKo: film.nameKo,
      nameEn: film.nameEn,
      nameOriginal: film.nameOriginal,
      years: [film.productionYear, film.openDate?.slice(0, 4)].filter(Boolean).map(Number),
      date: source.date,
    });
    const before = titles.current(titleId);
    if (before.kobisRecord === 'info' && film.detail === 'list') {
      summary.unchanged += 1;
      return;
    }
    const credits = creditsOf(film, companies, source, (reason) =>
      summary.errors.push({ line: i + 1, reason: `film ${film.movieCd}: ${reason}` }),
    );
    const after = fillTitle(before, film, credits);
    if (sameJson(after, before)) {
      summary.unchanged += 1;
      return;
    }
    titles.update(titleId, () => after);
    summary[created ? 'added' : 'updated'] += 1;
  });
  return finishRecordMerge(catalog, { summary, titles, companies, latest: source.date }, KOBIS_MOVIES_SOURCE, options);
}

function creditsOf(
  film: KobisFilm,
  companies: CompanyResolver,
  source: SourceRef,
  report: (reason: string) => void,
): CompanyCredit[] {
  const credits: CompanyCredit[] = [];
  for (const company of film.companies) {
    const role = company.part === undefined ? 'production' : ROLES[company.part.replace(/\s+/g, ' ').trim()];
    if (!role) {
      report(`unknown company part "${company.part}" for ${company.name}; that credit was left out`);
      continue;
    }
    const { companyId } = companies.resolve({
      name: company.name,
      nameEn: company.nameEn,
      kobisCode: company.code,
      kind: role === 'distribution' || role === 'import' ? 'distributor' : 'production',
      country: 'KR',
      origin: 'kobis',
      source,
    });
    if (!credits.some((c) => c.companyId === companyId && c.role === role))
      credits.push({ companyId, role, source: KOBIS_MOVIES_SOURCE.id });
  }
  return credits;
}

/** The title with what the film record says; curated facts (names, cast, makers) are kept, never replaced. */
function fillTitle(title: Title, film: KobisFilm, credits: CompanyCredit[]): Title {
  const curated = title.origin === 'curated';
  const countries = film.nations.map(nationCode).filter((code): code is string => !!code);
  const korean = countries.includes('KR');
  const next: Title = {
    ...title,
    externalIds: { ...title.externalIds, kobisMovieCd: film.movieCd },
    kobisRecord: film.detail,
  };
  // A film first seen on a daily list is named in Korean; its record gives the English name to show.
  if (!curated && film.nameEn && title.name === film.nameKo) next.name = film.nameEn;
  let originalNames = title.originalNames.filter(
    (o) => curated || korean || !(o.lang === 'ko' && o.name === film.nameKo),
  );
  if (korean && !originalNames.some((o) => o.name === film.nameKo))
    originalNames = [...originalNames, { lang: 'ko', name: film.nameKo }];
  if (film.nameOriginal && !originalNames.some((o) => o.name === film.nameOriginal)) {
    originalNames = [...originalNames, { lang: scriptLanguage(film.nameOriginal) ?? 'und', name: film.nameOriginal }];
  }
  next.originalNames = originalNames;
  const known = new Set([next.name, ...originalNames.map((o) => o.name)]);
  next.aliases = [...title.aliases, film.nameKo, film.nameEn].filter(
    (name, i, all): name is string => !!name && !known.has(name) && all.indexOf(name) === i,
  );
  if (countries.length > 0 && (!curated || title.originCountries.length === 0)) next.originCountries = countries;
  if (film.openDate && (!curated || !title.releaseDate)) next.releaseDate = film.openDate;
  if (!curated || title.directors.length === 0) next.directors = film.directors.map(personName);
  if (film.actors.length > 0 && (!curated || title.cast.length === 0))
    next.cast = film.actors.slice(0, MAX_CAST).map(castMember);
  const others = (title.companyCredits ?? []).filter((credit) => credit.source !== KOBIS_MOVIES_SOURCE.id);
  if (credits.length > 0 || others.length > 0) next.companyCredits = [...others, ...credits];
  else delete next.companyCredits;
  if (!title.platforms.includes('Cinemas')) next.platforms = [...title.platforms, 'Cinemas'];
  return next;
}

/** "봉준호 (BONG Joon-ho)": the Korean name KOBIS files people under, with its English form when given. */
const personName = (person: { name: string; nameEn?: string }) =>
  person.nameEn && person.nameEn !== person.name ? `${person.name} (${person.nameEn})` : person.name;

function castMember(actor: KobisFilm['actors'][number]): CastMember {
  const member: CastMember = { name: personName(actor) };
  if (actor.character) member.character = actor.character;
  return member;
}

/** Deep equality of plain JSON values (what a title is), without stringifying both sides. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
