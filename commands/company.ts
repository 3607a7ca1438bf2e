import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command, Deps } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { pagerRow, readPagerClick, PAGER_LIFETIME_MS, type PagerState } from '../src/discord/pager.js';
import { companyChoiceLabel } from '../src/discord/render/choices.js';
import { companyPageCount, renderCompany } from '../src/discord/render/company.js';
import { notFoundError } from '../src/discord/render/not-found.js';
import { answer, toPayload, type MessageView } from '../src/discord/reply.js';
import { toLocale, type Locale } from '../src/i18n/index.js';
import { localizeCommand } from '../src/i18n/localize-command.js';
import { lookUpCompany } from '../src/services/companies.js';
import { suggestCompanies } from '../src/services/deals.js';

export default {
  data: localizeCommand(
    new SlashCommandBuilder()
      .setName('company')
      .addStringOption((o) => o.setName('name').setRequired(true).setMaxLength(100).setAutocomplete(true)),
    'company',
  ),

  async execute(interaction, deps) {
    const pager = {
      command: 'company',
      ownerId: interaction.user.id,
      expiresAt: deps.clock().getTime() + PAGER_LIFETIME_MS,
      page: 0,
      args: [],
    };
    const name = interaction.options.getString('name', true);
    await answer(interaction, companyView(name, pager, deps, toLocale(interaction.locale)));
  },

  async autocomplete(interaction, deps) {
    const locale = toLocale(interaction.locale);
    const suggestions = suggestCompanies(deps.store, interaction.options.getFocused());
    await interaction.respond(
      fitChoices(suggestions.map((s) => ({ name: companyChoiceLabel(s.company, s.shown, locale), value: s.value }))),
    );
  },

  async button(interaction, deps) {
    const state = await readPagerClick(interaction, deps.clock());
    await interaction.update(toPayload(companyView(state.args[0] ?? '', state, deps, toLocale(interaction.locale))));
  },
} satisfies Command;

function companyView(name: string, pager: PagerState, deps: Deps, locale: Locale): MessageView {
  const result = lookUpCompany(deps.store, name);
  if (!result.found) throw notFoundError('company', result.query, result.suggestions, 'company');
  const pages = companyPageCount(result.profile);
  const page = Math.min(pager.page, pages - 1);
  const components = pagerRow({ ...pager, page, args: [result.profile.company.id] }, pages, locale);
  return { ...renderCompany(result.profile, page, locale), components };
}
