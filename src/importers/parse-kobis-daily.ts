import { z } from 'zod';
import { cleanTitle, compactToIsoDay, isIsoDay } from './field-values.js';
import { FormatError, excerpt, type RowError } from './format-error.js';

/** One film on a KOBIS daily box-office list. */
export interface KobisDailyRow {
  rank: number;
  movieCd: string;
  /** Korean title as KOBIS prints it (daily lists carry no English title). */
  movieNm: string;
  /** YYYY-MM-DD; undefined when KOBIS leaves it blank. */
  openDt?: string;
  /** Admissions that day (`audiCnt`). */
  audience: number;
  /** Admissions since release (`audiAcc`). */
  audienceTotal: number;
  /** Ticket sales that day in KRW (`salesAmt`). */
  sales: number;
  /** Places gained since the day before (`rankInten`; negative = fell). */
  rankChange: number;
  /** `rankOldAndNew` = NEW: first day on the list. */
  isNew: boolean;
}

/** One parsed day: its date, the valid rows, and one error per rejected item. */
export interface KobisDailyParse {
  /** The day the list covers, YYYY-MM-DD. */
  date: string;
  rows: KobisDailyRow[];
  /** `line` is the item's 1-based position in the list (JSON has no meaningful lines). */
  errors: RowError[];
}

const count = z.string().trim().regex(/^\d+$/, 'expected a whole number').transform(Number);
const signed = z
  .string()
  .trim()
  .regex(/^-?\d+$/, 'expected a whole number')
  .transform(Number);

const itemSchema = z.object({
  rank: count.pipe(z.number().int().positive()),
  rankInten: signed,
  rankOldAndNew: z.enum(['OLD', 'NEW']),
  movieCd: z.string().trim().min(1),
  movieNm: z.string().transform(cleanTitle).pipe(z.string().min(1, 'movieNm is empty')),
  openDt: z
    .string()
    .trim()
    .refine((text) => text === '' || isIsoDay(text), 'expected YYYY-MM-DD or blank'),
  salesAmt: count,
  audiCnt: count,
  audiAcc: count,
});

const compactDay = z.string().refine((text) => compactToIsoDay(text) !== undefined, 'expected a YYYYMMDD date');
const apiWrapper = z.object({
  boxOfficeResult: z.object({
    showRange: z.string().regex(/^\d{8}~\d{8}$/, 'expected YYYYMMDD~YYYYMMDD'),
    dailyBoxOfficeList: z.array(z.unknown()),
  }),
});
// A third-party archive format: { date, movies } where each movie is a KOBIS item plus extra fields.
const augmentedWrapper = z.object({ date: compactDay, movies: z.array(z.unknown()) });
const faultSchema = z.object({ faultInfo: z.object({ message: z.string(), errorCode: z.string().optional() }) });

/**
 * Parses a KOBIS `searchDailyBoxOfficeList` response (`{boxOfficeResult:{showRange, dailyBoxOfficeList}}`,
 * pretty or compact) or the augmented `{date, movies}` archive format. KOBIS writes every number as a string;
 * they come back as numbers. Items that fail validation become row errors. Throws FormatError, naming the
 * problem, for anything else: invalid JSON, a KOBIS API fault, a weekly list, another API's JSON.
 */
export function parseKobisDaily(text: string): KobisDailyParse {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new FormatError(`Not KOBIS JSON: the body does not parse as JSON ("${excerpt(text)}").`);
  }
  const { date, items } = unwrap(json);
  const rows: KobisDailyRow[] = [];
  const errors: RowError[] = [];
  items.forEach((item, i) => {
    const parsed = itemSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push({ line: i + 1, reason: `item ${i + 1}: ${issue?.path.join('.') || 'item'}: ${issue?.message}` });
      return;
    }
    const value = parsed.data;
    rows.push({
      rank: value.rank,
      movieCd: value.movieCd,
      movieNm: value.movieNm,
      ...(value.openDt ? { openDt: value.openDt } : {}),
      audience: value.audiCnt,
      audienceTotal: value.audiAcc,
      sales: value.salesAmt,
      rankChange: value.rankInten,
      isNew: value.rankOldAndNew === 'NEW',
    });
  });
  return { date, rows, errors };
}

function unwrap(json: unknown): { date: string; items: unknown[] } {
  const fault = faultSchema.safeParse(json);
  if (fault.success) {
    const { errorCode, message } = fault.data.faultInfo;
    throw new FormatError(`KOBIS answered with an error${errorCode ? ` ${errorCode}` : ''}: ${excerpt(message)}`);
  }
  const api = apiWrapper.safeParse(json);
  if (api.success) {
    const [from, to] = api.data.boxOfficeResult.showRange.split('~') as [string, string];
    const date = compactToIsoDay(from);
    if (!date || from !== to) {
      throw new FormatError(`Not a KOBIS daily list: showRange "${from}~${to}" is not a single day.`);
    }
    return { date, items: api.data.boxOfficeResult.dailyBoxOfficeList };
  }
  if (typeof json === 'object' && json !== null && 'boxOfficeResult' in json) {
    const issue = api.error.issues[0];
    throw new FormatError(`Not a KOBIS daily list: ${issue?.path.join('.')}: ${issue?.message}.`);
  }
  const augmented = augmentedWrapper.safeParse(json);
  if (augmented.success) return { date: compactToIsoDay(augmented.data.date)!, items: augmented.data.movies };
  throw new FormatError(`Not a KOBIS daily box-office response: ${describeShape(json)}.`);
}

function describeShape(json: unknown): string {
  if (json === null || typeof json !== 'object') return `the body is ${excerpt(JSON.stringify(json) ?? String(json))}`;
  if (Array.isArray(json)) return 'the body is an array';
  const keys = Object.keys(json).slice(0, 5);
  return keys.length === 0 ? 'the body is an empty object' : `top-level keys are ${keys.join(', ')}`;
}
