import type { ChartHistory } from './catalog-index.js';
import type { ChartEntry } from './types.js';

export type Movement = { kind: 'new' } | { kind: 're' } | { kind: 'same' } | { kind: 'up' | 'down'; by: number };

export interface ChartRow {
  entry: ChartEntry;
  movement: Movement;
  /** Periods this title has been on this chart up to and including this one. */
  periodsOnChart: number;
  /** Consecutive periods at #1 ending here (0 unless rank 1). */
  numberOneStreak: number;
}

/** Entries of one title on one chart, oldest first, one per period (its best rank). */
export const titleRun = (history: ChartHistory, titleId: string): readonly ChartEntry[] =>
  history.runs.get(titleId) ?? [];

/**
 * Counts consecutive chart periods, ending at `period`, in which `run` was at #1. Periods are the chart's own
 * (a missing week breaks the streak, as it does on the chart).
 */
export function numberOneStreak(history: ChartHistory, run: readonly ChartEntry[], period: string): number {
  // Both lists are oldest first and `period` is usually the newest: walk back from the end, in step.
  let entry = run.findLastIndex((item) => item.period <= period);
  let at = history.periodIndex.get(period) ?? -1;
  let streak = 0;
  while (entry >= 0 && at >= 0 && run[entry]!.period === history.periods[at] && run[entry]!.rank === 1) {
    streak++;
    entry--;
    at--;
  }
  return streak;
}

/** Movement of a title between the previous period and `period`. */
export function movementOf(history: ChartHistory, run: readonly ChartEntry[], period: string, rank: number): Movement {
  const index = history.periodIndex.get(period) ?? -1;
  const previous = index > 0 ? history.periods[index - 1] : undefined;
  const before = run.filter((entry) => entry.period < period);
  const last = before.at(-1);
  if (previous && last?.period === previous) {
    if (last.rank === rank) return { kind: 'same' };
    return last.rank > rank ? { kind: 'up', by: last.rank - rank } : { kind: 'down', by: rank - last.rank };
  }
  return before.length > 0 ? { kind: 're' } : { kind: 'new' };
}

/** The rows of one chart period with movement, periods on chart and #1 streak. */
export function chartRows(history: ChartHistory, period: string): ChartRow[] {
  return (history.byPeriod.get(period) ?? []).map((entry) => {
    const run = titleRun(history, entry.titleId);
    const upToNow = run.filter((item) => item.period <= period);
    return {
      entry,
      movement: movementOf(history, run, period, entry.rank),
      periodsOnChart: upToNow.length,
      numberOneStreak: entry.rank === 1 ? numberOneStreak(history, upToNow, period) : 0,
    };
  });
}
