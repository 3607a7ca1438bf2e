import { z } from 'zod';
import { cleanTitle, compactToIsoDay } from './field-values.js';
import { excerpt, FormatError, type RowError } from './format-error.js';

/** A film as KOBIS describes it, from `searchMovieInfo` (full) or `searchMovieList` (directors, makers). */
export interface KobisFilm {
  movieCd: string;
  /** Korean title. */
  nameKo: string;
  nameEn?: string;
  /** Title in its original language, when KOBIS has it. */
  nameOriginal?: string;
  productionYear?: string;
  /** YYYY-MM-DD of the Korean release. */
  openDate?: string;
  /** KOBIS nation names in Korean ("한국", "일본"). */
  nations: string[];
  genres: string[];
  directors: { name: string; nameEn?: string }[];
  actors: { name: string; nameEn?: string; character?: string }[];
  /** `part` is KOBIS's Korean role name ("배급사"); list records name only production companies and no part. */
  companies: { code?: string; name: string; nameEn?: string; part?: string }[];
  /** Which API the record came from: a list record knows less (no actors, companies without parts). */
  detail: 'info' | 'list';
}

/** A parsed response or archive file. */
export interface KobisMoviesParse {
  shape: 'movie-info' | 'movie-list' | 'year-codes';
  films: KobisFilm[];
  /** Film codes listed without records (a codes-only year file): fetching them needs an API key. */
  codesOnly: string[];
  /** List totals, for paging (`totCnt`). */
  total?: number;
  /** `line` is the item's 1-based position in the list. */
  errors: RowError[];
}

/** A KOBIS API fault (`faultInfo`): the whole answer is refused. `quota` tells a spent daily key. */
export class KobisFaultError extends FormatError {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
  get quota(): boolean {
    return /초과|한도|limit|quota/i.test(this.message);
  }
}

const text = z.string().transform(cleanTitle);
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value ? cleanTitle(value) || undefined : undefined));
const person = z.object({ peopleNm: text.pipe(z.string().min(1)), peopleNmEn: optionalText, cast: optionalText });
const company = z.object({
  companyCd: optionalText,
  companyNm: text.pipe(z.string().min(1)),
  companyNmEn: optionalText,
  companyPartNm: optionalText,
});
const film = z.object({
  movieCd: z.string().trim().regex(/^\w+$/, 'expected a film code'),
  movieNm: text.pipe(z.string().min(1, 'movieNm is empty')),
  movieNmEn: optionalText,
  movieNmOg: optionalText,
  prdtYear: optionalText,
  openDt: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || compactToIsoDay(value) !== undefined, 'openDt is not a YYYYMMDD date'),
  nations: z.array(z.object({ nationNm: text })).optional(),
  nationAlt: optionalText,
  genres: z.array(z.object({ genreNm: text })).optional(),
  genreAlt: optionalText,
  directors: z.array(person).default([]),
  actors: z.array(person).optional(),
  companys: z.array(company).default([]),
});

const faultSchema = z.object({ faultInfo: z.object({ message: z.string(), errorCode: z.string().optional() }) });
const infoSchema = z.object({ movieInfoResult: z.object({ movieInfo: z.unknown() }) });
const listSchema = z.object({
  movieListResult: z.object({ totCnt: z.coerce.number().optional(), movieList: z.array(z.unknown()) }),
});
const yearSchema = z.object({
  year: z.unknown(),
  totCnt: z.coerce.number().optional(),
  movieList: z.array(z.unknown()).optional(),
  movieCds: z.array(z.string()).optional(),
});

/**
 * Parses a KOBIS film response: `searchMovieInfo` (one film, with actors and each company's part),
 * `searchMovieList` (a page of films), or a per-year archive of list pages (`{year, movieList}`, or
 * `{year, movieCds}` with codes only). Items that fail validation become row errors; anything else (invalid
 * JSON, a KOBIS fault, another API's JSON) throws FormatError naming the problem.
 */
export function parseKobisMovies(body: string): KobisMoviesParse {
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    throw new FormatError(`Not KOBIS JSON: the body does not parse as JSON ("${excerpt(body)}").`);
  }
  const fault = faultSchema.safeParse(json);
  if (fault.success) {
    const { errorCode, message } = fault.data.faultInfo;
    throw new KobisFaultError(
      `KOBIS answered with an error${errorCode ? ` ${errorCode}` : ''}: ${excerpt(message)}`,
      errorCode,
    );
  }
  const info = infoSchema.safeParse(json);
  if (info.success) return readItems('movie-info', [info.data.movieInfoResult.movieInfo], 'info');
  const list = listSchema.safeParse(json);
  if (list.success)
    return {
      ...readItems('movie-list', list.data.movieListResult.movieList, 'list'),
      total: list.data.movieListResult.totCnt,
    };
  const year = yearSchema.safeParse(json);
  if (year.success && (year.data.movieList?.length || year.data.movieCds)) {
    const parsed = readItems(
      year.data.movieList?.length ? 'movie-list' : 'year-codes',
      year.data.movieList ?? [],
      'list',
    );
    const known = new Set(parsed.films.map((f) => f.movieCd));
    return {
      ...parsed,
      codesOnly: (year.data.movieCds ?? []).filter((code) => !known.has(code)),
      total: year.data.totCnt,
    };
  }
  throw new FormatError(`Not a KOBIS film response (searchMovieInfo or searchMovieList): ${describeShape(json)}.`);
}

function readItems(
  shape: KobisMoviesParse['shape'],
  items: readonly unknown[],
  detail: KobisFilm['detail'],
): KobisMoviesParse {
  const films: KobisFilm[] = [];
  const errors: RowError[] = [];
  items.forEach((item, i) => {
    const parsed = film.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push({ line: i + 1, reason: `film ${i + 1}: ${issue?.path.join('.') || 'item'}: ${issue?.message}` });
      return;
    }
    films.push(toFilm(parsed.data, detail));
  });
  return { shape, films, codesOnly: [], errors };
}

function toFilm(value: z.infer<typeof film>, detail: KobisFilm['detail']): KobisFilm {
  const split = (alt: string | undefined) =>
    alt
      ? alt
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : [];
  const result: KobisFilm = {
    movieCd: value.movieCd,
    nameKo: value.movieNm,
    nations: value.nations ? value.nations.map((n) => n.nationNm).filter(Boolean) : split(value.nationAlt),
    genres: value.genres ? value.genres.map((g) => g.genreNm).filter(Boolean) : split(value.genreAlt),
    directors: value.directors.map((d) =>
      withOptional<KobisFilm['directors'][number]>({ name: d.peopleNm }, { nameEn: d.peopleNmEn }),
    ),
    actors: (value.actors ?? []).map((a) =>
      withOptional<KobisFilm['actors'][number]>({ name: a.peopleNm }, { nameEn: a.peopleNmEn, character: a.cast }),
    ),
    companies: value.companys.map((c) =>
      withOptional<KobisFilm['companies'][number]>(
        { name: c.companyNm },
        { code: c.companyCd, nameEn: c.companyNmEn, part: c.companyPartNm },
      ),
    ),
    detail,
  };
  return withOptional(result, {
    nameEn: value.movieNmEn,
    nameOriginal: value.movieNmOg,
    productionYear: value.prdtYear && /^\d{4}$/.test(value.prdtYear) ? value.prdtYear : undefined,
    openDate: value.openDt ? compactToIsoDay(value.openDt.trim()) : undefined,
  });
}

/** Copies `extra`'s defined values onto `base`, so records carry no `undefined` keys. */
function withOptional<T extends object>(base: T, extra: Partial<T>): T {
  for (const [key, value] of Object.entries(extra))
    if (value !== undefined) (base as Record<string, unknown>)[key] = value;
  return base;
}

function describeShape(json: unknown): string {
  if (json === null || typeof json !== 'object') return `the body is ${excerpt(JSON.stringify(json) ?? String(json))}`;
  if (Array.isArray(json)) return 'the body is an array';
  const keys = Object.keys(json).slice(0, 5);
  return keys.length === 0 ? 'the body is an empty object' : `top-level keys are ${keys.join(', ')}`;
}
