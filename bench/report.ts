/** One line of the results table: a figure beside its baseline from the same run. */
export interface ResultRow {
  figure: string;
  value: number;
  baseline: number | undefined;
  unit: Unit;
  /** value / baseline. */
  ratio: number | undefined;
  target?: string;
  met?: boolean;
}

export type Unit = 'ms' | 's' | 'rows/s' | 'msg/s' | 'MB' | 'count';

export function row(
  figure: string,
  value: number,
  baseline: number | undefined,
  unit: Unit,
  target?: { text: string; met: boolean },
): ResultRow {
  const ratio = baseline === undefined || baseline === 0 ? undefined : value / baseline;
  return { figure, value, baseline, unit, ratio, ...(target ? { target: target.text, met: target.met } : {}) };
}

export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'ms':
      return `${value < 10 ? value.toFixed(3) : value < 1000 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
    case 's':
      return `${value.toFixed(value < 10 ? 2 : 1)} s`;
    case 'rows/s':
    case 'msg/s':
      return `${Math.round(value).toLocaleString('en-US')} ${unit}`;
    case 'MB':
      return `${value.toFixed(1)} MB`;
    case 'count':
      return String(value);
  }
}

const formatRatio = (ratio: number | undefined) =>
  ratio === undefined ? '—' : ratio >= 100 ? `${Math.round(ratio)}×` : `${ratio.toFixed(2)}×`;

/** The table: figure, value, baseline, ratio, target, met?. */
export function renderTable(rows: readonly ResultRow[]): string {
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', 'met?'];
  const cells = rows.map((r) => [
    r.figure,
    formatValue(r.value, r.unit),
    formatValue(r.baseline, r.unit),
    formatRatio(r.ratio),
    r.target ?? '—',
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i]!.length)));
  const numeric = new Set([1, 2, 3]);
  const format = (line: string[]) =>
    line
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [format(header), rule, ...cells.map(format)].join('\n');
}
