/**
 * Small, regex-free field readers for the hot path of the TSV parser (134,620 rows per country file): each
 * returns `undefined` for an empty cell and `NaN` for a malformed one, so callers can tell the two apart.
 */

/** A whole number ≥ 0 written with ASCII digits only ("" → undefined, "1.5" / "-1" / "1e3" → NaN). */
export function readCount(text: string): number | undefined {
  const length = text.length;
  if (length === 0) return undefined;
  if (length > 15) return Number.NaN;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** A finite decimal ≥ 0 ("" → undefined, "1.6667" → 1.6667, "abc" / "-2" → NaN). */
export function readDecimal(text: string): number | undefined {
  if (text.length === 0) return undefined;
  const first = text.charCodeAt(0);
  // Number() accepts " 12", "0x1f" and "Infinity"; insist on a leading digit or ".".
  if ((first < 48 || first > 57) && first !== 46) return Number.NaN;
  const value = Number(text);
  return Number.isFinite(value) ? value : Number.NaN;
}

/**
 * Invisible format characters that sneak into titles: zero-width space/joiners (U+200B–U+200D), bidi marks
 * (U+200E, U+200F), bidi embeddings/overrides (U+202A–U+202E), bidi isolates (U+2066–U+2069) and the BOM.
 * The global file has `Mrithyunjay` + U+200B.
 */
function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** A title as displayed: invisible marks removed and outer whitespace trimmed. Scans once; copies only if needed. */
export function cleanTitle(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x200b && isInvisible(text.charCodeAt(i))) {
      let kept = '';
      for (const char of text) if (!isInvisible(char.charCodeAt(0))) kept += char;
      return kept.trim();
    }
  }
  return text.trim();
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = readCount(text.slice(0, 4));
  const month = readCount(text.slice(5, 7));
  const day = readCount(text.slice(8, 10));
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Day of the week of a valid YYYY-MM-DD (0 = Sunday). */
export function weekdayOf(isoDay: string): number {
  return new Date(`${isoDay}T00:00:00Z`).getUTCDay();
}

/** `20250825` → `2025-08-25`, or undefined when it is not a real date. */
export function compactToIsoDay(compact: string): string | undefined {
  if (compact.length !== 8) return undefined;
  const iso = `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
  return isIsoDay(iso) ? iso : undefined;
}
