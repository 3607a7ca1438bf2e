import type { ChartEntry } from '../domain/types.js';
import { DAY, inPlaceList, passesFields, isCount, isText, optional, type FieldRule } from './in-place-list.js';

/** Each field's rule and what to say when it is broken; the same rules as the other catalog records. */
const FIELDS: FieldRule<ChartEntry>[] = [
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

/** Chart entries are most of the catalog (145k in the real data): checked in place, see inPlaceList. */
export const chartEntriesSchema = inPlaceList<ChartEntry>('a chart entry', FIELDS);

/** Whether a slice of a list passes chartEntriesSchema's record rules, for validating in steps. */
export const chartEntriesPass = passesFields(FIELDS);
