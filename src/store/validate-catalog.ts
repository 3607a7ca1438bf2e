import { driveSteps } from '../domain/steps.js';
import type { Catalog } from '../domain/types.js';
import { compactCatalogSteps } from './compact-catalog.js';
import { catalogSchema, IN_PLACE_LISTS } from './schemas.js';

/** Records checked between two pauses: a few milliseconds of work. */
const RECORDS_PER_STEP = 5_000;

const parseWhole = (value: unknown) => catalogSchema.parse(value) as Catalog;

/**
 * catalogSchema's validation with `pause()` between steps, so a running bot answers while a new catalog is checked:
 * the large lists are checked a slice at a time, then zod parses the rest with those lists left out. As soon as
 * anything is wrong, the whole value goes to `validateWhole` (by default one catalogSchema.parse), so a bad catalog
 * fails with exactly the error a single parse gives. Returns what catalogSchema.parse would.
 */
export async function validateCatalogInSteps(
  value: unknown,
  pause: () => Promise<void>,
  validateWhole: (value: unknown) => Catalog = parseWhole,
): Promise<Catalog> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return validateWhole(value);
  const catalog = value as Record<string, unknown>;
  const lists: Partial<Record<(typeof IN_PLACE_LISTS)[number][0], unknown[]>> = {};
  for (const [key, passes] of IN_PLACE_LISTS) {
    const list = catalog[key];
    // Left to the parse below, which names the problem (a missing required list) or accepts it (no engagement).
    if (!Array.isArray(list)) continue;
    for (let from = 0; from < list.length; from += RECORDS_PER_STEP) {
      if (!passes(list, from, Math.min(list.length, from + RECORDS_PER_STEP))) return validateWhole(value);
      await pause();
    }
    lists[key] = list;
  }
  const empty = Object.fromEntries(Object.keys(lists).map((key) => [key, []]));
  const rest = catalogSchema.safeParse({ ...catalog, ...empty });
  if (!rest.success) return validateWhole(value);
  // zod returns each parsed array as a copy; so does this.
  const checked = Object.fromEntries(Object.entries(lists).map(([key, list]) => [key, list.slice()]));
  // The schema's last step, compactCatalog, only saw the rest: the large lists are compacted here, in steps.
  return driveSteps(compactCatalogSteps({ ...rest.data, ...checked } as Catalog), pause);
}
