/**
 * The message keys a UserError may carry, each with its parameters. src/i18n fills this in by declaration merging,
 * so every key is checked against the English catalog while the domain itself stays free of any language.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface UserErrorMessages {}

type Key = keyof UserErrorMessages;
type ParamsArg<K extends Key> = object extends UserErrorMessages[K]
  ? [params?: UserErrorMessages[K]]
  : [params: UserErrorMessages[K]];

/**
 * An error that is safe and useful to show the person who asked. It carries a message key and parameters, not a
 * sentence: the router renders it in the asker's language and replies ephemerally.
 */
export class UserError<K extends Key = Key> extends Error {
  readonly params: UserErrorMessages[K] | undefined;

  constructor(
    readonly key: K,
    ...[params]: ParamsArg<K>
  ) {
    // The key is the message in logs; what the person reads comes from the catalogs.
    super(String(key));
    this.name = 'UserError';
    this.params = params;
  }
}
