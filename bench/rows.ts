import type { ScalingSample } from './scaling.js';
import type { ColdSample } from './cold-start-child.js';
import type { DigestRoundResult } from './digest-round.js';
import type { EndToEndResult } from './e2e.js';
import { HANDLER_NAMES, type HandlerBenchResult } from './handlers.js';
import type { ImportResult } from './import-throughput.js';
import type { ImportLatencyResult } from './import-latency.js';
import type { SourcesImportResult } from './sources-import.js';
import type { PictureBenchResult } from './pictures.js';
import { formatValue, row, type ResultRow } from './report.js';
import { median } from './stats.js';

const MB = 1024 * 1024;
const runs = (count: number) => (count === 1 ? '1 run' : `median of ${count}`);
const HANDLER_LABELS = {
  title: '/title',
  deals: '/deals',
  chart: '/chart',
  trends: '/trends',
  autocomplete: 'title autocomplete',
  company: '/company',
  stats: '/stats',
};
/** Issue targets for handler p99, by catalog size. */
const P99_TARGETS: Record<number, number> = { 1: 1, 100: 5 };

export function handlerRows(result: HandlerBenchResult): ResultRow[] {
  const size = `${result.scale}×`;
  const rows = [
    row(
      `1 index build ${size} (${result.titles.toLocaleString('en-US')} titles, ${result.chartEntries.toLocaleString('en-US')} entries; ${runs(result.indexMs.length)}) vs one grouping pass`,
      median(result.indexMs),
      median(result.indexBaselineMs),
      'ms',
    ),
  ];
  for (const name of HANDLER_NAMES) {
    const { value, baseline } = result.handlers[name];
    const limit = P99_TARGETS[result.scale];
    rows.push(row(`1 ${HANDLER_LABELS[name]} p50 ${size}`, value.p50, baseline.p50, 'ms'));
    const gc = `GC paused ${(value.gcShare * 100).toFixed(1)}% of calls; p99 of the rest ${formatValue(value.p99WithoutGc, 'ms')}`;
    rows.push(
      row(
        `1 ${HANDLER_LABELS[name]} p99 ${size} (${gc})`,
        value.p99,
        baseline.p99,
        'ms',
        limit === undefined ? undefined : { text: `< ${limit} ms`, met: value.p99 < limit },
      ),
    );
  }
  rows.push(row(`1 digest computation ${size} (createDigest, 7 days; info)`, median(result.digestMs), undefined, 'ms'));
  return rows;
}

export function endToEndRows(result: EndToEndResult): ResultRow[] {
  const ratio = result.withk.p50 / result.bare.p50;
  return [
    row(
      '2 e2e /title p50 vs bare discord.js bot (text answers, pictures off)',
      result.withk.p50,
      result.bare.p50,
      'ms',
      {
        text: '≤ 1.2×',
        met: ratio <= 1.2,
      },
    ),
    row('2 e2e /title p99 vs bare discord.js bot (info)', result.withk.p99, result.bare.p99, 'ms'),
  ];
}

/** Figure 2 again, for titles that never charted, with pictures on: the ratio must stay what it was without them. */
export function noHistoryRows(result: EndToEndResult): ResultRow[] {
  const what = `titles with nothing to draw (${result.distinctQueries} queries)`;
  const rows = [
    row(`2 e2e /title p50, ${what}, pictures on vs bare bot`, result.withk.p50, result.bare.p50, 'ms', {
      text: '≤ 1.2×',
      met: result.withk.p50 / result.bare.p50 <= 1.2,
    }),
  ];
  if (result.textOnly) {
    rows.push(
      row(
        `2 e2e /title p50, ${what}, pictures off vs bare bot (as before pictures; info)`,
        result.textOnly.p50,
        result.bare.p50,
        'ms',
      ),
      row(`2 e2e /title p50, ${what}: pictures on vs off`, result.withk.p50, result.textOnly.p50, 'ms', {
        text: 'unchanged (≤ 1.1×)',
        met: result.withk.p50 / result.textOnly.p50 <= 1.1,
      }),
    );
  }
  return rows;
}

export function pictureRows(result: PictureBenchResult): ResultRow[] {
  const title = '/title picture, 60 weekly points on 8 charts';
  return [
    row(`8 ${title}: p50 vs the same answer as text`, result.picture.p50, result.text.p50, 'ms'),
    row(`8 ${title}: p99 vs the same answer as text`, result.picture.p99, result.text.p99, 'ms', {
      text: '< 150 ms',
      met: result.picture.p99 < 150,
    }),
    row(
      `8 ${title}: CPU time p50 vs the text's (info; load-independent)`,
      result.picture.cpuP50,
      result.text.cpuP50,
      'ms',
    ),
    row(`8 ${title}: CPU time p99 vs the text's (info)`, result.picture.cpuP99, result.text.cpuP99, 'ms'),
    row(
      '8 /title handler p50, picture kept (cached repeat) vs pictures off (info)',
      result.cachedHandler.p50,
      result.textHandler.p50,
      'ms',
    ),
    row(
      '8 /title handler p99, picture kept (cached repeat) vs pictures off',
      result.cachedHandler.p99,
      result.textHandler.p99,
      'ms',
      {
        text: '< 1 ms',
        met: result.cachedHandler.p99 < 1,
      },
    ),
    row(
      '8 /chart picture (week list) p99 vs /title picture p99 (info)',
      result.chartPicture.p99,
      result.picture.p99,
      'ms',
    ),
    row(
      '8 first picture of a process, fonts registered vs font registration alone (info)',
      result.firstPictureMs,
      result.fontLoadMs,
      'ms',
    ),
    row(`8 rank picture PNG size (info)`, result.pngBytes / 1024 / 1024, undefined, 'MB'),
  ];
}

export function coldStartRows(store: ColdSample[], json: ColdSample[]): ResultRow[] {
  const value = median(store.map((s) => s.ms));
  const baseline = median(json.map((s) => s.ms));
  return [
    row('3 cold start: openStore + index vs JSON.parse (fresh process)', value, baseline, 'ms', {
      text: '≤ 2×',
      met: value / baseline <= 2,
    }),
    row(
      '3 process start → ready vs → parsed (info)',
      median(store.map((s) => s.sinceStartMs)),
      median(json.map((s) => s.sinceStartMs)),
      'ms',
    ),
  ];
}

export function importRows(result: ImportResult): ResultRow[] {
  // The first repetition is cold (nothing compiled); the figure is the median of the warm ones.
  const value = median(result.importRowsPerSecond.slice(1));
  return [
    row(
      `4 import ${result.rows.toLocaleString('en-US')}-row country file vs read + split`,
      value,
      median(result.baselineRowsPerSecond.slice(1)),
      'rows/s',
      {
        text: '≥ 200,000 rows/s',
        met: value >= 200_000,
      },
    ),
    row('4 import, first (cold) run (info)', result.importRowsPerSecond[0]!, result.baselineRowsPerSecond[0], 'rows/s'),
  ];
}

/** `store` and `empty` are the same bot process (all modules loaded) with and without the catalog and its index. */
/**
 * Memory of the bot process as production runs it (compiled), against the catalog files on disk; the same process
 * under tsx for comparison. `empty` is the process with every module loaded and no catalog.
 */
export function memoryRows(
  compiled: Record<'store' | 'empty', ColdSample[]>,
  tsx: Record<'store' | 'empty', ColdSample[]>,
  catalogBytes: number,
): ResultRow[] {
  const size = catalogBytes / MB;
  const rss = (samples: ColdSample[]) => median(samples.map((s) => s.rss)) / MB;
  const heap = (samples: ColdSample[]) => median(samples.map((s) => s.heapUsed)) / MB;
  return [
    row('5 RSS, compiled bot process with catalog + index vs catalog files on disk', rss(compiled.store), size, 'MB', {
      text: '< 4×',
      met: rss(compiled.store) / size < 4,
    }),
    row('5 RSS of the compiled process without the catalog vs files on disk (info)', rss(compiled.empty), size, 'MB'),
    row(
      '5 RSS added by catalog + index vs files on disk (info)',
      rss(compiled.store) - rss(compiled.empty),
      size,
      'MB',
    ),
    row(
      '5 heap used added by catalog + index vs files on disk (info)',
      heap(compiled.store) - heap(compiled.empty),
      size,
      'MB',
    ),
    row('5 RSS, the same process under tsx vs compiled (info)', rss(tsx.store), rss(compiled.store), 'MB'),
  ];
}

export function digestRows(result: DigestRoundResult): ResultRow[] {
  const rate = (samples: DigestRoundResult['withk']) => median(samples.map((s) => s.messages / (s.ms / 1000)));
  const withkRate = rate(result.withk);
  const baseRate = rate(result.baseline);
  const computations = result.withk.map((s) => s.computations);
  const servers = `${result.guilds.toLocaleString('en-US')} servers`;
  return [
    row(
      `6 digest round, ${servers}: total vs constant posts`,
      median(result.withk.map((s) => s.ms)) / 1000,
      median(result.baseline.map((s) => s.ms)) / 1000,
      's',
    ),
    row(`6 digest round, ${servers}: messages/s vs constant posts`, withkRate, baseRate, 'msg/s'),
    row(`6 digest computations per round (${computations.join(', ')})`, Math.max(...computations), 1, 'count', {
      text: '1 per data state',
      met: computations.every((count) => count === 1),
    }),
    row('6 projected round for 10,000 servers at the measured rate', 10_000 / withkRate, 10_000 / baseRate, 's'),
  ];
}

/**
 * Figure 7: the round over K processes against the bot-wide limit, and what it implies at 100,000 servers (one
 * message per server per digest; the rate measured here, since more processes share the same global budget).
 */
export function scalingRows(samples: ScalingSample[]): ResultRow[] {
  const [one] = samples;
  if (!one) return [];
  const rate = (s: ScalingSample) => s.messages / (s.ms / 1000);
  return samples.flatMap((s) => [
    row(
      `7 digest round, ${s.guilds} servers over ${s.processes} process(es): msg/s vs 1 process`,
      rate(s),
      rate(one),
      'msg/s',
    ),
    row(
      `7 ${s.processes} process(es): 429s (${s.rateLimited}) and servers missed (${s.missed})`,
      s.missed,
      0,
      'count',
      {
        text: 'none missed',
        met: s.missed === 0,
      },
    ),
    row(
      `7 ${s.processes} process(es): a 100,000-server round at this rate vs at 50 msg/s (info)`,
      100_000 / rate(s),
      100_000 / 50,
      's',
    ),
  ]);
}

export function sourcesImportRows(result: SourcesImportResult): ResultRow[] {
  const engagement = median(result.engagementMs) / 1000;
  const films = median(result.filmsMs) / 1000;
  return [
    row(
      `9 import of ${result.engagementRows.toLocaleString('en-US')} engagement rows (5 reports) vs reading the workbooks' cells (${runs(result.engagementMs.length)})`,
      engagement,
      median(result.workbookReadMs) / 1000,
      's',
      { text: '< 5 s', met: engagement < 5 },
    ),
    row(
      `9 import of ${result.films.toLocaleString('en-US')} KOBIS film records vs JSON.parse of the files (${runs(result.filmsMs.length)})`,
      films,
      median(result.filmsParseMs) / 1000,
      's',
      { text: '< 2 s', met: films < 2 },
    ),
  ];
}

export function importLatencyRows(result: ImportLatencyResult): ResultRow[] {
  const ratio = result.during.p99 / result.quiet.p99;
  return [
    row(
      `10 /title p99 while the country file is imported vs without (${result.during.calls} and ${result.quiet.calls} calls, due-time to reply)`,
      result.during.p99,
      result.quiet.p99,
      'ms',
      { text: '≤ 2×', met: ratio <= 2 },
    ),
    row('10 /title worst call during the import vs without (info)', result.during.max, result.quiet.max, 'ms'),
    row('10 the import itself, beside interactions (info)', result.importMs / 1000, undefined, 's'),
  ];
}
