import { scriptLanguage } from '../domain/script.js';
import { isIsoDay } from './field-values.js';
import { FormatError, type RowError } from './format-error.js';
import { readXlsx, type CellValue, type XlsxSheet } from './xlsx/read-xlsx.js';

/** One title's line in a Netflix engagement report. */
export interface EngagementRow {
  /** The sheet row (1-based, as Excel shows it). */
  line: number;
  sheet: string;
  /** From the sheet (TV/Shows → series, Film/Movies → film); undefined in the one-sheet 2023 H1 report. */
  kind?: 'series' | 'film';
  /** The English title, season included ("Squid Game: Season 2"). */
  title: string;
  /** The original-script title after ` // ` ("오징어 게임: 시즌 2"). */
  originalTitle?: string;
  /** The language that script names (ko, ja, zh…), when it names one. */
  originalLanguage?: string;
  globallyAvailable?: boolean;
  /** YYYY-MM-DD; empty for licensed titles. */
  releaseDate?: string;
  hoursViewed: number;
  views?: number;
  /** Runtime in minutes ("7:10" → 430). */
  runtimeMinutes?: number;
}

/** A parsed report: its half-year, the valid rows and one error per rejected row. */
export interface EngagementParse {
  /** "2024-H2". */
  period: string;
  rows: EngagementRow[];
  /** `line` is the sheet row; the reason names the sheet. */
  errors: RowError[];
  sheets: string[];
}

const COLUMNS = {
  title: 'title',
  globallyAvailable: 'available globally?',
  releaseDate: 'release date',
  hoursViewed: 'hours viewed',
  runtime: 'runtime',
  views: 'views',
} as const;
type Column = keyof typeof COLUMNS;

const MONTHS = /\b(january|july)\s+to\s+(june|december)\s+(\d{4})\b/i;

/**
 * Parses a "What We Watched" engagement report (.xlsx bytes), in every layout Netflix has used: the header is
 * found by its names wherever it sits (row 6, from column B, so far), the half-year comes from the banner
 * ("Views from July to December 2024"), sheets are TV/Film, Shows/Movies or one Engagement sheet, and
 * release dates are text or Excel serial numbers. Throws FormatError when the bytes are not such a report.
 */
export function parseNetflixEngagement(bytes: Uint8Array): EngagementParse {
  const sheets = readXlsx(bytes);
  const period = findPeriod(sheets);
  const rows: EngagementRow[] = [];
  const errors: RowError[] = [];
  const used: string[] = [];
  for (const sheet of sheets) {
    const header = findHeader(sheet);
    if (!header) continue;
    used.push(sheet.name);
    const kind = /^(tv|shows?)$/i.test(sheet.name.trim())
      ? 'series'
      : /^(films?|movies?)$/i.test(sheet.name.trim())
        ? 'film'
        : undefined;
    for (let r = header.row + 1; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r]!;
      if (cells.every((cell) => cell === undefined || cell === '')) continue;
      const row = readRow(cells, header.columns, { line: r + 1, sheet: sheet.name, kind });
      if (typeof row === 'string') errors.push({ line: r + 1, reason: `sheet "${sheet.name}": ${row}` });
      else rows.push(row);
    }
  }
  if (used.length === 0) {
    throw new FormatError('Not a Netflix engagement report: no sheet has a "Title" and "Hours Viewed" header.');
  }
  return { period, rows, errors, sheets: used };
}

function findPeriod(sheets: readonly XlsxSheet[]): string {
  for (const sheet of sheets) {
    for (const cells of sheet.rows.slice(0, 8)) {
      for (const cell of cells) {
        const match = typeof cell === 'string' ? MONTHS.exec(cell) : null;
        if (match) return `${match[3]}-${match[1]!.toLowerCase() === 'january' ? 'H1' : 'H2'}`;
      }
    }
  }
  throw new FormatError(
    'Not a Netflix engagement report: no "January to June YYYY" or "July to December YYYY" banner names its half-year.',
  );
}

function findHeader(sheet: XlsxSheet): { row: number; columns: Map<Column, number> } | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, 20); r++) {
    const columns = new Map<Column, number>();
    sheet.rows[r]!.forEach((cell, c) => {
      const name = typeof cell === 'string' ? cell.trim().toLowerCase() : '';
      const column = (Object.keys(COLUMNS) as Column[]).find((key) => COLUMNS[key] === name);
      if (column) columns.set(column, c);
    });
    if (columns.has('title') && columns.has('hoursViewed')) return { row: r, columns };
  }
  return undefined;
}

function readRow(
  cells: readonly (CellValue | undefined)[],
  columns: Map<Column, number>,
  base: Pick<EngagementRow, 'line' | 'sheet' | 'kind'>,
): EngagementRow | string {
  const cell = (column: Column) => (columns.has(column) ? cells[columns.get(column)!] : undefined);
  const rawTitle = cell('title');
  if (typeof rawTitle !== 'string' && typeof rawTitle !== 'number') return 'the title is empty';
  const [english, original] = splitTitle(String(rawTitle));
  if (!english) return 'the title is empty';
  const hoursViewed = readNumber(cell('hoursViewed'));
  if (hoursViewed === undefined || Number.isNaN(hoursViewed))
    return `hours viewed "${String(cell('hoursViewed') ?? '')}" is not a number ≥ 0`;
  const views = readNumber(cell('views'));
  if (Number.isNaN(views)) return `views "${String(cell('views'))}" is not a number ≥ 0`;
  const runtimeMinutes = readRuntime(cell('runtime'));
  if (Number.isNaN(runtimeMinutes)) return `runtime "${String(cell('runtime'))}" is not H:MM`;
  const releaseDate = readDate(cell('releaseDate'));
  if (releaseDate === null) return `release date "${String(cell('releaseDate'))}" is not a date`;
  const available = cell('globallyAvailable');
  // No `delete` for a missing kind: deleting a property turns every row into a slow dictionary object.
  const row: EngagementRow =
    base.kind === undefined
      ? { line: base.line, sheet: base.sheet, title: english, hoursViewed }
      : { line: base.line, sheet: base.sheet, kind: base.kind, title: english, hoursViewed };
  if (original) row.originalTitle = original;
  // A title printed only in its own script ("레드슈즈") names its language as well as an English // original pair.
  const language = scriptLanguage(original ?? english);
  if (language) row.originalLanguage = language;
  if (available === 'Yes' || available === 'No') row.globallyAvailable = available === 'Yes';
  if (releaseDate) row.releaseDate = releaseDate;
  if (views !== undefined) row.views = views;
  if (runtimeMinutes !== undefined) row.runtimeMinutes = runtimeMinutes;
  return row;
}

/** "Squid Game: Season 2 // 오징어 게임: 시즌 2" → the English and the original-script title. */
function splitTitle(text: string): [string, string | undefined] {
  const at = text.indexOf(' // ');
  if (at === -1) return [text.trim(), undefined];
  return [text.slice(0, at).trim(), text.slice(at + 4).trim() || undefined];
}

/** undefined for an empty cell, NaN for one that is not a number ≥ 0. */
function readNumber(value: CellValue | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/,/g, '')) : Number.NaN;
  return Number.isFinite(number) && number >= 0 ? number : Number.NaN;
}

/** "7:10" → 430 minutes. A trailing "*" is a footnote mark; "*" alone means Netflix gave no runtime. */
function readRuntime(value: CellValue | undefined): number | undefined {
  const text = typeof value === 'string' ? value.trim().replace(/\*$/, '') : value;
  if (text === undefined || text === '') return undefined;
  const match = typeof text === 'string' ? /^(\d+):([0-5]\d)$/.exec(text) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** YYYY-MM-DD from text or an Excel serial day number (1900 date system); undefined when empty, null when bad. */
function readDate(value: CellValue | undefined): string | undefined | null {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'number') {
    // Serial 25569 is 1970-01-01; Excel's fictitious 1900-02-29 lies before any date a report holds.
    if (!Number.isInteger(value) || value < 25569 || value > 80000) return null;
    return new Date((value - 25569) * 86_400_000).toISOString().slice(0, 10);
  }
  const text = String(value).trim();
  return isIsoDay(text) ? text : null;
}
