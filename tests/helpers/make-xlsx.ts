import { strToU8, zipSync } from 'fflate';

type Cell = string | number | boolean | null | undefined;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (index: number) => {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/**
 * A small real .xlsx workbook built in memory, the way Excel writes one: strings shared (or inline with
 * `inline: true`), numbers as `<v>`, booleans as t="b". Used to make engagement-report fixtures in tests.
 */
export function makeXlsx(sheets: { name: string; rows: Cell[][] }[], options: { inline?: boolean } = {}): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const cellXml = (value: Cell, ref: string) => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
    if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
    if (options.inline) return `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
    if (!sharedIndex.has(value)) sharedIndex.set(value, shared.push(value) - 1);
    return `<c r="${ref}" t="s"><v>${sharedIndex.get(value)}</v></c>`;
  };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, i) => {
    const rows = sheet.rows.map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((value, c) => cellXml(value, `${column(c)}${r + 1}`)).join('')}</row>`,
    );
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0"?><worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
  });
  const sheetList = sheets
    .map((sheet, i) => `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  const rels = sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0"?><workbook xmlns:r="r"><sheets>${sheetList}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(`<?xml version="1.0"?><Relationships>${rels}</Relationships>`);
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0"?><sst>${shared.map((text) => `<si><t>${escape(text)}</t></si>`).join('')}</sst>`,
  );
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0"?><Types/>');
  return zipSync(files);
}

/** An engagement report in the current layout: banner in B2/B3, header on row 6 from column B. */
export function makeEngagementReport(
  banner: string,
  sheets: { name: string; rows: Cell[][] }[],
  header = ['Title', 'Available Globally?', 'Release Date', 'Hours Viewed', 'Runtime', 'Views'],
): Uint8Array {
  return makeXlsx(
    sheets.map((sheet) => ({
      name: sheet.name,
      rows: [
        [],
        [null, 'What We Watched: A Netflix Engagement Report'],
        [null, banner],
        [],
        [],
        [null, ...header],
        ...sheet.rows.map((row) => [null, ...row]),
      ],
    })),
  );
}
