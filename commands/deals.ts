import { SlashCommandBuilder } from '@discordjs/builders';
import type { AutocompleteInteraction } from 'discord.js';
import { DEAL_KINDS, type DealKind } from '../src/domain/types.js';
import type { Command, Deps } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { pagerRow, readPagerClick, PAGER_LIFETIME_MS, type PagerState } from '../src/discord/pager.js';
import { companyChoiceLabel } from '../src/discord/render/choices.js';
import { pageCountOf, renderDealsPage } from '../src/discord/render/deals.js';
import { notFoundError } from '../src/discord/render/not-found.js';
import { answer, toPayload, type MessageView } from '../src/discord/reply.js';
import { UserError } from '../src/domain/user-error.js';
import { list, localizedChoice, ref, toLocale, type Locale } from '../src/i18n/index.js';
import { localizeCommand } from '../src/i18n/localize-command.js';
import { listDeals, suggestCompanies, type DealsQuery } from '../src/services/deals.js';

export default {
  data: localizeCommand(
    new SlashCommandBuilder()
      .setName('deals')
      .addStringOption((o) => o.setName('company').setRequired(true).setMaxLength(100).setAutocomplete(true))
      .addStringOption((o) => o.setName('partner').setMaxLength(100).setAutocomplete(true))
      .addStringOption((o) =>
        o.setName('kind').addChoices(DEAL_KINDS.map((kind) => localizedChoice(`dealKinds.${kind}`, kind))),
      ),
    'deals',
  ),

  async execute(interaction, deps) {
    const query: DealsQuery = {
      company: interaction.options.getString('company', true),
      partner: interaction.options.getString('partner') ?? undefined,
      kind: parseKind(interaction.options.getString('kind')),
    };
    const pager = {
      command: 'deals',
      ownerId: interaction.user.id,
      expiresAt: deps.clock().getTime() + PAGER_LIFETIME_MS,
      page: 0,
      args: [],
    };
    await answer(interaction, dealsView(query, pager, deps, toLocale(interaction.locale)));
  },

  async autocomplete(interaction: AutocompleteInteraction, deps) {
    const locale = toLocale(interaction.locale);
    const suggestions = suggestCompanies(deps.store, interaction.options.getFocused());
    await interaction.respond(
      fitChoices(suggestions.map((s) => ({ name: companyChoiceLabel(s.company, s.shown, locale), value: s.value }))),
    );
  },

  async button(interaction, deps) {
    const state = await readPagerClick(interaction, deps.clock());
    const [company = '', partner = '', kind = ''] = state.args;
    const query = { company, partner: partner || undefined, kind: (kind || undefined) as DealKind | undefined };
    await interaction.update(toPayload(dealsView(query, state, deps, toLocale(interaction.locale))));
  },
} satisfies Command;

function dealsView(query: DealsQuery, pager: PagerState, deps: Deps, locale: Locale): MessageView {
  const result = listDeals(deps.store, query);
  if (!result.found)
    throw notFoundError(result.role === 'company' ? 'company' : 'partner', result.query, result.suggestions, 'deals');
  const page = Math.min(pager.page, pageCountOf(result.lines) - 1);
  const args = [result.company.id, result.partner?.id ?? '', result.kind ?? ''];
  return {
    ...renderDealsPage({ ...result, page }, locale),
    components: pagerRow({ ...pager, page, args }, pageCountOf(result.lines), locale),
  };
}

function parseKind(value: string | null): DealKind | undefined {
  if (value === null) return undefined;
  if (!(DEAL_KINDS as readonly string[]).includes(value)) {
    throw new UserError('deals.unknownKind', { kinds: list(DEAL_KINDS.map((kind) => ref(`dealKinds.${kind}`))) });
  }
  return value as DealKind;
}
