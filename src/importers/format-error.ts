/**
 * Thrown when a whole file is not what the importer expects (an HTML redirect page, `null`, another API's JSON).
 * Nothing from such a file is applied; the message names the problem and is safe to show to an operator.
 */
export class FormatError extends Error {
  override readonly name = 'FormatError';
}

/** A data row the importer skipped, and why. `line` is 1-based (for JSON lists: the item's position). */
export interface RowError {
  line: number;
  reason: string;
}

/** Shortens text for an error message so one bad file cannot flood a log line. */
export function excerpt(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
