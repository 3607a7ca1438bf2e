import { unzipSync, type Unzipped } from 'fflate';
import { excerpt, FormatError } from '../format-error.js';
import { readSheetRows, type SheetRows } from './read-sheet.js';
import { readAttributes, readSharedStrings } from './xml-text.js';

export type { CellValue, SheetRows } from './read-sheet.js';

/** One worksheet: its tab name and its cells. */
export interface XlsxSheet {
  name: string;
  rows: SheetRows;
}

const decoder = new TextDecoder('utf-8');

/**
 * Reads every worksheet of an .xlsx workbook held in memory. An xlsx is a ZIP of XML parts: the workbook lists
 * the sheets, its relationships name each sheet's part, and strings live once in sharedStrings. Only those
 * parts are inflated (not images or styles). Throws FormatError, saying what the bytes look like instead,
 * for anything that is not a readable workbook: an HTML error page, a JSON error body, a truncated download.
 */
export function readXlsx(bytes: Uint8Array): XlsxSheet[] {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new FormatError(`Not an .xlsx workbook: ${describeNonZip(bytes)}.`);
  }
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => (file.name.startsWith('xl/') && file.name.endsWith('.xml')) || file.name.endsWith('.rels'),
    });
  } catch (error) {
    throw new FormatError(
      `Not a readable .xlsx workbook: the ZIP archive is damaged or cut short (${(error as Error).message}).`,
    );
  }
  const text = (name: string) => {
    const part = parts[name];
    return part ? decoder.decode(part) : undefined;
  };
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined) throw new FormatError('Not an .xlsx workbook: the ZIP archive has no xl/workbook.xml.');
  const targets = readRelationships(text('xl/_rels/workbook.xml.rels') ?? '');
  const shared = readSharedStrings(text('xl/sharedStrings.xml') ?? '');
  const sheets: XlsxSheet[] = [];
  [...workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)].forEach((match, i) => {
    const attributes = readAttributes(match[1]!);
    const target = targets.get(attributes.get('r:id') ?? '') ?? `worksheets/sheet${i + 1}.xml`;
    const xml = text(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    if (xml === undefined)
      throw new FormatError(`The .xlsx workbook is incomplete: sheet "${attributes.get('name')}" has no ${target}.`);
    sheets.push({ name: attributes.get('name') ?? `Sheet${i + 1}`, rows: readSheetRows(xml, shared) });
  });
  return sheets;
}

/** Relationship id → target part, from a `.rels` part. */
function readRelationships(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const attributes = readAttributes(match[1]!);
    const id = attributes.get('Id');
    const target = attributes.get('Target');
    if (id && target) targets.set(id, target);
  }
  return targets;
}

function describeNonZip(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'the file is empty';
  const head = decoder
    .decode(bytes.subarray(0, 200))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(!doctype html|html|head|body|a\s)/i.test(head)) return `it is an HTML page ("${excerpt(head, 60)}")`;
  if (head.startsWith('{') || head.startsWith('[') || head === 'null') return `it is JSON ("${excerpt(head, 60)}")`;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'it is an old binary .xls workbook; save it as .xlsx';
  return `it does not start like a ZIP archive ("${excerpt(head, 40)}")`;
}
