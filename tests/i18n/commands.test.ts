import { SlashCommandBuilder } from '@discordjs/builders';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { localizeCommand } from '../../src/i18n/localize-command.js';

// Discord's rule for command and option names, localized ones included.
// https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const LANGUAGES = ['ko', 'ja'] as const;

interface Localized {
  name: string;
  description?: string;
  name_localizations?: Record<string, string> | null;
  description_localizations?: Record<string, string> | null;
  options?: Localized[];
  choices?: { name: string; value: unknown; name_localizations?: Record<string, string> | null }[];
}

/** Every command, subcommand and option in the JSON Discord receives, with its path for messages. */
function walk(item: Localized, path: string): [string, Localized][] {
  return [[path, item], ...(item.options ?? []).flatMap((option) => walk(option, `${path} ${option.name}`))];
}

const everything = commands.flatMap((command) =>
  walk(command.data.toJSON() as unknown as Localized, `/${command.data.name}`),
);

describe('localized commands', () => {
  it.each(LANGUAGES)('gives every command, subcommand and option a %s name Discord accepts', (language) => {
    for (const [path, item] of everything) {
      const name = item.name_localizations?.[language];
      expect(name, path).toMatch(NAME);
      // Lower case wherever the script has case; Hangul and kana have none.
      expect(name, path).toBe(name!.toLocaleLowerCase(language));
    }
  });

  it.each(LANGUAGES)('gives every command, subcommand and option a %s description of 1–100 characters', (language) => {
    for (const [path, item] of everything) {
      const description = item.description_localizations?.[language];
      expect(description?.length, path).toBeGreaterThan(0);
      expect(description!.length, path).toBeLessThanOrEqual(100);
    }
  });

  it.each(LANGUAGES)('gives every choice a %s name of 1–100 characters', (language) => {
    const choices = everything.flatMap(([path, item]) =>
      (item.choices ?? []).map((choice) => [`${path}=${String(choice.value)}`, choice] as const),
    );
    expect(choices.length).toBeGreaterThan(0);
    for (const [path, choice] of choices) {
      expect(choice.name_localizations?.[language]?.length, path).toBeGreaterThan(0);
      expect(choice.name_localizations![language]!.length, path).toBeLessThanOrEqual(100);
    }
  });

  it.each(LANGUAGES)('keeps %s names unique among commands, and among the options of each command', (language) => {
    const unique = (names: unknown[]) => expect(new Set(names).size).toBe(names.length);
    unique(commands.map((command) => command.data.toJSON().name_localizations?.[language]));
    for (const [, item] of everything)
      unique((item.options ?? []).map((option) => option.name_localizations?.[language]));
  });

  it('refuses a command whose option has no catalog entry, so nothing ships untranslated', () => {
    const builder = new SlashCommandBuilder().setName('title').addStringOption((o) => o.setName('season'));
    expect(() => localizeCommand(builder, 'title')).toThrow(/commands\.title\.options\.season/);
  });

  it('refuses a catalog name that differs from the builder name', () => {
    expect(() => localizeCommand(new SlashCommandBuilder().setName('titles'), 'title')).toThrow(
      /builder is named "titles"/,
    );
  });
});
