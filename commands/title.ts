import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { titleChoiceLabel } from '../src/discord/render/choices.js';
import { notFoundError } from '../src/discord/render/not-found.js';
import { renderTitleCard } from '../src/discord/render/title-card.js';
import { answer } from '../src/discord/reply.js';
import { toLocale } from '../src/i18n/index.js';
import { localizeCommand } from '../src/i18n/localize-command.js';
import { memoForCatalog } from '../src/services/catalog.js';
import { lookUpTitle, suggestTitles } from '../src/services/titles.js';

export default {
  data: localizeCommand(
    new SlashCommandBuilder()
      .setName('title')
      .addStringOption((option) => option.setName('name').setRequired(true).setMaxLength(100).setAutocomplete(true)),
    'title',
  ),

  async execute(interaction, deps) {
    const result = lookUpTitle(deps.store, interaction.options.getString('name', true));
    if (!result.found) throw notFoundError('title', result.query, result.suggestions, 'title');
    const locale = toLocale(interaction.locale);
    // A card depends only on the catalog and the language: rendered once per catalog version, title and language.
    const card = memoForCatalog(deps.store, `title-card:${locale}:${result.card.title.id}`, () =>
      renderTitleCard(result.card, locale),
    );
    await answer(interaction, card);
  },

  async autocomplete(interaction, deps) {
    const locale = toLocale(interaction.locale);
    const suggestions = suggestTitles(deps.store, interaction.options.getFocused());
    const choices = suggestions.map((s) => ({ name: titleChoiceLabel(s.title, s.shown, locale), value: s.value }));
    await interaction.respond(fitChoices(choices));
  },
} satisfies Command;
