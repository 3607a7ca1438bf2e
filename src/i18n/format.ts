// One module per function and locale: the 'date-fns' and 'date-fns/locale' indexes load every function and all
// ~100 locales, about 20 MB of resident memory the bot never uses.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { formatDuration } from 'date-fns/formatDuration';
import { intervalToDuration } from 'date-fns/intervalToDuration';
import { enGB } from 'date-fns/locale/en-GB';
import { ja } from 'date-fns/locale/ja';
import { ko } from 'date-fns/locale/ko';
import { parseISO } from 'date-fns/parseISO';
import type { Duration, Locale as DateFnsLocale } from 'date-fns';
import type { ChartCadence } from '../domain/types.js';
import { t, type Locale } from './index.js';

/**
 * How each language writes a date: date-fns patterns over date-fns's own locale data (month names come from the
 * locale, never from a table here). Korean and Japanese write the year first and shorten the *end* of a span
 * ("2025년 10월 13일~19일"), English writes the day first and shortens its *start* ("13–19 Oct 2025"), as
 * Intl.DateTimeFormat#formatRange does (tests/i18n/format.test.ts checks Korean against it).
 */
const DATES: Record<
  Locale,
  {
    locale: DateFnsLocale;
    day: string;
    month: string;
    dayMonth: string;
    dayOnly: string;
    yearFirst: boolean;
    to: string;
    spacedTo: string;
  }
> = {
  en: {
    locale: enGB,
    day: 'd MMM yyyy',
    month: 'MMM yyyy',
    dayMonth: 'd MMM',
    dayOnly: 'd',
    yearFirst: false,
    to: '–',
    spacedTo: ' – ',
  },
  ko: {
    locale: ko,
    day: 'PPP',
    month: 'y년 MMMM',
    dayMonth: 'MMMM d일',
    dayOnly: 'd일',
    yearFirst: true,
    to: '~',
    spacedTo: '~',
  },
  ja: {
    locale: ja,
    day: 'PPP',
    month: 'y年MMMM',
    dayMonth: 'MMMMd日',
    dayOnly: 'd日',
    yearFirst: true,
    to: '～',
    spacedTo: '～',
  },
};

// date-fns takes ~10 µs a date and answers repeat the same few periods, so each text is kept once made; the
// cache is dropped whole if it ever grows large (a process that has formatted every day of a century).
const memo = new Map<string, string>();
function remembered(id: string, make: () => string): string {
  let text = memo.get(id);
  if (text === undefined) {
    if (memo.size >= 100_000) memo.clear();
    memo.set(id, (text = make()));
  }
  return text;
}

/** "2025-10-19" → "19 Oct 2025" / "2025년 10월 19일" / "2025年10月19日"; "2025-05" → "May 2025" / "2025년 5월"; "2025" stays. */
export const formatDate = (locale: Locale, date: string): string =>
  remembered(`d${locale}${date}`, () => makeDate(locale, date));

function makeDate(locale: Locale, date: string): string {
  const style = DATES[locale];
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return format(parseISO(`${date}-01`), style.month, { locale: style.locale });
  return format(parseISO(date), style.day, { locale: style.locale });
}

/** Two days as one span: "13–19 Oct 2025", "29 Sep – 5 Oct 2025", "2025년 10월 13일~19일", "2025年9月29日～10月5日". */
export const formatDateSpan = (locale: Locale, from: string, to: string): string =>
  remembered(`s${locale}${from}${to}`, () => makeSpan(locale, from, to));

function makeSpan(locale: Locale, from: string, to: string): string {
  if (from === to) return formatDate(locale, from);
  const style = DATES[locale];
  const [start, end] = [parseISO(from), parseISO(to)];
  const sameYear = start.getFullYear() === end.getFullYear();
  const sameMonth = sameYear && start.getMonth() === end.getMonth();
  const short = sameMonth ? style.dayOnly : sameYear ? style.dayMonth : style.day;
  const join = sameMonth ? style.to : style.spacedTo;
  const at = (date: Date, pattern: string) => format(date, pattern, { locale: style.locale });
  return style.yearFirst
    ? `${at(start, style.day)}${join}${at(end, short)}`
    : `${at(start, short)}${join}${at(end, style.day)}`;
}

/**
 * A chart period as people say it. Netflix weeks run Monday–Sunday and are stored by their Sunday:
 * "2025-10-19" → "week of 13–19 Oct 2025" / "2025년 10월 13일~19일 주간" / "2025年10月13日～19日の週".
 */
export function formatPeriod(locale: Locale, cadence: ChartCadence, period: string): string {
  if (cadence === 'day') return formatDate(locale, period);
  if (cadence === 'period') return t(locale, 'periods.asOf', { date: formatDate(locale, period) });
  return remembered(`w${locale}${period}`, () => {
    const start = format(addDays(parseISO(period), -6), 'yyyy-MM-dd');
    return t(locale, 'periods.week', { span: formatDateSpan(locale, start, period) });
  });
}

const COUNTS = new Map<Locale, Intl.NumberFormat>();
/** An exact count with the language's grouping: "1,234,567". */
export function formatCount(locale: Locale, n: number): string {
  let format = COUNTS.get(locale);
  if (!format) COUNTS.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

const compactEnglish = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
// The East Asian myriad units (10^4, 10^8, 10^12): Intl's compact notation gives "6.2억", not the "6억 1,990만"
// that Korean and Japanese readers see in the news.
const MYRIADS: Record<'ko' | 'ja', readonly string[]> = { ko: ['', '만', '억', '조'], ja: ['', '万', '億', '兆'] };
// Korean groups the digits within a unit (1,990만), Japanese news does not (1990万).
const MYRIAD_DIGITS = { ko: new Intl.NumberFormat('ko'), ja: new Intl.NumberFormat('ja', { useGrouping: false }) };

/**
 * Hours and views as each language rounds them: "619.9M" in English; "6억 1,990만" in Korean and "6億1990万" in
 * Japanese (the two largest myriad units, rounded). Below 10,000 (English: a million) the number is exact.
 */
export function formatLargeNumber(locale: Locale, n: number): string {
  if (locale === 'en') return n >= 1e6 ? compactEnglish.format(n) : formatCount(locale, n);
  const rounded = Math.round(n);
  if (rounded < 1e4) return formatCount(locale, rounded);
  const top = Math.min(3, Math.floor(Math.log10(rounded) / 4));
  const step = 10 ** (4 * (top - 1));
  let rest = Math.round(rounded / step) * step;
  const groups: string[] = [];
  const digits = MYRIAD_DIGITS[locale];
  for (let unit = Math.min(3, Math.floor(Math.log10(rest) / 4)); unit >= 0 && rest > 0; unit--) {
    const size = 10 ** (4 * unit);
    const amount = unit === 3 ? Math.floor(rest / size) : Math.floor(rest / size) % 1e4;
    if (amount > 0) groups.push(`${digits.format(amount)}${MYRIADS[locale][unit]}`);
    rest -= amount * size;
  }
  return groups.join(locale === 'ko' ? ' ' : '');
}

/** "South Korea" / "대한민국" / "韓国": region names from Intl, falling back to the code. */
export function countryName(locale: Locale, iso2: string): string {
  try {
    return regionNames(locale).of(iso2) ?? iso2;
  } catch {
    return iso2;
  }
}

const regions = new Map<Locale, Intl.DisplayNames>();
function regionNames(locale: Locale): Intl.DisplayNames {
  let names = regions.get(locale);
  if (!names) regions.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
  return names;
}

const DURATION_UNITS = ['years', 'months', 'days', 'hours', 'minutes'] as const satisfies readonly (keyof Duration)[];

/** A duration in its two largest units, in the reader's words: "3 days 4 hours", "3일 4시간"; under a minute says so. */
export function formatElapsed(locale: Locale, ms: number): string {
  if (ms < 60_000) return t(locale, 'about.lessThanAMinute');
  const duration = intervalToDuration({ start: 0, end: ms });
  const units = DURATION_UNITS.filter((unit) => duration[unit]).slice(0, 2);
  return formatDuration(duration, { format: [...units], locale: DATES[locale].locale });
}
