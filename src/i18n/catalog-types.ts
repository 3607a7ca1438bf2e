// Types derived from the English catalog (the source of truth): the keys every other language must have, the
// keys `t()` accepts and the parameters each message needs. A missing key, an unknown key or a missing parameter
// is a compile error; the parity test checks what types cannot (plural forms per language, placeholder names).
import type { en } from './locales/en.js';

/** CLDR plural categories; i18next picks a key's `_<category>` form with Intl.PluralRules. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

type Catalog = typeof en;

/**
 * A translation of catalog `T`: every key of `T` with a string, except plural forms. Each plural message needs its
 * `_other` form; the other forms are optional here because languages differ (Korean and Japanese have only
 * `_other`, English `_one` and `_other`); the parity test checks each language has exactly its own.
 */
export type Translation<T> = {
  [K in keyof T as K extends `${string}_${Exclude<PluralCategory, 'other'>}` ? never : K]: T[K] extends string
    ? string
    : Translation<T[K]>;
} & {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${Exclude<PluralCategory, 'other'>}` : never]?: string;
};

/** Every leaf as [dotted path, text]. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? [`${Prefix}${K}`, T[K]] : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type LeafText = { [Leaf in Leaves<Catalog> as Leaf[0]]: Leaf[1] };

type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralCategory}` ? Base : K;

/** A message key as `t()` takes it: a dotted path, plural messages without their suffix ("about.titles"). */
export type MessageKey = WithoutPlural<keyof LeafText & string>;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
/** `{{name}}` and `{{count, number}}` → "name" | "count". */
type Placeholders<S> = S extends `${string}{{${infer P}}}${infer Rest}`
  ? Trim<P extends `${infer Name},${string}` ? Name : P> | Placeholders<Rest>
  : never;

type TextsOf<K extends string> = LeafText[(K | `${K}_${PluralCategory}`) & keyof LeafText];

/** A nested message, rendered in the same language as the message that holds it. */
export interface MessageRef {
  readonly ref: MessageKey;
  readonly params?: Readonly<Record<string, MessageArg>>;
}

/** Items joined with the language's list separator (or the given one), each rendered in that language. */
export interface MessageList {
  readonly list: readonly MessageArg[];
  readonly separator?: string;
}

/** What a placeholder may be given: text as is, a number, or something rendered in the reader's language. */
export type MessageArg = string | number | MessageRef | MessageList;

/** The parameters of message `K`: one per placeholder; `count` (which picks the plural form) is a number. */
export type MessageParams<K extends MessageKey> = {
  [P in Placeholders<TextsOf<K>>]: P extends 'count' ? number : MessageArg;
};

/** `t(locale, key)` for messages without placeholders, `t(locale, key, params)` for the others. */
export type ParamsArg<K extends MessageKey> = [Placeholders<TextsOf<K>>] extends [never]
  ? [params?: Record<string, never>]
  : [params: MessageParams<K>];
