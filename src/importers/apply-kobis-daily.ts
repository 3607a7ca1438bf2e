import { kobisDailyChart } from '../domain/chart-ids.js';
import { createTitleResolver } from '../domain/resolve-title.js';
import type { Catalog, ChartEntry } from '../domain/types.js';
import {
  createChartSet,
  createEntryMerger,
  finishMerge,
  startSummary,
  type ApplyOptions,
  type ApplyResult,
} from './catalog-merge.js';
import type { KobisDailyParse } from './parse-kobis-daily.js';

/** The SourceStatus this importer updates. */
export const KOBIS_SOURCE = { id: 'kobis-daily', name: 'KOBIS daily box office' } as const;

/**
 * Merges parsed KOBIS daily lists (one or more days) into a catalog without touching the input: one
 * `kobis-daily` ChartEntry per (day, rank) with that day's admissions, films resolved by KOBIS code or Korean
 * name (new titles created), and the `kobis-daily` source status updated. Applying the same days again changes
 * nothing and returns the same catalog object. Row numbers in errors are positions within each day's list.
 */
export function applyKobisDaily(
  catalog: Catalog,
  days: KobisDailyParse | readonly KobisDailyParse[],
  options: ApplyOptions,
): ApplyResult {
  const list = Array.isArray(days) ? (days as readonly KobisDailyParse[]) : [days as KobisDailyParse];
  const rowCount = list.reduce((sum, day) => sum + day.rows.length, 0);
  const dayErrors = list.flatMap((day) =>
    day.errors.map((error) => ({ ...error, reason: `${day.date}: ${error.reason}` })),
  );
  const summary = startSummary(rowCount, [...(options.rowErrors ?? []), ...dayErrors]);
  const resolver = createTitleResolver(catalog.titles);
  const merger = createEntryMerger(catalog.chartEntries);
  const charts = createChartSet(catalog.charts);
  const chart = kobisDailyChart();
  let latest: string | undefined;

  for (const day of list) {
    day.rows.forEach((row, i) => {
      const earlier = merger.claimedBy(chart.id, day.date, row.rank);
      if (earlier !== undefined) {
        summary.rejected += 1;
        summary.errors.push({ line: i + 1, reason: `${day.date}: rank ${row.rank} appears twice` });
        return;
      }
      charts.ensure(chart);
      const { titleId } = resolver.resolveKobis({
        name: row.movieNm,
        movieCd: row.movieCd,
        openDt: row.openDt,
        date: day.date,
      });
      const entry: ChartEntry = {
        chartId: chart.id,
        period: day.date,
        rank: row.rank,
        titleId,
        label: row.movieNm,
        audience: row.audience,
      };
      summary[merger.upsert(entry, i + 1)] += 1;
      if (latest === undefined || day.date > latest) latest = day.date;
    });
  }
  return finishMerge(catalog, { summary, resolver, merger, charts, latest }, KOBIS_SOURCE, options);
}
