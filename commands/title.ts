import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { answerWithPicture, wantsPicture } from '../src/discord/picture-reply.js';
import { titlePicture, toPictureLocale } from '../src/discord/render/pictures/index.js';
import { renderTitleCard } from '../src/discord/render/title-card.js';
import type { MessageView } from '../src/discord/reply.js';
import { notFoundMessage } from '../src/discord/render/not-found.js';
import { UserError } from '../src/domain/user-error.js';
import { indexOf } from '../src/services/catalog-index.js';
import { hasChartHistory, lookUpTitle, rankHistoryOf, suggestTitles, type TitleCard } from '../src/services/titles.js';
import type { CatalogIndex } from '../src/domain/catalog-index.js';

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
    .addBooleanOption((option) => option.setName('picture').setDescription('Show its ranks over time as a picture (default: yes, unless the server turned pictures off)')),

  async execute(interaction, deps) {
    const index = indexOf(deps.store);
    const result = lookUpTitle(index, interaction.options.getString('name', true));
    if (!result.found) throw new UserError(notFoundMessage('title', result.query, result.suggestions, '/title'));
    const locale = toPictureLocale(interaction.locale);
    const { title } = result.card;
    const picture = wantsPicture(interaction, deps) && hasChartHistory(index, title.id);
    const request = picture ? titlePicture(index, title, () => rankHistoryOf(index, title.id), locale) : undefined;
    await answerWithPicture(interaction, cachedCard(index, result.card), request, deps, locale);
  },

  async autocomplete(interaction, deps) {
    const suggestions = suggestTitles(indexOf(deps.store), interaction.options.getFocused());
    await interaction.respond(fitChoices(suggestions.map((s) => ({ name: s.label, value: s.value }))));
  },
} satisfies Command;

// A card depends only on the catalog, so it is rendered once per catalog version and title (an import makes a new index).
const cards = new WeakMap<CatalogIndex, Map<string, MessageView>>();

function cachedCard(index: CatalogIndex, card: TitleCard): MessageView {
  let byTitle = cards.get(index);
  if (!byTitle) cards.set(index, (byTitle = new Map()));
  let view = byTitle.get(card.title.id);
  if (!view) byTitle.set(card.title.id, (view = renderTitleCard(card)));
  return view;
}
