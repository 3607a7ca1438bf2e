import {
  ApplicationCommandOptionType,
  type APIApplicationCommandOption,
  type CommandInteractionOption,
} from 'discord.js';
import type { Command } from '../discord/command.js';
import { t, type Locale } from '../i18n/index.js';

type Named = { name: string; name_localizations?: Partial<Record<string, string | null>> | null };

type Described = Named & {
  description: string;
  description_localizations?: Partial<Record<string, string | null>> | null;
};

// A name as typed matches the command's own name or the one the reader's client shows ("title" or "작품").
const localName = (item: Named, locale: Locale) =>
  (locale === 'en' ? undefined : item.name_localizations?.[locale]) ?? item.name;
const isNamed = (item: Named, typed: string, locale: Locale) =>
  item.name === typed || localName(item, locale) === typed;
const localDescription = (item: Described, locale: Locale) =>
  (locale === 'en' ? undefined : item.description_localizations?.[locale]) ?? item.description;

/**
 * Parses console input into a command and options, using the command's own option definitions:
 * "/deals CJ ENM" (the text fills the first option), "/deals company:CJ ENM kind:investment",
 * "/digest status" (a subcommand), "/trends 14"; command and option names may be the reader's own ("/작품 …").
 */
export function parseConsoleInput(
  line: string,
  commands: readonly Command[],
  locale: Locale,
): { command: Command; options: CommandInteractionOption[] } | { error: string } {
  const match = /^\/?(\S+)\s*(.*)$/s.exec(line.trim());
  const typed = match?.[1]!.toLowerCase() ?? '';
  const command = match && commands.find((c) => isNamed(c.data.toJSON(), typed, locale));
  if (!match || !command)
    return {
      error: t(locale, 'console.unknownCommand', { commands: commands.map((c) => `/${c.data.name}`).join(' ') }),
    };
  let rest = match[2]!.trim();
  let defs = (command.data.toJSON().options ?? []) as APIApplicationCommandOption[];
  const first = rest.split(/\s+/)[0]?.toLowerCase() ?? '';
  const sub = defs.find((d) => d.type === ApplicationCommandOptionType.Subcommand && isNamed(d, first, locale));
  if (sub && 'options' in sub) {
    rest = rest.slice(first.length).trim();
    defs = (sub.options ?? []) as APIApplicationCommandOption[];
  }
  const named = [...rest.matchAll(/(?:^|\s)([\p{L}\p{N}_-]+):/gu)]
    .map((m) => ({ m, def: defs.find((d) => isNamed(d, m[1]!, locale)) }))
    .filter((found) => found.def);
  const values = new Map<string, string>();
  // Text before the first name:value pair fills the first option ("/chart japan tv period:2022-10-16").
  const leading = rest.slice(0, named[0]?.m.index ?? rest.length).trim();
  if (leading && defs[0]) values.set(defs[0].name, leading);
  named.forEach(({ m, def }, i) => {
    const end = named[i + 1]?.m.index ?? rest.length;
    values.set(def!.name, rest.slice(m.index! + m[0].length, end).trim());
  });
  const options: CommandInteractionOption[] = [];
  for (const [name, raw] of values) {
    const def = defs.find((d) => d.name === name)!;
    if (def.type === ApplicationCommandOptionType.Channel) return { error: t(locale, 'console.channelOffline') };
    const numeric =
      def.type === ApplicationCommandOptionType.Integer || def.type === ApplicationCommandOptionType.Number;
    if (numeric && !/^-?\d+(\.\d+)?$/.test(raw))
      return { error: t(locale, 'console.notNumber', { option: localName(def, locale) }) };
    const boolean = def.type === ApplicationCommandOptionType.Boolean;
    if (boolean && !/^(true|false)$/i.test(raw))
      return { error: t(locale, 'console.notBoolean', { option: localName(def, locale) }) };
    options.push({ name, type: def.type, value: numeric ? Number(raw) : boolean ? /^true$/i.test(raw) : raw });
  }
  const missing = defs.find((d) => 'required' in d && d.required && !values.has(d.name));
  if (missing)
    return {
      error: t(locale, 'console.missingOption', {
        option: localName(missing, locale),
        description: localDescription(missing, locale),
      }),
    };
  return { command, options: sub ? [{ name: sub.name, type: sub.type, options }] : options };
}
