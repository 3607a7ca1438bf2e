import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitQuotedTsvLine } from '../../src/importers/tsv-line.js';

/** Writes fields the way a CSV-style TSV writer would: quote a field when it holds a tab, newline or quote. */
const writeRecord = (fields: string[]) =>
  fields.map((field) => (/[\t\n"]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join('\t');

describe('splitQuotedTsvLine', () => {
  it('unquotes a field with doubled quotes', () => {
    expect(splitQuotedTsvLine('a\t"[""x"",""y""]"\tb')).toEqual({ kind: 'fields', fields: ['a', '["x","y"]', 'b'] });
  });

  it('treats a quote that does not open a field as a plain character', () => {
    expect(splitQuotedTsvLine('Yo, "El Vaquilla"\tN/A')).toEqual({
      kind: 'fields',
      fields: ['Yo, "El Vaquilla"', 'N/A'],
    });
  });

  it('keeps an empty last field after a quoted one', () => {
    expect(splitQuotedTsvLine('"x"\t')).toEqual({ kind: 'fields', fields: ['x', ''] });
  });

  it('says the record is open when the closing quote is missing', () => {
    expect(splitQuotedTsvLine('a\t"never closed')).toEqual({ kind: 'open' });
  });

  it('rejects text after a closing quote', () => {
    expect(splitQuotedTsvLine('"a"b\tc')).toMatchObject({ kind: 'error' });
  });

  it('round-trips any fields a CSV-style writer produces', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', '기', '"', '\t', '\n', ' ', ',') });
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 6 }), (fields) => {
        expect(splitQuotedTsvLine(writeRecord(fields))).toEqual({ kind: 'fields', fields });
      }),
    );
  });
});
