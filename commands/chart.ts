import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command, Deps } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { pagerRow, readPagerClick, PAGER_LIFETIME_MS, type PagerState } from '../src/discord/pager.js';
import { CHART_ROWS_PER_PAGE, renderChart } from '../src/discord/render/chart.js';
import { formatDate } from '../src/discord/render/format.js';
import { notFoundMessage } from '../src/discord/render/not-found.js';
import { answer, toPayload, type MessageView } from '../src/discord/reply.js';
import { UserError } from '../src/domain/user-error.js';
import { showChart, suggestCharts, suggestPeriods } from '../src/services/charts.js';

export default {
  data: new SlashCommandBuilder()
    .setName('chart')
    .setDescription('A chart for one week or day, with movements and streaks (Netflix Top 10, Korean box office)')
    .addStringOption((o) =>
      o
        .setName('chart')
        .setDescription('Which chart, e.g. "Japan TV" or "box office"')
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName('period')
        .setDescription('A date in the week or day you want (YYYY-MM-DD); default: the latest')
        .setMaxLength(10)
        .setAutocomplete(true),
    ),

  async execute(interaction, deps) {
    const pager = {
      command: 'chart',
      ownerId: interaction.user.id,
      expiresAt: deps.clock().getTime() + PAGER_LIFETIME_MS,
      page: 0,
      args: [],
    };
    await answer(
      interaction,
      chartView(
        interaction.options.getString('chart', true),
        interaction.options.getString('period') ?? undefined,
        pager,
        deps,
      ),
    );
  },

  async autocomplete(interaction, deps) {
    const focused = interaction.options.getFocused(true);
    const choices =
      focused.name === 'period'
        ? suggestPeriods(deps.store, interaction.options.getString('chart') ?? '', focused.value).map((p) => ({
            name: formatDate(p),
            value: p,
          }))
        : suggestCharts(deps.store, focused.value).map((c) => ({ name: c.label, value: c.value }));
    await interaction.respond(fitChoices(choices));
  },

  async button(interaction, deps) {
    const state = await readPagerClick(interaction, deps.clock());
    await interaction.update(toPayload(chartView(state.args[0] ?? '', state.args[1], state, deps)));
  },
} satisfies Command;

function chartView(chart: string, period: string | undefined, pager: PagerState, deps: Deps): MessageView {
  const result = showChart(deps.store, chart, period);
  if (!result.found) {
    if (result.problem === 'chart')
      throw new UserError(notFoundMessage('chart', result.query, result.suggestions, '/chart'));
    if (result.problem === 'empty') throw new UserError(`${result.query} has no entries yet.`);
    throw new UserError(
      `That chart has no period matching “${result.query.slice(0, 20)}”. Use a date as YYYY-MM-DD; the latest are ${result.suggestions.map(formatDate).join(', ')}.`,
    );
  }
  const pages = Math.ceil(result.rows.length / CHART_ROWS_PER_PAGE);
  const page = Math.min(pager.page, pages - 1);
  return {
    ...renderChart(result, page),
    components: pagerRow({ ...pager, page, args: [result.history.chart.id, result.period] }, pages),
  };
}
