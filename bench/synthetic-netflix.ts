import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { createNameMaker, vocabularyOf, type NameMaker } from './names.js';
import { createRandom, type Random } from './random.js';

const GLOBAL_HEADER =
  'week\tcategory\tweekly_rank\tshow_title\tseason_title\tweekly_hours_viewed\truntime\tweekly_views\tcumulative_weeks_in_top_10';
const COUNTRY_HEADER =
  'country_name\tcountry_iso2\tweek\tcategory\tweekly_rank\tshow_title\tseason_title\tcumulative_weeks_in_top_10';
const GLOBAL_CATEGORIES = ['Films (English)', 'Films (Non-English)', 'TV (English)', 'TV (Non-English)'];
const DAY_MS = 86_400_000;

/** How many weeks and countries the files cover. */
export interface NetflixShape {
  globalWeeks: number;
  countryWeeks: number;
  countries: number;
  /** Weeks of the last country (the real file stops part-way through one). */
  lastCountryWeeks: number;
}

/** The real files' shape: 264 global weeks; 72 country weeks for 93 countries and 35 for one more (134,620 rows). */
export const REAL_SHAPE: NetflixShape = { globalWeeks: 264, countryWeeks: 72, countries: 94, lastCountryWeeks: 35 };
/** A few hundred rows, for smoke tests. */
export const TINY_SHAPE: NetflixShape = { globalWeeks: 8, countryWeeks: 4, countries: 5, lastCountryWeeks: 2 };
const LAST_WEEK = { global: '2026-07-19', country: '2022-11-13' };

interface Show {
  name: string;
  season?: string;
  /** Weeks it stays on its chart. */
  life: number;
  strength: number;
  runtime: number;
}

/**
 * Writes Netflix Top 10 files of the real files' shape (same headers, weeks, categories, countries, ranks and
 * about as many distinct titles), for machines without the shared data. Returns their paths.
 */
export async function writeSyntheticNetflixFiles(
  dir: string,
  shape = REAL_SHAPE,
  seed = 11,
): Promise<{ global: string; countries: string }> {
  const random = createRandom(seed);
  const names = createNameMaker(random, vocabularyOf([]), 2500);
  const globalFile = path.join(dir, 'all-weeks-global.tsv');
  const countriesFile = path.join(dir, 'all-weeks-countries.tsv');
  const globalCharts = new Map<string, Map<string, Show[]>>(); // week → category → top 10
  await writeLines(globalFile, GLOBAL_HEADER, function* () {
    for (const category of GLOBAL_CATEGORIES) {
      const chart = createChurn(random, names, category.startsWith('TV'), 3.4, 10);
      const weeksOn = new Map<Show, number>();
      for (const week of weeksEnding(LAST_WEEK.global, shape.globalWeeks)) {
        const top = chart.next();
        if (!globalCharts.has(week)) globalCharts.set(week, new Map());
        globalCharts.get(week)!.set(category, top);
        for (const [i, show] of top.entries()) {
          weeksOn.set(show, (weeksOn.get(show) ?? 0) + 1);
          const hours = Math.round(((2e7 / (i + 1)) * show.strength) / 100) * 100;
          const views = Math.round(hours / show.runtime / 100_000) * 100_000;
          yield [
            week,
            category,
            i + 1,
            show.name,
            seasonTitle(show),
            hours,
            show.runtime,
            views,
            weeksOn.get(show),
          ].join('\t');
        }
      }
    }
  });
  const countries = pickCountries(shape.countries);
  // Local hits are shared by a region's countries, as they are in the real lists.
  const regions = new Map<string, ReturnType<typeof createChurn>>();
  const localCharts = new Map<string, Show[]>();
  const localTop = (region: number, category: string, week: string) => {
    const key = `${region}/${category}`;
    if (!regions.has(key)) regions.set(key, createChurn(random, names, category === 'TV', 2.5, 3));
    const cached = localCharts.get(`${key}/${week}`);
    if (cached) return cached;
    const top = regions.get(key)!.next().slice(0, 3);
    localCharts.set(`${key}/${week}`, top);
    return top;
  };
  await writeLines(countriesFile, COUNTRY_HEADER, function* () {
    for (const [c, country] of countries.entries()) {
      const weeks = weeksEnding(
        LAST_WEEK.country,
        c === countries.length - 1 ? shape.lastCountryWeeks : shape.countryWeeks,
      );
      for (const category of ['Films', 'TV']) {
        const weeksOn = new Map<Show, number>();
        for (const week of weeks) {
          const pool = GLOBAL_CATEGORIES.filter((name) => name.startsWith(category)).flatMap(
            (name) => globalCharts.get(week)?.get(name) ?? [],
          );
          const local = localTop(c % 12, category, week).filter(() => random.chance(0.7));
          const top = [...new Set([...local, ...pool.filter(() => random.chance(0.6))])].slice(0, 10);
          for (const show of pool) if (top.length < 10 && !top.includes(show)) top.push(show);
          for (const [i, show] of top.entries()) {
            weeksOn.set(show, (weeksOn.get(show) ?? 0) + 1);
            yield [
              country.name,
              country.iso2,
              week,
              category,
              i + 1,
              show.name,
              seasonTitle(show),
              weeksOn.get(show),
            ].join('\t');
          }
        }
      }
    }
  });
  return { global: globalFile, countries: countriesFile };
}

/** A chart's weekly turnover: about `entrants` new shows a week, each staying a few weeks, at least `minAlive` on. */
function createChurn(random: Random, names: NameMaker, series: boolean, entrants: number, minAlive: number) {
  let alive: Show[] = [];
  const make = (): Show => ({
    name: names.title(),
    season: series ? (random.chance(0.15) ? 'Limited Series' : `Season ${1 + random.int(3)}`) : undefined,
    life: 1 + Math.floor(-Math.log(1 - random.next()) * 3),
    strength: 0.3 + random.next(),
    runtime: series ? 4 + random.int(8) : 1.5 + random.int(3) / 2,
  });
  return {
    next(): Show[] {
      alive = alive.filter((show) => --show.life > 0);
      let count = Math.floor(entrants) + (random.chance(entrants % 1) ? 1 : 0);
      while (count-- > 0 || alive.length < minAlive) alive.push(make());
      return [...alive].sort((a, b) => b.strength - a.strength).slice(0, 10);
    },
  };
}

const seasonTitle = (show: Show) => (show.season ? `${show.name}: ${show.season}` : 'N/A');

/** `count` Sundays ending at `last`, oldest first. */
function weeksEnding(last: string, count: number): string[] {
  const end = Date.parse(last);
  return Array.from({ length: count }, (_, i) =>
    new Date(end - (count - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}

/** Real regions by their English names (from the runtime's own locale data), Korea, Japan and Vietnam first. */
function pickCountries(count: number): { iso2: string; name: string }[] {
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes = ['KR', 'JP', 'VN'];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
  const found = new Map<string, string>();
  for (const code of codes) {
    let name: string | undefined;
    try {
      name = display.of(code);
    } catch {
      name = undefined;
    }
    if (name && name !== code && !found.has(code)) found.set(code, name);
    if (found.size === count) break;
  }
  for (const code of codes) if (found.size < count && !found.has(code)) found.set(code, `Country ${code}`);
  return [...found].map(([iso2, name]) => ({ iso2, name }));
}

async function writeLines(file: string, header: string, lines: () => Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${header}\n`);
  for (const line of lines()) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
