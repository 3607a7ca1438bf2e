import { tzOffset } from '@date-fns/tz';

/** One autocomplete choice: `name` is the value to store, `label` what Discord shows (≤ 100 characters). */
export interface TimeZoneChoice {
  name: string;
  label: string;
}

/**
 * Zones that ICU (and so `Intl`) still lists under their old IANA spelling. Both spellings work everywhere;
 * this only decides which one we show and store. Names, not offsets: every rule comes from the runtime.
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** Shown for an empty query: where most of the bot's readers are, Korea first. */
export const COMMON_TIME_ZONES: readonly string[] = [
  'Asia/Seoul',
  'Asia/Tokyo',
  'UTC',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Toronto',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Moscow',
  'Africa/Cairo',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Singapore',
  'Asia/Manila',
  'Asia/Shanghai',
  'Asia/Taipei',
  'Australia/Sydney',
  'Pacific/Auckland',
];

const MAX_LABEL = 100;
const CACHE_LIMIT = 1_000;
const canonicalCache = new Map<string, string | undefined>();

/**
 * The zone's name as we store it, or undefined when it is not an IANA zone. Case-insensitive and alias-aware
 * ("asia/seoul" → "Asia/Seoul", "Asia/Calcutta" → "Asia/Kolkata", "US/Eastern" → "America/New_York",
 * "utc" and "Etc/UTC" → "UTC"). UTC offsets such as "+09:00" are refused: they ignore daylight saving.
 */
export function canonicalZone(name: string): string | undefined {
  const key = name.trim();
  if (canonicalCache.has(key)) return canonicalCache.get(key);
  let resolved: string | undefined;
  try {
    resolved = new Intl.DateTimeFormat('en-US', {
      timeZone: key,
    }).resolvedOptions().timeZone;
  } catch {
    resolved = undefined;
  }
  const canonical = key && resolved && /^[A-Za-z]/.test(resolved) ? currentName(resolved) : undefined;
  if (canonicalCache.size >= CACHE_LIMIT) canonicalCache.clear();
  canonicalCache.set(key, canonical);
  return canonical;
}

/** Whether `name` is an IANA time zone the runtime knows (any case or alias; see `canonicalZone`). */
export function isValidTimeZone(name: string): boolean {
  return canonicalZone(name) !== undefined;
}

/** "UTC+09:00", "UTC-03:30", "UTC+05:45": the zone's offset at `now`. */
export function formatUtcOffset(zone: string, now: Date): string {
  const offset = Math.round(tzOffset(zone, now));
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `UTC${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Autocomplete choices for a zone query, best first. Matches city and region names with spaces for
 * underscores and any case ("new york", "seoul", "buenos aires", "asia/se"), old spellings ("calcutta"),
 * and UTC offsets at `now` ("+9", "UTC+05:45", "gmt-3"). An empty query gives `COMMON_TIME_ZONES`.
 */
export function suggestTimeZones(query: string, now: Date, limit = 25): TimeZoneChoice[] {
  const folded = fold(query);
  const offset = parseOffsetQuery(query);
  let names: string[];
  if (!folded) names = [...COMMON_TIME_ZONES];
  else if (offset !== undefined) names = zonesAtOffset(offset, now);
  else names = rankByText(folded);
  return names.slice(0, Math.max(0, limit)).map((name) => ({ name, label: labelFor(name, now) }));
}

interface ZoneEntry {
  name: string;
  /** The zone's names (current and old spellings), folded: { full: "america new york", city: "new york" }. */
  keys: { full: string; city: string }[];
}

let zoneEntries: ZoneEntry[] | undefined;

function allZones(): ZoneEntry[] {
  if (zoneEntries) return zoneEntries;
  const byName = new Map<string, ZoneEntry>();
  for (const listed of ['UTC', ...Intl.supportedValuesOf('timeZone')]) {
    const name = currentName(listed);
    const entry = byName.get(name) ?? { name, keys: [] };
    for (const spelling of new Set([name, listed])) {
      entry.keys.push({
        full: fold(spelling),
        city: fold(spelling.slice(spelling.lastIndexOf('/') + 1)),
      });
    }
    byName.set(name, entry);
  }
  zoneEntries = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  return zoneEntries;
}

/** Zones whose offset at `now` is `offset` minutes, the common ones first. */
function zonesAtOffset(offset: number, now: Date): string[] {
  const matching = allZones()
    .filter((zone) => tzOffset(zone.name, now) === offset)
    .map((zone) => zone.name);
  const common = COMMON_TIME_ZONES.filter((name) => matching.includes(name));
  return [...common, ...matching.filter((name) => !common.includes(name))];
}

function rankByText(query: string): string[] {
  const ranked: { name: string; rank: number }[] = [];
  for (const entry of allZones()) {
    const rank = Math.min(...entry.keys.map((key) => rankKey(key, query)));
    if (rank < NO_MATCH) ranked.push({ name: entry.name, rank });
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name)).map((r) => r.name);
}

const NO_MATCH = 4;

/** 0 the city or full name, 1 it starts with the query, 2 one of its words does, 3 it contains it. */
function rankKey(key: { full: string; city: string }, query: string): number {
  if (key.city === query || key.full === query) return 0;
  if (key.city.startsWith(query) || key.full.startsWith(query)) return 1;
  if (` ${key.full}`.includes(` ${query}`)) return 2;
  return key.full.includes(query) ? 3 : NO_MATCH;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function parseOffsetQuery(query: string): number | undefined {
  const match = /^\s*(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*$/i.exec(query);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function currentName(name: string): string {
  return CURRENT_NAMES[name] ?? name;
}

function labelFor(name: string, now: Date): string {
  const label = `${name} (${formatUtcOffset(name, now)})`;
  return label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL - 1)}…`;
}
