import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { answerWithPicture, wantsPicture } from '../src/discord/picture-reply.js';
import { titleChoiceLabel } from '../src/discord/render/choices.js';
import { notFoundError } from '../src/discord/render/not-found.js';
import { titlePicture, viewingPicture, type PictureRequest } from '../src/discord/render/pictures/index.js';
import { renderFullCast, renderTitleCard } from '../src/discord/render/title-card.js';
import { answer } from '../src/discord/reply.js';
import { toLocale } from '../src/i18n/index.js';
import { localizeCommand } from '../src/i18n/localize-command.js';
import { catalogVersion, memoForCatalog } from '../src/services/catalog.js';
import { hasChartHistory, lookUpTitle, rankHistoryOf, suggestTitles } from '../src/services/titles.js';

export default {
  data: localizeCommand(
    new SlashCommandBuilder()
      .setName('title')
      .addStringOption((option) => option.setName('name').setRequired(true).setMaxLength(100).setAutocomplete(true))
      .addBooleanOption((option) => option.setName('picture'))
      .addBooleanOption((option) => option.setName('full_cast')),
    'title',
  ),

  async execute(interaction, deps) {
    const result = lookUpTitle(deps.store, interaction.options.getString('name', true));
    if (!result.found) throw notFoundError('title', result.query, result.suggestions, 'title');
    const { title } = result.card;
    const locale = toLocale(interaction.locale);
    if (interaction.options.getBoolean('full_cast')) {
      const cast = memoForCatalog(deps.store, `full-cast:${locale}:${title.id}`, () =>
        renderFullCast(result.card, locale),
      );
      await answer(interaction, cast);
      return;
    }
    // A card depends only on the catalog and the language: rendered once per catalog version, title and language.
    const view = memoForCatalog(deps.store, `title-card:${locale}:${title.id}`, () =>
      renderTitleCard(result.card, locale),
    );
    // A title that never charted nor had viewing reported answers exactly as before pictures: no settings read,
    // nothing drawn. Ranks over time and hours viewed are two pictures, each in its own embed.
    const charted = hasChartHistory(deps.store, title.id);
    const viewed = result.card.viewing.length > 0;
    const picture = (charted || viewed) && (await wantsPicture(interaction, deps));
    const version = catalogVersion(deps.store);
    const requests: PictureRequest[] = [];
    if (picture && charted)
      requests.push(titlePicture(version, title, () => rankHistoryOf(deps.store, title.id), locale));
    if (picture && viewed) requests.push(viewingPicture(version, title, result.card.viewing, locale));
    await answerWithPicture(interaction, view, requests, deps, locale);
  },

  async autocomplete(interaction, deps) {
    const locale = toLocale(interaction.locale);
    const suggestions = suggestTitles(deps.store, interaction.options.getFocused());
    const choices = suggestions.map((s) => ({ name: titleChoiceLabel(s.title, s.shown, locale), value: s.value }));
    await interaction.respond(fitChoices(choices));
  },
} satisfies Command;
