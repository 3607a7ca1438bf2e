import { MAX_URL, ok, refuse, type Checked, type CurateOption } from './curation-problems.js';
import { normalizeName } from './normalize.js';
import type { SourceRef } from './types.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Text as an editor meant it: control, zero-width and direction characters removed (they hide what is stored),
 * runs of whitespace made one space, trimmed.
 */
export function cleanText(text: string): string {
  return (
    text
      // Exactly these invisible characters are what this removes.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Length as people count it: code points, so "기생충" is 3 and an emoji is 1. */
export const lengthOf = (text: string) => [...text].length;

/** Cleaned text of 1–`max` characters. */
export function checkText(text: string, option: CurateOption, max: number): Checked<string> {
  const clean = cleanText(text);
  if (!clean) return refuse({ code: 'empty', option });
  const length = lengthOf(clean);
  return length > max ? refuse({ code: 'too-long', option, length, max }) : ok(clean);
}

/** Text that search can find: it must keep at least one letter or digit once folded. */
export function checkSearchableName(text: string, option: CurateOption, max: number): Checked<string> {
  const checked = checkText(text, option, max);
  if (checked.ok && !normalizeName(checked.value))
    return refuse({ code: 'unsearchable', option, value: checked.value });
  return checked;
}

/**
 * A date as editors write it: `2025-05`, `2025-05-14` or `May 2025` (any English month name or its first three
 * letters). Returns YYYY-MM or YYYY-MM-DD; impossible days (2025-02-30) and years outside 1900–2099 are refused.
 */
export function parseCurationDate(text: string, option: CurateOption = 'date'): Checked<string> {
  const value = cleanText(text);
  const invalid = refuse<string>({ code: 'date-invalid', option, value: value.slice(0, 40) });
  let year: number;
  let month: number;
  let day: number | undefined;
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  const named = /^([a-z]+)\.? (\d{4})$/i.exec(value);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = iso[3] === undefined ? undefined : Number(iso[3]);
  } else if (named) {
    const word = named[1]!.toLowerCase();
    const index = MONTHS.findIndex((name) => name === word || (word.length === 3 && name.startsWith(word)));
    if (index < 0) return invalid;
    year = Number(named[2]);
    month = index + 1;
  } else {
    return invalid;
  }
  if (year < 1900 || year > 2099 || month < 1 || month > 12) return invalid;
  const yyyyMm = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ok(yyyyMm);
  // Day 0 of the next month is the last day of this one; UTC keeps local daylight saving out of it.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth ? ok(`${yyyyMm}-${String(day).padStart(2, '0')}`) : invalid;
}

/**
 * A source an editor cites: an http(s) URL with a host and no credentials. It is shown as its host (without
 * `www.`) and `today`, the day the editor read it (YYYY-MM-DD).
 */
export function parseSourceUrl(text: string, today: string): Checked<SourceRef> {
  const value = text.trim();
  const invalid = refuse<SourceRef>({ code: 'source-invalid', value: cleanText(value).slice(0, 80) });
  if (!value || value.length > MAX_URL || /\s/.test(value)) return invalid;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return invalid;
  }
  const host = url.hostname.replace(/^www\./, '');
  if (!/^https?:$/.test(url.protocol) || !host.includes('.') || url.username || url.password) return invalid;
  return ok({ publication: host, date: today, url: url.href });
}

/** "CJ ENM, TBS" → ["CJ ENM", "TBS"]; Korean and Japanese commas count too; empty parts are dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(/[,，、]/)
    .map(cleanText)
    .filter(Boolean);
}

/** A value picked from a fixed list, by its id or its label, in any case. */
export function pickChoice<T extends string>(
  text: string,
  choices: readonly T[],
  option: CurateOption,
  labelOf: (choice: T) => string = (choice) => choice,
): Checked<T> {
  const wanted = normalizeName(text);
  const found = choices.find((choice) => normalizeName(choice) === wanted || normalizeName(labelOf(choice)) === wanted);
  return found
    ? ok(found)
    : refuse({ code: 'choice-unknown', option, value: cleanText(text).slice(0, 40), choices: choices.map(labelOf) });
}

/** Two-letter ISO 3166 country codes, comma-separated ("kr, jp" → ["KR", "JP"]). */
export function parseCountries(text: string): Checked<string[]> {
  const codes = splitNames(text).map((code) => code.toUpperCase());
  const bad = codes.find((code) => !/^[A-Z]{2}$/.test(code));
  if (codes.length === 0 || bad !== undefined)
    return refuse({ code: 'country-invalid', value: bad ?? cleanText(text) });
  return ok([...new Set(codes)]);
}
