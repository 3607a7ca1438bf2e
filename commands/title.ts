import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { notFoundError } from '../src/discord/render/not-found.js';
import { titleChoiceLabel } from '../src/discord/render/choices.js';
import { renderTitleCard } from '../src/discord/render/title-card.js';
import { answer, type MessageView } from '../src/discord/reply.js';
import type { CatalogIndex } from '../src/domain/catalog-index.js';
import { toLocale, type Locale } from '../src/i18n/index.js';
import { localizeCommand } from '../src/i18n/localize-command.js';
import { indexOf } from '../src/services/catalog-index.js';
import { lookUpTitle, suggestTitles, type TitleCard } from '../src/services/titles.js';

export default {
  data: localizeCommand(
    new SlashCommandBuilder()
      .setName('title')
      .addStringOption((option) => option.setName('name').setRequired(true).setMaxLength(100).setAutocomplete(true)),
    'title',
  ),

  async execute(interaction, deps) {
    const index = indexOf(deps.store);
    const result = lookUpTitle(index, interaction.options.getString('name', true));
    if (!result.found) throw notFoundError('title', result.query, result.suggestions, 'title');
    await answer(interaction, cachedCard(index, result.card, toLocale(interaction.locale)));
  },

  async autocomplete(interaction, deps) {
    const locale = toLocale(interaction.locale);
    const suggestions = suggestTitles(indexOf(deps.store), interaction.options.getFocused());
    await interaction.respond(
      fitChoices(suggestions.map((s) => ({ name: titleChoiceLabel(s.title, s.shown, locale), value: s.value }))),
    );
  },
} satisfies Command;

// A card depends only on the catalog and the language, so it is rendered once per catalog version, title and
// language (an import makes a new index).
const cards = new WeakMap<CatalogIndex, Map<string, MessageView>>();

function cachedCard(index: CatalogIndex, card: TitleCard, locale: Locale): MessageView {
  let byTitle = cards.get(index);
  if (!byTitle) cards.set(index, (byTitle = new Map()));
  const key = `${locale}:${card.title.id}`;
  let view = byTitle.get(key);
  if (!view) byTitle.set(key, (view = renderTitleCard(card, locale)));
  return view;
}
