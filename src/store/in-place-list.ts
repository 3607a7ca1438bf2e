import { z } from 'zod';

/** One field's rule and what to say when it is broken. */
export type FieldRule<T> = [keyof T, (value: unknown) => boolean, string];

export const isText = (value: unknown) => typeof value === 'string' && value.length > 0;
export const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
export const isAmount = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
export const optional = (check: (value: unknown) => boolean) => (value: unknown) => value === undefined || check(value);
export const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A list schema for the catalog's largest lists (chart entries, engagement lines): zod would copy every record
 * on load, doubling the memory peak and the start-up time, so each record is checked in place by a plain loop and
 * kept as parsed. Reports the first three problems, each with its place.
 */
export function inPlaceList<T>(recordName: string, fields: readonly FieldRule<T>[]): z.ZodType<T[]> {
  return z.array(z.unknown()).superRefine((records, ctx) => {
    let problems = 0;
    for (let i = 0; i < records.length && problems < 3; i++) {
      const record = records[i];
      if (!isObject(record)) {
        ctx.addIssue({ code: 'custom', path: [i], message: `expected ${recordName} object` });
        problems++;
        continue;
      }
      for (const [field, isValid, message] of fields) {
        if (!isValid(record[field as string])) {
          ctx.addIssue({ code: 'custom', path: [i, field as string], message });
          problems++;
        }
      }
    }
  }) as unknown as z.ZodType<T[]>;
}

/** Whether `records[from, to)` all pass the rules inPlaceList checks: a slice of its work, for validating in steps. */
export const passesFields =
  <T>(fields: readonly FieldRule<T>[]) =>
  (records: readonly unknown[], from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const record = records[i];
      if (!isObject(record) || !fields.every(([field, isValid]) => isValid(record[field as string]))) return false;
    }
    return true;
  };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
