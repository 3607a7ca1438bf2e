import { z } from 'zod';
import type { EngagementEntry } from '../domain/types.js';

const PERIOD = /^\d{4}-H[12]$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isText = (value: unknown) => typeof value === 'string' && value.length > 0;
const isAmount = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const optional = (check: (value: unknown) => boolean) => (value: unknown) => value === undefined || check(value);

const FIELDS: [keyof EngagementEntry, (value: unknown) => boolean, string][] = [
  ['titleId', isText, 'expected a non-empty string'],
  ['period', (v) => typeof v === 'string' && PERIOD.test(v), 'expected a half-year as YYYY-H1 or YYYY-H2'],
  ['label', isText, 'expected a non-empty string'],
  ['season', optional(isText), 'expected a non-empty string'],
  ['kind', (v) => v === 'series' || v === 'film', 'expected "series" or "film"'],
  ['hoursViewed', isAmount, 'expected a number ≥ 0'],
  ['views', optional(isAmount), 'expected a number ≥ 0'],
  ['runtimeMinutes', optional(isAmount), 'expected a number ≥ 0'],
  ['releaseDate', optional((v) => typeof v === 'string' && DAY.test(v)), 'expected a date as YYYY-MM-DD'],
  ['globallyAvailable', optional((v) => typeof v === 'boolean'), 'expected true or false'],
  ['originalLanguage', optional(isText), 'expected a non-empty string'],
];

/**
 * Engagement lines are checked in place, like chart entries (see chart-entries-schema.ts): 82,000 of them
 * copied through zod would double the load-time memory peak for nothing.
 */
export const engagementSchema = z.array(z.unknown()).superRefine((entries, ctx) => {
  let problems = 0;
  for (let i = 0; i < entries.length && problems < 3; i++) {
    const entry = entries[i];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      ctx.addIssue({ code: 'custom', path: [i], message: 'expected an engagement entry object' });
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
}) as unknown as z.ZodType<EngagementEntry[]>;
