import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { renderTitleCard } from '../src/discord/render/title-card.js';
import { answerWithPicture, wantsPicture } from '../src/discord/picture-reply.js';
import { titlePicture, toPictureLocale } from '../src/discord/render/pictures/index.js';
import { notFoundMessage } from '../src/discord/render/not-found.js';
import { UserError } from '../src/domain/user-error.js';
import { catalogVersion, memoForCatalog } from '../src/services/catalog.js';
import { hasChartHistory, lookUpTitle, rankHistoryOf, suggestTitles } from '../src/services/titles.js';

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
    )
    .addBooleanOption((option) =>
      option
        .setName('picture')
        .setDescription('Show its ranks over time as a picture (default: yes, unless the server turned pictures off)'),
    ),

  async execute(interaction, deps) {
    const result = lookUpTitle(deps.store, interaction.options.getString('name', true));
    if (!result.found) throw new UserError(notFoundMessage('title', result.query, result.suggestions, '/title'));
    const { title } = result.card;
    const view = memoForCatalog(deps.store, `title-card:${title.id}`, () => renderTitleCard(result.card));
    // A title that never charted answers exactly as before pictures: no settings read, nothing drawn.
    const picture = hasChartHistory(deps.store, title.id) && (await wantsPicture(interaction, deps));
    const locale = toPictureLocale(interaction.locale);
    const request = picture
      ? titlePicture(catalogVersion(deps.store), title, () => rankHistoryOf(deps.store, title.id), locale)
      : undefined;
    await answerWithPicture(interaction, view, request, deps, locale);
  },

  async autocomplete(interaction, deps) {
    const suggestions = suggestTitles(deps.store, interaction.options.getFocused());
    await interaction.respond(fitChoices(suggestions.map((s) => ({ name: s.label, value: s.value }))));
  },
} satisfies Command;
