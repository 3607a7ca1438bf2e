import { CATALOGS, LOCALES } from './index.js';
import type { en } from './locales/en.js';

/** What a slash-command, subcommand or option builder of @discordjs/builders offers (no import needed here). */
interface LocalizableBuilder {
  readonly name: string;
  readonly options?: readonly unknown[];
  setDescription(description: string): unknown;
  setNameLocalizations(localizations: Record<string, string>): unknown;
  setDescriptionLocalizations(localizations: Record<string, string>): unknown;
}

interface CommandNode {
  name: string;
  description: string;
  options?: Record<string, CommandNode>;
}

/**
 * Gives a command, and every subcommand and option in it, its description from the English catalog and its
 * Korean and Japanese names and descriptions (Discord's `name_localizations` / `description_localizations`).
 * The builders validate each localized name when the command loads, and a builder without a catalog entry
 * (or a catalog entry whose English name differs) throws, so a new option cannot ship untranslated.
 */
export function localizeCommand<B extends LocalizableBuilder>(builder: B, command: keyof (typeof en)['commands']): B {
  apply(builder, `commands.${command}`, (locale) => CATALOGS[locale].commands[command] as CommandNode);
  return builder;
}

function apply(
  builder: LocalizableBuilder,
  path: string,
  nodeIn: (locale: (typeof LOCALES)[number]) => CommandNode | undefined,
): void {
  const english = nodeIn('en');
  if (!english)
    throw new Error(
      `No catalog entry ${path} for "${builder.name}": add it to src/i18n/locales/en.ts, ko.ts and ja.ts.`,
    );
  if (english.name !== builder.name)
    throw new Error(`${path}.name is "${english.name}" but the builder is named "${builder.name}".`);
  builder.setDescription(english.description);
  const others = LOCALES.filter((locale) => locale !== 'en');
  builder.setNameLocalizations(Object.fromEntries(others.map((locale) => [locale, nodeIn(locale)!.name])));
  builder.setDescriptionLocalizations(
    Object.fromEntries(others.map((locale) => [locale, nodeIn(locale)!.description])),
  );
  for (const option of (builder.options ?? []) as LocalizableBuilder[]) {
    apply(option, `${path}.options.${option.name}`, (locale) => nodeIn(locale)?.options?.[option.name]);
  }
}
