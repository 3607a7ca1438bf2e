import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../src/importers/format-error.js';
import { readXlsx } from '../../src/importers/xlsx/read-xlsx.js';
import { makeXlsx } from '../helpers/make-xlsx.js';

describe('readXlsx', () => {
  it('reads shared strings, numbers and booleans by row and column, keeping gaps', () => {
    const [sheet] = readXlsx(makeXlsx([{ name: 'TV', rows: [[], [null, 'Squid Game', 619900000, true]] }]));
    expect(sheet!.name).toBe('TV');
    expect(sheet!.rows[0]).toEqual([]);
    expect(sheet!.rows[1]).toEqual([undefined, 'Squid Game', 619900000, true]);
  });

  it('reads inline strings and decodes entities', () => {
    const [sheet] = readXlsx(makeXlsx([{ name: 'S', rows: [['Tom & Jerry <3', '오징어 게임']] }], { inline: true }));
    expect(sheet!.rows[0]).toEqual(['Tom & Jerry <3', '오징어 게임']);
  });

  it('joins rich-text runs and leaves out phonetic guides', () => {
    const workbook = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/a.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(
        '<sst><si><r><t>恋する</t></r><r><t xml:space="preserve">寄生虫 &#x41;</t></r><rPh sb="0" eb="1"><t>こい</t></rPh></si></sst>',
      ),
      'xl/worksheets/a.xml': strToU8(
        '<worksheet><sheetData><row r="3"><c r="C3" t="s"><v>0</v></c></row></sheetData></worksheet>',
      ),
    });
    expect(readXlsx(workbook)[0]!.rows[2]).toEqual([undefined, undefined, '恋する寄生虫 A']);
  });

  it.each([
    ['an HTML error page', strToU8('<!DOCTYPE html><html><body>Access denied</body></html>'), /HTML page/],
    ['a JSON error body', strToU8('{"error":"Not found"}'), /is JSON/],
    ['an empty body', new Uint8Array(0), /empty/],
    ['plain text', strToU8('Title\tHours'), /does not start like a ZIP/],
  ])('refuses %s as not a workbook', (_, bytes, message) => {
    expect(() => readXlsx(bytes)).toThrow(FormatError);
    expect(() => readXlsx(bytes)).toThrow(message);
  });

  it('refuses a truncated download', () => {
    const whole = makeXlsx([{ name: 'TV', rows: [['a', 1]] }]);
    expect(() => readXlsx(whole.subarray(0, Math.floor(whole.length * 0.6)))).toThrow(/damaged or cut short/);
  });

  it('refuses a ZIP that is not a workbook', () => {
    expect(() => readXlsx(zipSync({ 'readme.txt': strToU8('hello') }))).toThrow(/no xl\/workbook.xml/);
  });
});
