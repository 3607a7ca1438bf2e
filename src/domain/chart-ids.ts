import { slugify } from './normalize.js';
import type { Chart } from './types.js';

/** Which Netflix Top 10 list a chart shows. */
export interface NetflixChartRef {
  list: 'global' | 'country' | 'most-popular';
  /** As Netflix prints it: "TV (Non-English)", "Films (English)", or "TV"/"Films" on country lists. */
  category: string;
  /** Country lists only. */
  country?: { iso2: string; name: string };
  /** Most-popular lists only: hours counted over the first 28 or 91 days. */
  windowDays?: 28 | 91;
}

/** The id of the KOBIS daily box-office chart. */
export const KOBIS_DAILY_CHART_ID = 'kobis-daily';

/**
 * The chart a Netflix Top 10 row belongs to, with a stable id and a display name:
 * global → `netflix-global-tv-non-english` "Netflix Top 10 · Global · TV (Non-English)";
 * country → `netflix-jp-tv` "Netflix Top 10 · Japan · TV";
 * most-popular → `netflix-most-popular-91d-films-english` "Netflix Top 10 · Most popular (first 91 days) · Films (English)".
 */
export function netflixChart(ref: NetflixChartRef): Chart {
  const category = slugify(ref.category);
  if (ref.list === 'country') {
    if (!ref.country) throw new Error('A Netflix country chart needs a country.');
    const iso2 = ref.country.iso2.toUpperCase();
    return {
      id: `netflix-${iso2.toLowerCase()}-${category}`,
      name: `Netflix Top 10 · ${ref.country.name} · ${ref.category}`,
      provider: 'netflix-top10',
      cadence: 'week',
      country: iso2,
      category: ref.category,
    };
  }
  if (ref.list === 'most-popular') {
    const days = ref.windowDays ?? 91;
    return {
      id: `netflix-most-popular-${days}d-${category}`,
      name: `Netflix Top 10 · Most popular (first ${days} days) · ${ref.category}`,
      provider: 'netflix-top10',
      cadence: 'period',
      category: ref.category,
    };
  }
  return {
    id: `netflix-global-${category}`,
    name: `Netflix Top 10 · Global · ${ref.category}`,
    provider: 'netflix-top10',
    cadence: 'week',
    category: ref.category,
  };
}

/** The KOBIS daily box-office chart (South Korea, admissions per day). */
export function kobisDailyChart(): Chart {
  return {
    id: KOBIS_DAILY_CHART_ID,
    name: 'Korean box office (daily)',
    provider: 'kobis',
    cadence: 'day',
    country: 'KR',
  };
}
