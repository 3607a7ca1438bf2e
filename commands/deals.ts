import { SlashCommandBuilder } from '@discordjs/builders';
import type { AutocompleteInteraction } from 'discord.js';
import { DEAL_KINDS, type DealKind } from '../src/domain/types.js';
import type { Command, Deps } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { pagerRow, readPagerClick, PAGER_LIFETIME_MS, type PagerState } from '../src/discord/pager.js';
import { DEAL_KIND_LABELS, pageCountOf, renderDealsPage } from '../src/discord/render/deals.js';
import { notFoundMessage } from '../src/discord/render/not-found.js';
import { answer, toPayload, type MessageView } from '../src/discord/reply.js';
import { UserError } from '../src/domain/user-error.js';
import { listDeals, suggestCompanies, type DealsQuery } from '../src/services/deals.js';

export default {
  data: new SlashCommandBuilder()
    .setName('deals')
    .setDescription("A company's partnerships: co-productions, investments, platform deals, newest first")
    .addStringOption((o) =>
      o
        .setName('company')
        .setDescription('The company, e.g. CJ ENM')
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName('partner')
        .setDescription('Only deals with this partner, e.g. TBS')
        .setMaxLength(100)
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName('kind')
        .setDescription('Only this kind of deal')
        .addChoices(DEAL_KINDS.map((kind) => ({ name: DEAL_KIND_LABELS[kind], value: kind }))),
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
    await answer(interaction, dealsView(query, pager, deps));
  },

  async autocomplete(interaction: AutocompleteInteraction, deps) {
    const suggestions = suggestCompanies(deps.store, interaction.options.getFocused());
    await interaction.respond(fitChoices(suggestions.map((s) => ({ name: s.label, value: s.value }))));
  },

  async button(interaction, deps) {
    const state = await readPagerClick(interaction, deps.clock());
    const [company = '', partner = '', kind = ''] = state.args;
    await interaction.update(
      toPayload(
        dealsView(
          { company, partner: partner || undefined, kind: (kind || undefined) as DealKind | undefined },
          state,
          deps,
        ),
      ),
    );
  },
} satisfies Command;

function dealsView(query: DealsQuery, pager: PagerState, deps: Deps): MessageView {
  const result = listDeals(deps.store, query);
  if (!result.found)
    throw new UserError(
      notFoundMessage(result.role === 'company' ? 'company' : 'partner', result.query, result.suggestions, '/deals'),
    );
  const page = Math.min(pager.page, pageCountOf(result.lines) - 1);
  const args = [result.company.id, result.partner?.id ?? '', result.kind ?? ''];
  return {
    ...renderDealsPage({ ...result, page }),
    components: pagerRow({ ...pager, page, args }, pageCountOf(result.lines)),
  };
}

function parseKind(value: string | null): DealKind | undefined {
  if (value === null) return undefined;
  if (!(DEAL_KINDS as readonly string[]).includes(value)) {
    throw new UserError(
      `Unknown kind of deal. Pick one of: ${DEAL_KINDS.map((kind) => DEAL_KIND_LABELS[kind]).join(', ')}.`,
    );
  }
  return value as DealKind;
}
