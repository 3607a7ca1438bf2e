import type { Chart, ChartCadence } from '../../../domain/types.js';

/** The languages pictures are labelled in. Every other Discord locale gets English. */
export type PictureLocale = 'en' | 'ko' | 'ja';

/** Discord's locale ("ko", "ja", "en-US", …) → the picture language. */
export function toPictureLocale(locale: string | null | undefined): PictureLocale {
  if (locale?.startsWith('ko')) return 'ko';
  if (locale?.startsWith('ja')) return 'ja';
  return 'en';
}

// Every word a picture shows, in one place per language, so the i18n catalogs can take them over whole.
// Plural-free on purpose: the numbers sit beside a unit that reads the same for 1 and many in ko/ja, and the
// English forms are chosen by the count in `count` below.
const WORDS = {
  en: {
    rankOverTime: 'Rank over time',
    best: 'best',
    more: (n: number) => `+${n} more chart${n === 1 ? '' : 's'}`,
    source: 'Source',
    dataTo: 'data to',
    global: 'Global',
    boxOffice: 'Korean box office',
    reported: 'as reported',
    season: (n: string) => `S${n}`,
    weekOf: 'week of',
    unit: { week: ['week', 'weeks'], day: ['day', 'days'], period: ['period', 'periods'] },
    onChart: 'on chart',
    new: 'NEW',
    re: 'RE',
    movers: 'Biggest movers',
    climbers: 'Climbers',
    fallers: 'Fallers',
    shareOfViewing: 'Share of viewing by origin',
    hoursViewed: 'Hours viewed',
    categories: {
      'TV (English)': 'TV (English)',
      'TV (Non-English)': 'TV (Non-English)',
      'Films (English)': 'Films (English)',
      'Films (Non-English)': 'Films (Non-English)',
      TV: 'TV',
      Films: 'Films',
    },
    noPicture: '(The picture could not be drawn this time; the answer is below as text.)',
  },
  ko: {
    rankOverTime: '순위 변화',
    best: '최고',
    more: (n: number) => `외 ${n}개 차트`,
    source: '출처',
    dataTo: '데이터 기준',
    global: '글로벌',
    boxOffice: '한국 박스오피스',
    reported: '보도 기준',
    season: (n: string) => `시즌 ${n}`,
    weekOf: '주간',
    unit: { week: ['주', '주'], day: ['일', '일'], period: ['회', '회'] },
    onChart: '차트인',
    new: 'NEW',
    re: 'RE',
    movers: '순위 급변동',
    climbers: '상승',
    fallers: '하락',
    shareOfViewing: '출신국별 시청 비중',
    hoursViewed: '시청 시간',
    categories: {
      'TV (English)': 'TV (영어)',
      'TV (Non-English)': 'TV (비영어)',
      'Films (English)': '영화 (영어)',
      'Films (Non-English)': '영화 (비영어)',
      TV: 'TV',
      Films: '영화',
    },
    noPicture: '(이번에는 그림을 그리지 못했습니다. 아래에 텍스트로 답합니다.)',
  },
  ja: {
    rankOverTime: '順位の推移',
    best: '最高',
    more: (n: number) => `他${n}チャート`,
    source: '出典',
    dataTo: 'データ',
    global: 'グローバル',
    boxOffice: '韓国興行収入',
    reported: '報道ベース',
    season: (n: string) => `シーズン${n}`,
    weekOf: '週',
    unit: { week: ['週', '週'], day: ['日', '日'], period: ['回', '回'] },
    onChart: 'ランクイン',
    new: 'NEW',
    re: 'RE',
    movers: '大きく動いた作品',
    climbers: '上昇',
    fallers: '下降',
    shareOfViewing: '制作国別の視聴シェア',
    hoursViewed: '視聴時間',
    categories: {
      'TV (English)': 'TV (英語)',
      'TV (Non-English)': 'TV (非英語)',
      'Films (English)': '映画 (英語)',
      'Films (Non-English)': '映画 (非英語)',
      TV: 'TV',
      Films: '映画',
    },
    noPicture: '(今回は図を描けませんでした。以下にテキストで答えます。)',
  },
} as const;

export type PictureWords = (typeof WORDS)[PictureLocale];

/** The words, number and date formats of one picture language. */
export function pictureLabels(locale: PictureLocale) {
  const words: PictureWords = WORDS[locale];
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
    rank: (rank: number) => (locale === 'ko' ? `${rank}위` : locale === 'ja' ? `${rank}位` : `#${rank}`),
    count: (n: number, cadence: ChartCadence) => {
      const [one, many] = words.unit[cadence];
      return locale === 'en' ? `${n} ${n === 1 ? one : many}` : `${n}${one}`;
    },
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
                withCategory ? categoryName(words, chart.category) : '',
              ]
                .filter(Boolean)
                .join(' · ')
            : chart.name;
      return season ? `${base} · ${seasonName(words, season)}` : base;
    },
    category: (category: string) => categoryName(words, category),
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

function categoryName(words: PictureWords, category: string | undefined): string {
  if (!category) return '';
  return (words.categories as Record<string, string>)[category] ?? category;
}

function seasonName(words: PictureWords, season: string): string {
  const number = /^season (\d+)$/i.exec(season.trim())?.[1];
  return number ? words.season(number) : season;
}
