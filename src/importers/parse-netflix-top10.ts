import type { RowError } from './format-error.js';
import { detectNetflixLayout, type NetflixLayout } from './netflix-layouts.js';
import { createRowReader, type NetflixTop10Row } from './netflix-row.js';
import { splitQuotedTsvLine } from './tsv-line.js';

export { detectNetflixLayout, type NetflixLayout, type NetflixList } from './netflix-layouts.js';

export { COUNTRY_CATEGORIES, GLOBAL_CATEGORIES, type NetflixCategory, type NetflixTop10Row } from './netflix-row.js';

/** A parsed file: its layout, the valid rows, and one error per rejected row. */
export interface NetflixTop10Parse {
  layout: NetflixLayout;
  rows: NetflixTop10Row[];
  errors: RowError[];
}

/** A push parser: feed it lines one at a time (no whole-file string needed), then call finish(). */
export interface NetflixTop10Parser {
  readonly layout: NetflixLayout;
  /** Feeds the next physical line after the header, without its line break. */
  push(line: string): void;
  /** Ends the input: a record still inside an unterminated quote becomes a row error. */
  finish(): NetflixTop10Parse;
}

/** How parsed rows are delivered. */
export interface ParseOptions {
  /** Receives each valid row as it is parsed; the rows are then not collected (`rows` stays empty). */
  onRow?: (row: NetflixTop10Row) => void;
}

/** Lines parsed (and merged, with onRow) between two yields to the event loop: a few milliseconds of work. */
const YIELD_EVERY_LINES = 1_000;

/** A quoted field may span lines, but a stray `"` must not swallow the rest of the file. */
const MAX_RECORD_LINES = 50;

/**
 * Starts parsing a Netflix Top 10 TSV whose first line is `headerLine`; throws FormatError when it is not a
 * known header. Bad rows become `{ line, reason }` errors, never exceptions.
 *
 * Why no csv-parse: on the 134,620-row country file csv-parse (relax_quotes) managed about 228k rows/s for
 * splitting alone on this machine, a plain `split('\t')` about 370k+ rows/s, leaving no room for validation
 * and the catalog merge within the 200k rows/s budget. So lines are split with `split('\t')`, and only a line
 * containing `"` (about 1 in 60 in the 11/12-column files) takes the CSV-style quoted path in tsv-line.ts.
 */
export function createNetflixTop10Parser(headerLine: string, options: ParseOptions = {}): NetflixTop10Parser {
  const layout = detectNetflixLayout(headerLine);
  const readRow = createRowReader(layout);
  const { onRow } = options;
  const rows: NetflixTop10Row[] = [];
  const errors: RowError[] = [];
  let lineNumber = 1;
  let open: { start: number; text: string; lines: string[] } | undefined;

  const accept = (fields: string[], line: number) => {
    const row = readRow(fields, line);
    if (typeof row === 'string') errors.push({ line, reason: row });
    else if (onRow) onRow(row);
    else rows.push(row);
  };

  // A field that merely starts with a quote (a title like `"Weird Al" Yankovic`) is not CSV quoting: when the
  // quoted reading fails but a plain split gives the right number of fields, the quotes are kept as text.
  const acceptLiteral = (text: string, line: number) => {
    const fields = text.split('\t');
    if (fields.length !== layout.columns.length) return false;
    accept(fields, line);
    return true;
  };

  const feed = (raw: string, line: number) => {
    const text = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (open) {
      open.text += `\n${text}`;
      open.lines.push(text);
    } else if (text.length === 0) {
      return;
    } else if (!text.includes('"')) {
      accept(text.split('\t'), line);
      return;
    } else {
      open = { start: line, text, lines: [text] };
    }
    const split = splitQuotedTsvLine(open.text);
    if (split.kind === 'open') {
      if (open.lines.length >= MAX_RECORD_LINES) giveUp();
      return;
    }
    const { start, lines } = open;
    if (lines.length > 1 && (split.kind === 'error' || split.fields.length !== layout.columns.length)) {
      // The quote "closed" lines later but made no valid record: more likely a stray quote than a real
      // multi-line field, so read those lines on their own again.
      giveUp(`a quoted field runs on to line ${start + lines.length - 1} and does not fit the header`);
      return;
    }
    open = undefined;
    if (split.kind === 'fields') accept(split.fields, start);
    else if (!acceptLiteral(text, start)) errors.push({ line: start, reason: split.reason });
  };

  // Ends an open record: its first line is read literally if it fits, else reported; the lines it swallowed
  // are read again as records of their own.
  const giveUp = (reason = 'a quoted field is never closed') => {
    if (!open) return;
    const { start, lines } = open;
    open = undefined;
    if (!acceptLiteral(lines[0]!, start)) errors.push({ line: start, reason });
    lines.slice(1).forEach((line, offset) => feed(line, start + 1 + offset));
  };

  return {
    layout,
    push(line) {
      lineNumber += 1;
      feed(line, lineNumber);
    },
    finish() {
      while (open) giveUp();
      errors.sort((a, b) => a.line - b.line);
      return { layout, rows, errors };
    },
  };
}

/** Parses a whole Netflix Top 10 TSV held in memory (tests, small files). Throws FormatError on a wrong file. */
export function parseNetflixTop10(text: string): NetflixTop10Parse {
  const lines = text.split('\n');
  const parser = createNetflixTop10Parser(lines[0] ?? '');
  for (let i = 1; i < lines.length; i++) parser.push(lines[i]!);
  return parser.finish();
}

/**
 * Parses a Netflix Top 10 TSV from a stream of lines (or batches of lines, which avoids one await per line).
 * Throws FormatError when the first line is not a known header or the stream is empty.
 */
export async function parseNetflixTop10Lines(
  source: AsyncIterable<string | readonly string[]> | Iterable<string | readonly string[]>,
  options: ParseOptions = {},
): Promise<NetflixTop10Parse> {
  let parser: NetflixTop10Parser | undefined;
  const take = (line: string) => {
    if (parser) parser.push(line);
    else parser = createNetflixTop10Parser(line, options);
  };
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      take(chunk);
      continue;
    }
    for (let i = 0; i < chunk.length; i++) {
      take(chunk[i]!);
      // A megabyte of lines is about 16,000 rows, 50–100 ms of work: in a running bot, let interactions in between.
      if (i % YIELD_EVERY_LINES === YIELD_EVERY_LINES - 1) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return (parser ?? createNetflixTop10Parser('', options)).finish();
}
