import type { Chart, ChartCadence } from '../../../domain/types.js';
import type { ViewingOrigin } from '../../../domain/viewing-origins.js';
import { t, toLocale, type Locale } from '../../../i18n/index.js';
import { categoryName } from '../../../i18n/names.js';

/** The languages pictures are labelled in: withk's languages. Every other Discord locale gets English. */
export type PictureLocale = Locale;

/** Discord's locale ("ko", "ja", "en-US", …) → the picture language. */
export const toPictureLocale = (locale: string | null | undefined): PictureLocale => toLocale(locale);

/** Every word a picture shows, from the message catalogs (`pictures.*`), in the shape the drawings read. */
export interface PictureWords {
  rankOverTime: string;
  best: string;
  more: (n: number) => string;
  source: string;
  dataTo: string;
  global: string;
  boxOffice: string;
  reported: string;
  season: (n: string) => string;
  weekOf: string;
  onChart: string;
  new: string;
  re: string;
  movers: string;
  climbers: string;
  fallers: string;
  shareOfViewing: string;
  hoursViewed: string;
  noPicture: string;
  otherViewing: string;
  engagementSource: string;
  originFirst: (origin: string) => string;
}

const WORDS = new Map<PictureLocale, PictureWords>();

/** The words of one language, looked up once. */
function wordsOf(locale: PictureLocale): PictureWords {
  let words = WORDS.get(locale);
  if (!words) {
    words = {
      rankOverTime: t(locale, 'pictures.rankOverTime'),
      best: t(locale, 'pictures.best'),
      more: (n) => t(locale, 'pictures.moreCharts', { count: n }),
      source: t(locale, 'pictures.source'),
      dataTo: t(locale, 'pictures.dataTo'),
      global: t(locale, 'chartNames.global'),
      boxOffice: t(locale, 'pictures.boxOffice'),
      reported: t(locale, 'pictures.reported'),
      season: (n) => t(locale, 'pictures.season', { number: n }),
      weekOf: t(locale, 'pictures.weekOf'),
      onChart: t(locale, 'pictures.onChart'),
      new: t(locale, 'pictures.new'),
      re: t(locale, 'pictures.re'),
      movers: t(locale, 'pictures.movers'),
      climbers: t(locale, 'pictures.climbers'),
      fallers: t(locale, 'pictures.fallers'),
      shareOfViewing: t(locale, 'pictures.shareOfViewing'),
      hoursViewed: t(locale, 'pictures.hoursViewed'),
      noPicture: t(locale, 'pictures.noPicture'),
      otherViewing: t(locale, 'pictures.otherViewing'),
      engagementSource: t(locale, 'pictures.engagementSource'),
      originFirst: (origin) => t(locale, 'pictures.originFirst', { origin }),
    };
    WORDS.set(locale, words);
  }
  return words;
}

/** The words, number and date formats of one picture language. */
export function pictureLabels(locale: PictureLocale) {
  const words = wordsOf(locale);
  const dateLocale = locale === 'en' ? 'en-GB' : locale;
  const utc = { timeZone: 'UTC' } as const;
  const fullDate = new Intl.DateTimeFormat(dateLocale, { ...utc, day: 'numeric', month: 'short', year: 'numeric' });
  const dayMonth = new Intl.DateTimeFormat(dateLocale, { ...utc, day: 'numeric', month: 'short' });
  const monthYear = new Intl.DateTimeFormat(dateLocale, { ...utc, month: 'short', year: 'numeric' });
  const month = new Intl.DateTimeFormat(dateLocale, { ...utc, month: 'short' });
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const numbers = new Intl.NumberFormat(dateLocale, { maximumFractionDigits: 1 });
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  return {
    locale,
    words,
    /** "#3" in English, "3위" in Korean, "3位" in Japanese. */
    rank: (rank: number) => t(locale, 'pictures.rank', { rank }),
    count: (n: number, cadence: ChartCadence) => t(locale, `pictures.count.${cadence}`, { count: n }),
    number: (n: number) => numbers.format(n),
    date: (date: string) => fullDate.format(day(date)),
    dayMonth: (date: string) => dayMonth.format(day(date)),
    monthYear: (date: string) => monthYear.format(day(date)),
    month: (date: string) => month.format(day(date)),
    country: (iso2: string) => regionName(regions, iso2),
    /** "13 Oct – 19 Oct 2025" for a Netflix week (stored by its Sunday), the date for a day. */
    period: (cadence: ChartCadence, period: string) => {
      if (cadence !== 'week') return fullDate.format(day(period));
      const start = new Date(day(period).getTime() - 6 * 86_400_000);
      return `${dayMonth.format(start)} – ${fullDate.format(day(period))}`;
    },
    /** A chart as a legend names it: "Japan · TV", "Global · TV (Non-English) · S2", "Korean box office". */
    chart: (chart: Chart, season?: string, withCategory = true) => {
      const base =
        chart.provider === 'kobis'
          ? words.boxOffice
          : chart.provider === 'netflix-top10'
            ? [
                chart.country ? regionName(regions, chart.country) : words.global,
                withCategory && chart.category ? categoryName(chart.category, locale) : '',
              ]
                .filter(Boolean)
                .join(' · ')
            : chart.name;
      return season ? `${base} · ${seasonName(words, season)}` : base;
    },
    category: (category: string) => categoryName(category, locale),
    /** "2024-H2" → "2024 H2" / "2024년 하반기" / "2024年下半期". */
    halfYear: (period: string) =>
      t(locale, period.endsWith('H1') ? 'halfYears.H1' : 'halfYears.H2', { year: period.slice(0, 4) }),
    origin: (origin: ViewingOrigin) => t(locale, `viewingOrigins.${origin}`),
    provider: (provider: Chart['provider']) =>
      provider === 'kobis' ? 'KOBIS' : provider === 'netflix-top10' ? 'Netflix Top 10' : words.reported,
  };
}

export type PictureLabels = ReturnType<typeof pictureLabels>;

function regionName(regions: Intl.DisplayNames, iso2: string): string {
  try {
    return regions.of(iso2) ?? iso2;
  } catch {
    return iso2;
  }
}

function seasonName(words: PictureWords, season: string): string {
  const number = /^season (\d+)$/i.exec(season.trim())?.[1];
  return number ? words.season(number) : season;
}
