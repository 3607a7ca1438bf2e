import { compactToIsoDay, isIsoDay } from './field-values.js';
import { FormatError } from './format-error.js';
import { parseKobisDaily, type KobisDailyParse } from './parse-kobis-daily.js';

/** The official KOBIS Open API endpoint for the daily box office. */
export const KOBIS_DAILY_ENDPOINT =
  'https://www.kobis.or.kr/kobisopenapi/webservice/rest/boxoffice/searchDailyBoxOfficeList.json';

/** KOBIS keys are rationed per day; a longer range is almost certainly a typo. */
export const MAX_KOBIS_DAYS = 366;

/** The official daily box-office URL for one day. It contains the key: never log it. */
export function kobisDailyUrl(apiKey: string, day: string): string {
  const params = new URLSearchParams({ key: apiKey, targetDt: day.replaceAll('-', '') });
  return `${KOBIS_DAILY_ENDPOINT}?${params}`;
}

/**
 * Fetches the KOBIS daily box office for every day from `from` to `to` (inclusive; YYYY-MM-DD or YYYYMMDD),
 * one request at a time, and parses each answer. Throws on an HTTP error, a KOBIS fault (e.g. a bad key) or
 * an answer for another day; error messages never contain the API key.
 */
export async function fetchKobisRange(
  apiKey: string,
  from: string,
  to: string,
  fetchImpl: typeof fetch = fetch,
): Promise<KobisDailyParse[]> {
  const hide = (text: string) => (apiKey ? text.replaceAll(apiKey, '***') : text);
  const days: KobisDailyParse[] = [];
  for (const day of listDays(from, to)) {
    let text: string;
    try {
      const response = await fetchImpl(kobisDailyUrl(apiKey, day));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      throw new Error(hide(`KOBIS daily box office for ${day} could not be fetched: ${(error as Error).message}`));
    }
    let parsed: KobisDailyParse;
    try {
      parsed = parseKobisDaily(text);
    } catch (error) {
      throw new FormatError(hide(`KOBIS daily box office for ${day}: ${(error as Error).message}`));
    }
    if (parsed.date !== day) throw new FormatError(`KOBIS answered with the list for ${parsed.date}, not ${day}.`);
    days.push(parsed);
  }
  return days;
}

/** Every day from `from` to `to`, inclusive, as YYYY-MM-DD. */
export function listDays(from: string, to: string): string[] {
  const start = toIsoDay(from);
  const end = toIsoDay(to);
  if (start > end) throw new Error(`The range starts (${start}) after it ends (${end}).`);
  const days: string[] = [];
  for (let time = Date.parse(`${start}T00:00:00Z`); ; time += 86_400_000) {
    const day = new Date(time).toISOString().slice(0, 10);
    if (day > end) break;
    days.push(day);
    if (days.length > MAX_KOBIS_DAYS) throw new Error(`The range is longer than ${MAX_KOBIS_DAYS} days.`);
  }
  return days;
}

function toIsoDay(text: string): string {
  const day = isIsoDay(text) ? text : compactToIsoDay(text);
  if (!day) throw new Error(`"${text}" is not a date (YYYY-MM-DD or YYYYMMDD).`);
  return day;
}
