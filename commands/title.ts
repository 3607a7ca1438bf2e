import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { renderTitleCard } from '../src/discord/render/title-card.js';
import { answer } from '../src/discord/reply.js';
import { notFoundMessage } from '../src/discord/render/not-found.js';
import { UserError } from '../src/domain/user-error.js';
import { memoForCatalog } from '../src/services/catalog.js';
import { lookUpTitle, suggestTitles } from '../src/services/titles.js';

export default {
  data: new SlashCommandBuilder()
    .setName('title')
    .setDescription('Everything withk knows about a series, film or show: cast, makers, charts and deals')
    .addStringOption((option) =>
      option
        .setName('name')
        .setDescription('The title in English, Korean or its original language, e.g. Romantics Anonymous')
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    ),

  async execute(interaction, deps) {
    const result = lookUpTitle(deps.store, interaction.options.getString('name', true));
    if (!result.found) throw new UserError(notFoundMessage('title', result.query, result.suggestions, '/title'));
    await answer(
      interaction,
      memoForCatalog(deps.store, `title-card:${result.card.title.id}`, () => renderTitleCard(result.card)),
    );
  },

  async autocomplete(interaction, deps) {
    const suggestions = suggestTitles(deps.store, interaction.options.getFocused());
    await interaction.respond(fitChoices(suggestions.map((s) => ({ name: s.label, value: s.value }))));
  },
} satisfies Command;
