import { z } from 'zod';

/** A problem found in place: where (a path into the checked value) and what is wrong. */
type Report = (message: string) => void;
/** Checks one value; `path` is a shared stack, copied only when a problem is reported. */
export type Check = (
  value: unknown,
  path: PropertyKey[],
  report: (path: PropertyKey[], message: string) => void,
) => void;

const fail =
  (path: PropertyKey[], report: (path: PropertyKey[], message: string) => void): Report =>
  (message) =>
    report([...path], message);

export const text: Check = (value, path, report) => {
  if (typeof value !== 'string' || value.length === 0) fail(path, report)('expected a non-empty string');
};

export const matching =
  (pattern: RegExp, message: string): Check =>
  (value, path, report) => {
    if (typeof value !== 'string' || !pattern.test(value)) fail(path, report)(message);
  };

export const oneOf =
  (values: readonly string[]): Check =>
  (value, path, report) => {
    if (typeof value !== 'string' || !values.includes(value))
      fail(path, report)(`expected one of ${values.join(', ')}`);
  };

export const optional =
  (check: Check): Check =>
  (value, path, report) => {
    if (value !== undefined) check(value, path, report);
  };

export const arrayOf =
  (check: Check): Check =>
  (value, path, report) => {
    if (!Array.isArray(value)) return fail(path, report)('expected a list');
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      check(value[i], path, report);
      path.pop();
    }
  };

export const objectOf = (fields: Record<string, Check>): Check => {
  const entries = Object.entries(fields);
  return (value, path, report) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return fail(path, report)('expected an object');
    for (const [key, check] of entries) {
      const field = (value as Record<string, unknown>)[key];
      // The common cases inline: a present non-empty string, or an absent optional field, need no path.
      if (check === text && typeof field === 'string' && field.length > 0) continue;
      path.push(key);
      check(field, path, report);
      path.pop();
    }
  };
};

/** A zod schema as an in-place check, for a field only some records have: its first problem, at its path. */
export const zodCheck =
  (schema: z.ZodType): Check =>
  (value, path, report) => {
    const result = schema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      report([...path, ...(issue.path as PropertyKey[])], issue.message);
    }
  };

/**
 * A zod schema for a large list of records that are checked in place with `check` instead of parsed: zod copies
 * every object it parses, which for the 30,000 titles of a full catalog doubled the load time and its memory
 * peak. Reports at most three problems, with their paths, as zod would.
 */
export function inPlaceList<T>(check: Check): z.ZodType<T[]> {
  return z.array(z.unknown()).superRefine((items, ctx) => {
    let problems = 0;
    const report = (path: PropertyKey[], message: string) => {
      if (problems++ < 3) ctx.addIssue({ code: 'custom', path: path as (string | number)[], message });
    };
    const path: PropertyKey[] = [];
    for (let i = 0; i < items.length && problems < 3; i++) {
      path.push(i);
      check(items[i], path, report);
      path.pop();
    }
  }) as unknown as z.ZodType<T[]>;
}

/** Whether `items[from, to)` all pass `check`: a slice of inPlaceList's work, for validating in steps. */
export const passesCheck =
  (check: Check) =>
  (items: readonly unknown[], from: number, to: number): boolean => {
    let valid = true;
    const path: PropertyKey[] = [];
    for (let i = from; i < to && valid; i++) check(items[i], path, () => (valid = false));
    return valid;
  };
