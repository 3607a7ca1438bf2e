import i18next from 'i18next';
import { LANGUAGES, type Language } from '../domain/language.js';
import type { MessageArg, MessageKey, MessageList, MessageRef, ParamsArg } from './catalog-types.js';
import { createMessageRenderer } from './compiled.js';
import { en } from './locales/en.js';
import { ja } from './locales/ja.js';
import { ko } from './locales/ko.js';

export type { MessageArg, MessageKey, MessageList, MessageParams, MessageRef } from './catalog-types.js';

/** A language withk answers in. Every other Discord locale reads English. */
export type Locale = Language;
export const LOCALES: readonly Locale[] = LANGUAGES;

/** The catalogs, by language (the parity test and the command localizer read them directly). */
export const CATALOGS = { en, ko, ja } as const;

const i18n = i18next.createInstance();
// Synchronous: the catalogs are in memory, so `t` works from the first line that imports this module.
void i18n.init({
  resources: { en: { translation: en }, ko: { translation: ko }, ja: { translation: ja } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  initAsync: false,
  // Discord is not HTML: renderers escape Markdown in catalog and user text themselves.
  interpolation: { escapeValue: false },
  returnNull: false,
});
const render = createMessageRenderer(i18n, 'en');

/** Discord's `interaction.locale` / `guild_locale` ("ko", "ja", "en-US", "zh-TW", …) → the language to answer in. */
export function toLocale(discordLocale?: string | null): Locale {
  const language = discordLocale?.split('-')[0]?.toLowerCase();
  return language === 'ko' || language === 'ja' ? language : 'en';
}

/** The message `key` in `locale`, with its placeholders filled; nested messages and lists render in `locale` too. */
export function t<K extends MessageKey>(locale: Locale, key: K, ...[params]: ParamsArg<K>): string {
  return translate(locale, key, params as Record<string, MessageArg> | undefined);
}

/** A message to render later in the reader's language: a placeholder value, or a UserError's text. */
export function ref<K extends MessageKey>(key: K, ...[params]: ParamsArg<K>): MessageRef {
  return params ? { ref: key, params: params as Record<string, MessageArg> } : { ref: key };
}

/** Items joined with the reader's list separator ("A, B" / "A、B"), or with `separator` when given. */
export const list = (items: readonly MessageArg[], separator?: string): MessageList => ({ list: items, separator });

/** `t` without the compile-time check, for keys and parameters that arrive as data (a UserError's). */
export function translate(locale: Locale, key: MessageKey, params?: Readonly<Record<string, MessageArg>>): string {
  const values: Record<string, string | number> = {};
  for (const name in params) values[name] = resolve(locale, params[name]!);
  return render(locale, key, values);
}

/** i18next's own `t()`, the reference the compiled messages are checked against (tests only: it is slow). */
export function i18nextT(locale: Locale, key: string, values: Readonly<Record<string, string | number>>): string {
  return i18n.t(key, { ...values, lng: locale }) as string;
}

function resolve(locale: Locale, value: MessageArg): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('ref' in value) return translate(locale, value.ref, value.params);
  return value.list.map((item) => resolve(locale, item)).join(value.separator ?? translate(locale, 'common.separator'));
}

/** Locale maps for Discord's `name_localizations` / `description_localizations` (English is the base text). */
export function localizations<K extends MessageKey>(key: K, ...params: ParamsArg<K>): Record<'ko' | 'ja', string> {
  return { ko: t('ko', key, ...params), ja: t('ja', key, ...params) };
}

/** A choice whose name follows the reader's client language, e.g. a kind of deal. */
export function localizedChoice<V extends string | number>(key: MessageKey, value: V) {
  return {
    name: translate('en', key),
    name_localizations: { ko: translate('ko', key), ja: translate('ja', key) },
    value,
  };
}

type CommandCatalog = (typeof en)['commands'];
type SubcommandOf<C extends keyof CommandCatalog> = CommandCatalog[C] extends { options: infer O }
  ? { [S in keyof O]: O[S] extends { options: object } ? S : never }[keyof O]
  : never;

/**
 * A command as the reader types it in their client, without the slash: "title" / "작품", "digest set" / "브리핑 설정".
 * Catalog texts put it in code with its slash ("`/{{command}}`"); it renders in whichever language the message does.
 */
export function commandRef<C extends keyof CommandCatalog>(
  command: C,
  subcommand?: SubcommandOf<C> & string,
): MessageArg {
  const name: MessageRef = { ref: `commands.${command}.name` as MessageKey };
  return subcommand ? list([name, { ref: `commands.${command}.options.${subcommand}.name` as MessageKey }], ' ') : name;
}

/** "/title", "/작품", "/digest set", "/브리핑 설정". */
export const commandName = <C extends keyof CommandCatalog>(
  locale: Locale,
  command: C,
  subcommand?: SubcommandOf<C> & string,
) => `/${resolve(locale, commandRef(command, subcommand))}`;

/** The name of an option as the reader sees it in their client, by its path: "digest.options.set.options.channel". */
export const optionName = (locale: Locale, path: string) => translate(locale, `commands.${path}.name` as MessageKey);
