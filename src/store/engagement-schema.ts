import type { EngagementEntry } from '../domain/types.js';
import { DAY, inPlaceList, passesFields, isAmount, isText, optional, type FieldRule } from './in-place-list.js';

const PERIOD = /^\d{4}-H[12]$/;

const FIELDS: FieldRule<EngagementEntry>[] = [
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

/** Engagement lines (82,000 in the real reports) are checked in place like chart entries, see inPlaceList. */
export const engagementSchema = inPlaceList<EngagementEntry>('an engagement entry', FIELDS);

/** Whether a slice of a list passes engagementSchema's record rules, for validating in steps. */
export const engagementPass = passesFields(FIELDS);
