const TAB = 9;
const QUOTE = 34;

/** The outcome of splitting a line that contains a `"`. */
export type QuotedSplit =
  | { kind: 'fields'; fields: string[] }
  /** A quoted field is still open at the end of the text: the record continues on the next line. */
  | { kind: 'open' }
  | { kind: 'error'; reason: string };

/**
 * Splits one TSV record that contains a `"`, CSV-style: a field that *starts* with `"` is quoted, ends at the
 * next lone `"`, and `""` inside it stands for one `"`; it may hold tabs and newlines. A `"` anywhere else is an
 * ordinary character (the country file has the unquoted title `Yo, "El Vaquilla"`).
 * Lines without a `"` never come here: they are split with `String#split('\t')`.
 */
export function splitQuotedTsvLine(text: string): QuotedSplit {
  const fields: string[] = [];
  let start = 0;
  for (;;) {
    if (text.charCodeAt(start) !== QUOTE) {
      const tab = text.indexOf('\t', start);
      if (tab === -1) {
        fields.push(text.slice(start));
        return { kind: 'fields', fields };
      }
      fields.push(text.slice(start, tab));
      start = tab + 1;
      continue;
    }
    let value = '';
    let from = start + 1;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote === -1) return { kind: 'open' };
      value += text.slice(from, quote);
      if (text.charCodeAt(quote + 1) === QUOTE) {
        value += '"';
        from = quote + 2;
        continue;
      }
      const after = quote + 1;
      fields.push(value);
      if (after === text.length) return { kind: 'fields', fields };
      if (text.charCodeAt(after) !== TAB) {
        return { kind: 'error', reason: `unexpected text after the closing quote of field ${fields.length}` };
      }
      start = after + 1;
      break;
    }
  }
}
