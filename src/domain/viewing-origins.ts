import type { EngagementEntry, Title } from './types.js';

/** Origins /stats can tell apart in the engagement reports, and what makes a title count for each. */
export const VIEWING_ORIGINS = {
  korean: { languages: ['ko'], countries: ['KR'] },
  japanese: { languages: ['ja'], countries: ['JP'] },
  chinese: { languages: ['zh'], countries: ['CN', 'TW', 'HK'] },
  thai: { languages: ['th'], countries: ['TH'] },
  indian: { languages: ['hi', 'ta', 'te'], countries: ['IN'] },
} as const;
export type ViewingOrigin = keyof typeof VIEWING_ORIGINS;

/** Why a line counts for an origin: its original title's script, or its title's recorded origin country. */
export type OriginReason = 'script' | 'country';

/**
 * Whether an engagement line counts for `origin`, and why: an original-script title in that language
 * ("// 오징어 게임" is Korean), else an origin country on its title (from a curated record or KOBIS's nations).
 * Undefined when it does not count. The script comes first because Netflix prints it on the line itself.
 */
export function originReason(
  entry: EngagementEntry,
  title: Title | undefined,
  origin: ViewingOrigin,
): OriginReason | undefined {
  const rule = VIEWING_ORIGINS[origin];
  if (entry.originalLanguage && (rule.languages as readonly string[]).includes(entry.originalLanguage)) return 'script';
  if (title?.originCountries.some((country) => (rule.countries as readonly string[]).includes(country)))
    return 'country';
  return undefined;
}
