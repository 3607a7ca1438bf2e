/** The languages withk answers in. */
export type Locale = 'en' | 'ko' | 'ja';

/** The reader's language from Discord's locale ("ko", "ja", "en-US"…); English for everything else. */
export function localeOf(discordLocale: string | null | undefined): Locale {
  const base = discordLocale?.slice(0, 2);
  return base === 'ko' || base === 'ja' ? base : 'en';
}

const MYRIADS: Record<'ko' | 'ja', readonly string[]> = { ko: ['', '만', '억', '조'], ja: ['', '万', '億', '兆'] };
const english = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * A large number as readers of each language write it: "7.8B" / "78억" / "78億"; "619.9M" / "6억 1,990만" is
 * too long for a list, so Korean and Japanese keep one decimal of the largest myriad unit ("6.2억").
 */
export function formatCompact(locale: Locale, n: number): string {
  if (locale === 'en') return english.format(n);
  const units = MYRIADS[locale];
  let unit = 0;
  let value = n;
  while (value >= 10_000 && unit < units.length - 1) {
    value /= 10_000;
    unit += 1;
  }
  return `${Number(value.toFixed(value >= 100 ? 0 : 1)).toLocaleString(locale)}${units[unit]}`;
}

/** 0.0829 → "8.3%". */
export const formatShare = (locale: Locale, share: number) =>
  `${(share * 100).toLocaleString(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;

/** "2024-H2" → "2024 H2" / "2024년 하반기" / "2024年下半期". */
export function formatHalfYear(locale: Locale, period: string): string {
  const [year, half] = period.split('-');
  if (locale === 'ko') return `${year}년 ${half === 'H1' ? '상반기' : '하반기'}`;
  if (locale === 'ja') return `${year}年${half === 'H1' ? '上半期' : '下半期'}`;
  return `${year} ${half}`;
}
