import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command, Deps } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { pagerRow, readPagerClick, PAGER_LIFETIME_MS, type PagerState } from '../src/discord/pager.js';
import { companyPageCount, renderCompany } from '../src/discord/render/company.js';
import { localeOf, type Locale } from '../src/discord/render/locale.js';
import { notFoundMessage } from '../src/discord/render/not-found.js';
import { answer, toPayload, type MessageView } from '../src/discord/reply.js';
import { UserError } from '../src/domain/user-error.js';
import { lookUpCompany } from '../src/services/companies.js';
import { suggestCompanies } from '../src/services/deals.js';

export default {
  data: new SlashCommandBuilder()
    .setName('company')
    .setDescription('A company: what it is, what it made or distributed, whom it works with, its deals')
    .addStringOption((o) =>
      o
        .setName('name')
        .setDescription('The company, in English or Korean, e.g. CJ ENM or 씨제이이엔엠')
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    ),

  async execute(interaction, deps) {
    const pager = {
      command: 'company',
      ownerId: interaction.user.id,
      expiresAt: deps.clock().getTime() + PAGER_LIFETIME_MS,
      page: 0,
      args: [],
    };
    await answer(
      interaction,
      companyView(interaction.options.getString('name', true), pager, deps, localeOf(interaction.locale)),
    );
  },

  async autocomplete(interaction, deps) {
    const suggestions = suggestCompanies(deps.store, interaction.options.getFocused());
    await interaction.respond(fitChoices(suggestions.map((s) => ({ name: s.label, value: s.value }))));
  },

  async button(interaction, deps) {
    const state = await readPagerClick(interaction, deps.clock());
    await interaction.update(toPayload(companyView(state.args[0] ?? '', state, deps, localeOf(interaction.locale))));
  },
} satisfies Command;

function companyView(name: string, pager: PagerState, deps: Deps, locale: Locale): MessageView {
  const result = lookUpCompany(deps.store, name);
  if (!result.found) throw new UserError(notFoundMessage('company', result.query, result.suggestions, '/company'));
  const pages = companyPageCount(result.profile);
  const page = Math.min(pager.page, pages - 1);
  return {
    ...renderCompany(result.profile, page, locale),
    components: pagerRow({ ...pager, page, args: [result.profile.company.id] }, pages),
  };
}
