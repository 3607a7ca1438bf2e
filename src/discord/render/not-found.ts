import { UserError } from '../../domain/user-error.js';
import { commandRef, list, ref } from '../../i18n/index.js';
import { truncate } from '../limits.js';
import { safe } from './format.js';

/**
 * "No title matches “Romantcs”. Did you mean: …" with at most three suggestions, as an error the router renders
 * in the asker's language.
 */
export function notFoundError(
  what: 'title' | 'company' | 'partner' | 'chart',
  query: string,
  suggestions: readonly string[],
  command: 'title' | 'deals' | 'chart' | 'company',
): UserError {
  const trimmed = query.trim();
  const head = ref(`notFound.${what}`, {
    query: trimmed ? ref('common.quoted', { text: safe(truncate(trimmed, 80)) }) : ref('common.emptyName'),
  });
  if (suggestions.length === 0) return new UserError('notFound.hint', { head, command: commandRef(command) });
  return new UserError('notFound.suggest', {
    head,
    suggestions: list(suggestions.slice(0, 3).map((s) => `**${safe(s)}**`)),
  });
}
