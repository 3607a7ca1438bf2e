import { truncate } from '../limits.js';
import { safe } from './format.js';

/** "No title matches “Romantcs”. Did you mean: …" with at most three suggestions. */
export function notFoundMessage(what: string, query: string, suggestions: readonly string[], command: string): string {
  const shown = query.trim() ? `“${safe(truncate(query.trim(), 80))}”` : 'an empty name';
  const head = `No ${what} matches ${shown}.`;
  if (suggestions.length === 0)
    return `${head} Check the spelling, or start typing in \`${command}\` and pick from the list.`;
  return `${head} Did you mean: ${suggestions
    .slice(0, 3)
    .map((s) => `**${safe(s)}**`)
    .join(', ')}?`;
}
