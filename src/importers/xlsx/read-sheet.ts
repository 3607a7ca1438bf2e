import { columnIndex, decodeXml, readStringItem } from './xml-text.js';

/** A cell's value: shared and inline strings as text, numbers as numbers, booleans as booleans. */
export type CellValue = string | number | boolean;

/** A sheet's rows by position (row 1 is index 0), each row's cells by column (A is index 0); gaps are undefined. */
export type SheetRows = (CellValue | undefined)[][];

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const REFERENCE = /\br\s*=\s*["']([A-Z]+)/;
const TYPE = /\bt\s*=\s*["'](\w+)/;

/**
 * Reads the cells of a worksheet part. Only `sheetData` is looked at: styles, formulas and drawings carry no
 * value we need (a formula cell's cached `<v>` is its value). Rows and cells without an `r` reference follow
 * the one before them, as the format allows.
 */
export function readSheetRows(xml: string, sharedStrings: readonly string[]): SheetRows {
  const start = xml.indexOf('<sheetData');
  const end = xml.lastIndexOf('</sheetData>');
  const rows: SheetRows = [];
  if (start === -1 || end === -1) return rows;
  const data = xml.slice(start, end);
  let rowNumber = 0;
  for (const row of data.matchAll(ROW)) {
    const r = /\br="(\d+)"/.exec(row[1]!);
    rowNumber = r ? Number(r[1]) : rowNumber + 1;
    const cells: (CellValue | undefined)[] = [];
    rows[rowNumber - 1] = cells;
    if (row[2] === undefined) continue;
    let column = -1;
    for (const cell of row[2].matchAll(CELL)) {
      // Only two attributes matter, read directly: a Map of every attribute per cell (half a million cells in
      // the five engagement reports) cost more than the rest of the parse.
      const tag = cell[1]!;
      const reference = REFERENCE.exec(tag)?.[1];
      column = reference ? columnIndex(reference) : column + 1;
      const value = readCellValue(TYPE.exec(tag)?.[1], cell[2], sharedStrings);
      if (value !== undefined) cells[column] = value;
    }
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

function readCellValue(
  type: string | undefined,
  body: string | undefined,
  sharedStrings: readonly string[],
): CellValue | undefined {
  if (body === undefined) return undefined;
  if (type === 'inlineStr') return readStringItem(body);
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return undefined;
  switch (type) {
    case 's':
      return sharedStrings[Number(v)] ?? '';
    case 'b':
      return v === '1';
    case 'str':
    case 'e':
      return decodeXml(v);
    default: {
      const number = Number(v);
      return Number.isFinite(number) ? number : decodeXml(v);
    }
  }
}
