import type { UserError } from '../domain/user-error.js';
import { translate, type Locale, type MessageArg, type MessageKey, type MessageParams } from './index.js';

type UserErrorMessageMap = { [K in MessageKey]: MessageParams<K> };

// Gives the domain's UserError its keys: `new UserError('notFound.title', { query })` is checked like `t()`.
declare module '../domain/user-error.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface UserErrorMessages extends UserErrorMessageMap {}
}

/** A UserError's text in the asker's language. */
export function userErrorText(locale: Locale, error: UserError): string {
  return translate(locale, error.key as MessageKey, error.params as Record<string, MessageArg> | undefined);
}
