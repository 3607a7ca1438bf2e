import { z } from 'zod';
import type { ChartEntry } from '../domain/types.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isText = (value: unknown) => typeof value === 'string' && value.length > 0;
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const optional = (check: (value: unknown) => boolean) => (value: unknown) => value === undefined || check(value);

/** Each field's rule and what to say when it is broken; the same rules as the other catalog records. */
const FIELDS: [keyof ChartEntry, (value: unknown) => boolean, string][] = [
  ['chartId', isText, 'expected a non-empty string'],
  ['period', (v) => typeof v === 'string' && DAY.test(v), 'expected a date as YYYY-MM-DD'],
  ['rank', (v) => Number.isInteger(v) && (v as number) > 0, 'expected a positive whole number'],
  ['titleId', isText, 'expected a non-empty string'],
  ['label', isText, 'expected a non-empty string'],
  ['season', optional(isText), 'expected a non-empty string'],
  ['weeksInTop10', optional(isCount), 'expected a whole number ≥ 0'],
  ['hoursViewed', optional((v) => typeof v === 'number' && v >= 0), 'expected a number ≥ 0'],
  ['views', optional(isCount), 'expected a whole number ≥ 0'],
  ['audience', optional(isCount), 'expected a whole number ≥ 0'],
  ['streakDays', optional(isCount), 'expected a whole number ≥ 0'],
  ['note', optional(isText), 'expected a non-empty string'],
];

/**
 * Chart entries are most of the catalog (145k in the real data). zod would copy every one of them on load, doubling
 * the memory peak and the start-up time, so they are checked in place by this plain loop instead and kept as parsed.
 */
export const chartEntriesSchema = z.array(z.unknown()).superRefine((entries, ctx) => {
  let problems = 0;
  for (let i = 0; i < entries.length && problems < 3; i++) {
    const entry = entries[i];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      ctx.addIssue({ code: 'custom', path: [i], message: 'expected a chart entry object' });
      problems++;
      continue;
    }
    for (const [field, isValid, message] of FIELDS) {
      if (!isValid((entry as Record<string, unknown>)[field])) {
        ctx.addIssue({ code: 'custom', path: [i, field], message });
        problems++;
      }
    }
  }
}) as unknown as z.ZodType<ChartEntry[]>;
