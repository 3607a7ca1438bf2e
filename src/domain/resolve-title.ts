import { normalizeName, slugify } from './normalize.js';
import { eachInSlices, runSteps, type Steps } from './steps.js';
import { emptyTitleLists } from './title.js';
import type { RecordOrigin, Title } from './types.js';

/** The `source.publication` of titles created from Netflix Top 10 rows. */
export const NETFLIX_PUBLICATION = 'Netflix Top 10';
/** The `source.publication` of titles created from KOBIS rows. */
export const KOBIS_PUBLICATION = 'KOBIS (Korean Film Council)';

/** A Netflix Top 10 row's names. */
export interface NetflixLabel {
  showTitle: string;
  /** `season_title` as printed ("Squid Game: Season 2"); undefined for films. */
  seasonTitle?: string;
  /** film for the Films lists, series for the TV lists. */
  kind: 'film' | 'series';
  /** The chart period (YYYY-MM-DD) that names it: the source date of a title created from it. */
  date: string;
  /** Who a title created from this label is credited to; Netflix Top 10 unless said. */
  createdBy?: { origin: RecordOrigin; publication: string };
}

/** A KOBIS box-office row's names. KOBIS daily lists carry only the Korean title. */
export interface KobisLabel {
  name: string;
  movieCd: string;
  /** YYYY-MM-DD, when KOBIS knows it. */
  openDt?: string;
  date: string;
}

/** A KOBIS film record's names, for matching it to a title. */
export interface KobisFilmLabel {
  movieCd: string;
  nameKo: string;
  nameEn?: string;
  nameOriginal?: string;
  /** Production year and Korean release year: a name match must be within a year of one of them. */
  years: number[];
  date: string;
}

/** Which title a label belongs to. */
export interface TitleResolution {
  titleId: string;
  /** The season part of a season title ("Season 2"), for TV rows that have one. */
  season?: string;
  /** True only for the label that created the title. */
  created: boolean;
}

/** Resolves the labels of one import against the catalog's titles. Build one per import; it is not shared. */
export interface TitleResolver {
  resolveNetflix(label: NetflixLabel): TitleResolution;
  resolveKobis(label: KobisLabel): TitleResolution;
  /**
   * A KOBIS film record: by code, then by Korean name, then by English or original name (films without a
   * code, released within a year), else a new title. The caller fills in the record with `update`.
   */
  resolveKobisFilm(label: KobisFilmLabel): TitleResolution;
  /** The title as this import has it now. */
  current(id: string): Title;
  /** The kind of the titles a name already stands for, when they agree (a show and a film of one name do not). */
  knownKind(name: string): Title['kind'] | undefined;
  /** Changes a title (this import's copy), re-indexing its names. */
  update(id: string, change: (title: Title) => Title): void;
  /** The catalog's titles with this import's changes (the same array when there are none), new titles last. */
  titles(): Title[];
  /** Titles this import created. */
  readonly createdCount: number;
  /** Existing titles this import changed (a season label or a KOBIS code added). */
  readonly updatedCount: number;
}

const SEASON_SUFFIX =
  /^(.+?)\s*:\s*((?:season|part|volume|vol\.|series|chapter|book|collection)\s+\S+|limited series|시즌\s*\d+)\s*:?$/iu;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u;

/**
 * Splits a Netflix season title into show and season: with the row's show_title the known prefix is removed
 * ("DAHMER: Monster: The Jeffrey Dahmer Story" → "Monster: The Jeffrey Dahmer Story"); without it, only a
 * recognisable suffix is split off ("Squid Game: Season 2" → "Squid Game" + "Season 2"). A season title that
 * does not start with the show ("Stranger Things 4") is kept whole as the season.
 */
export function splitSeasonTitle(seasonTitle: string, showTitle?: string): { show: string; season: string } {
  const title = seasonTitle.trim();
  // Most titles (every film) have no colon, so nothing to split: skip the patterns.
  if (!title.includes(':')) return { show: showTitle?.trim() ?? title, season: title };
  const show = showTitle?.trim();
  if (show && title.length > show.length && title.startsWith(show) && title[show.length] === ':') {
    const season = title
      .slice(show.length + 1)
      .replace(/:\s*$/, '')
      .trim();
    if (season) return { show, season };
  }
  const match = show ? undefined : SEASON_SUFFIX.exec(title);
  if (match) return { show: match[1]!, season: match[2]! };
  return { show: show ?? title, season: title };
}

/**
 * Indexes the catalog's titles once (normalized name, alias and original name → ids; KOBIS code → id) and
 * resolves each label with exact normalized equality only: "Parasite" never merges into "Parasite in Love",
 * nor "Squid Game" into "Squid Game: The Challenge". A film never merges with a series of the same name.
 * KOBIS rows match by `externalIds.kobisMovieCd` first, then by Korean name (linking the code to the title).
 * Labels that match nothing create a Title (id from slugify, `-2`, `-3` on collision). Results are cached per
 * distinct label, so a 134,620-row import normalizes each name once.
 */
export function createTitleResolver(existing: readonly Title[]): TitleResolver {
  return runSteps(titleResolverSteps(existing));
}

/** Titles indexed between two steps: normalizing their names takes a few milliseconds. */
const TITLES_PER_STEP = 500;

/**
 * createTitleResolver in steps of bounded work (see Steps): indexing the existing titles is the long part, done a
 * slice at a time so an import in the running bot lets interactions in meanwhile.
 */
export function* titleResolverSteps(existing: readonly Title[]): Steps<TitleResolver> {
  const originals = new Map(existing.map((title) => [title.id, title]));
  const changed = new Map<string, Title>();
  const created = new Map<string, Title>();
  const usedIds = new Set(originals.keys());
  const byName = new Map<string, string[]>();
  const byKoreanName = new Map<string, string[]>();
  const byKobisCode = new Map<string, string>();
  // label → result, nested by kind, show/name and season/code: the parser shares these strings between rows,
  // so their hashes are cached, where a joined key would be a new string per row.
  const netflixCache = { film: new Map<string, Map<string, TitleResolution>>(), series: new Map() };
  const kobisCache = new Map<string, Map<string, TitleResolution>>();

  const folded = new Map<string, string>();
  const fold = (name: string) => {
    let key = folded.get(name);
    if (key === undefined) folded.set(name, (key = normalizeName(name)));
    return key;
  };
  const current = (id: string) => created.get(id) ?? changed.get(id) ?? originals.get(id)!;
  const index = (title: Title) => {
    const names = [title.name, ...title.aliases, ...title.originalNames.map((original) => original.name)];
    for (const name of names) add(byName, fold(name), title.id);
    const korean = [...title.originalNames.filter((original) => original.lang === 'ko').map((o) => o.name)];
    korean.push(...[title.name, ...title.aliases].filter((name) => HANGUL.test(name)));
    for (const name of korean) add(byKoreanName, fold(name), title.id);
    const code = title.externalIds.kobisMovieCd;
    if (code && !byKobisCode.has(code)) byKobisCode.set(code, title.id);
  };
  const update = (id: string, change: (title: Title) => Title) => {
    const next = change(current(id));
    if (next === current(id)) return;
    if (created.has(id)) created.set(id, next);
    else changed.set(id, next);
    index(next);
  };
  const create = (title: Omit<Title, 'id'>) => {
    const base = slugify(title.name);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    const full: Title = { id, ...title };
    created.set(id, full);
    index(full);
    return full;
  };
  yield;
  yield* eachInSlices(existing, TITLES_PER_STEP, index);

  function resolveNetflix(label: NetflixLabel): TitleResolution {
    const bySeason = nested(netflixCache[label.kind], label.showTitle);
    const cached = bySeason.get(label.seasonTitle ?? '');
    if (cached) return cached;
    const season = label.seasonTitle ? splitSeasonTitle(label.seasonTitle, label.showTitle).season : undefined;
    const found = (byName.get(fold(label.showTitle)) ?? []).find((id) => fits(current(id), label.kind));
    let titleId: string;
    if (found) {
      titleId = found;
      if (season && !current(found).seasons.includes(season)) {
        update(found, (title) => ({ ...title, seasons: [...title.seasons, season] }));
      }
    } else {
      titleId = create(netflixTitle(label, season)).id;
    }
    bySeason.set(label.seasonTitle ?? '', { titleId, season, created: false });
    return { titleId, season, created: !found };
  }

  function resolveKobis(label: KobisLabel): TitleResolution {
    const byLabel = nested(kobisCache, label.movieCd);
    const cached = byLabel.get(label.name);
    if (cached) return cached;
    let titleId = byKobisCode.get(label.movieCd);
    let isNew = false;
    if (!titleId) {
      titleId = (byKoreanName.get(fold(label.name)) ?? []).find((id) => {
        const title = current(id);
        return title.kind === 'film' && !title.externalIds.kobisMovieCd;
      });
      if (titleId) {
        const code = label.movieCd;
        update(titleId, (title) => ({ ...title, externalIds: { ...title.externalIds, kobisMovieCd: code } }));
        byKobisCode.set(code, titleId);
      } else {
        titleId = create(kobisTitle(label)).id;
        isNew = true;
      }
    }
    byLabel.set(label.name, { titleId, created: false });
    return { titleId, created: isNew };
  }

  function resolveKobisFilm(label: KobisFilmLabel): TitleResolution {
    const coded = byKobisCode.get(label.movieCd);
    if (coded) return { titleId: coded, created: false };
    const uncodedFilm = (id: string) => current(id).kind === 'film' && !current(id).externalIds.kobisMovieCd;
    const near = (id: string) => {
      const year = Number(current(id).releaseDate?.slice(0, 4));
      return !year || label.years.length === 0 || label.years.some((y) => Math.abs(y - year) <= 1);
    };
    const byKorean = (byKoreanName.get(fold(label.nameKo)) ?? []).find(uncodedFilm);
    const other = [label.nameEn, label.nameOriginal].filter((name): name is string => !!name);
    const byOther =
      byKorean ?? other.flatMap((name) => byName.get(fold(name)) ?? []).find((id) => uncodedFilm(id) && near(id));
    const code = label.movieCd;
    if (byOther) {
      update(byOther, (title) => ({ ...title, externalIds: { ...title.externalIds, kobisMovieCd: code } }));
      byKobisCode.set(code, byOther);
      return { titleId: byOther, created: false };
    }
    const title = create(kobisTitle({ name: label.nameKo, movieCd: code, date: label.date }));
    byKobisCode.set(code, title.id);
    return { titleId: title.id, created: true };
  }

  function knownKind(name: string): Title['kind'] | undefined {
    const kinds = new Set((byName.get(fold(name)) ?? []).map((id) => current(id).kind));
    return kinds.size === 1 ? [...kinds][0] : undefined;
  }

  return {
    resolveNetflix,
    resolveKobis,
    resolveKobisFilm,
    current,
    knownKind,
    update,
    titles: () =>
      changed.size === 0 && created.size === 0
        ? (existing as Title[])
        : [...existing.map((title) => changed.get(title.id) ?? title), ...created.values()],
    get createdCount() {
      return created.size;
    },
    get updatedCount() {
      return changed.size;
    },
  };
}

function nested<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  return inner;
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  if (!key) return;
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

function fits(title: Title, kind: 'film' | 'series'): boolean {
  return kind === 'film' ? title.kind === 'film' : title.kind !== 'film';
}

function netflixTitle(label: NetflixLabel, season: string | undefined): Omit<Title, 'id'> {
  const name = label.showTitle;
  return {
    ...emptyTitleLists(),
    name,
    kind: label.kind,
    originalNames: HANGUL.test(name) ? [{ lang: 'ko', name }] : [],
    platforms: ['Netflix'],
    seasons: season ? [season] : [],
    origin: label.createdBy?.origin ?? 'netflix-top10',
    source: { publication: label.createdBy?.publication ?? NETFLIX_PUBLICATION, date: label.date },
    asOf: label.date,
  };
}

function kobisTitle(label: KobisLabel): Omit<Title, 'id'> {
  return {
    ...emptyTitleLists(),
    name: label.name,
    kind: 'film',
    originalNames: [{ lang: 'ko', name: label.name }],
    platforms: ['Cinemas'],
    ...(label.openDt ? { releaseDate: label.openDt } : {}),
    externalIds: { kobisMovieCd: label.movieCd },
    origin: 'kobis',
    source: { publication: KOBIS_PUBLICATION, date: label.date },
    asOf: label.date,
  };
}
