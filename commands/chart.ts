import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command, Deps } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { pagerRow, readPagerClick, PAGER_LIFETIME_MS, type PagerState } from '../src/discord/pager.js';
import { CHART_ROWS_PER_PAGE, renderChart } from '../src/discord/render/chart.js';
import { formatDate } from '../src/discord/render/format.js';
import { notFoundMessage } from '../src/discord/render/not-found.js';
import { answerWithPicture, wantsPicture } from '../src/discord/picture-reply.js';
import {
  chartPicture,
  toPictureLocale,
  type PictureLocale,
  type PictureRequest,
} from '../src/discord/render/pictures/index.js';
import type { MessageView } from '../src/discord/reply.js';
import { UserError } from '../src/domain/user-error.js';
import { catalogVersion } from '../src/services/catalog.js';
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
    )
    .addBooleanOption((o) =>
      o
        .setName('picture')
        .setDescription('Show the list as a picture too (default: yes, unless the server turned pictures off)'),
    ),

  async execute(interaction, deps) {
    const pager = {
      command: 'chart',
      ownerId: interaction.user.id,
      expiresAt: deps.clock().getTime() + PAGER_LIFETIME_MS,
      page: 0,
      args: [],
    };
    // The picture choice rides in the pager's args, so turning a page keeps (or keeps leaving out) the picture.
    const picture = await wantsPicture(interaction, deps);
    const locale = toPictureLocale(interaction.locale);
    const chart = interaction.options.getString('chart', true);
    const period = interaction.options.getString('period') ?? undefined;
    const { view, request } = chartView(chart, period, pager, deps, picture, locale);
    await answerWithPicture(interaction, view, request, deps, locale);
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
    const locale = toPictureLocale(interaction.locale);
    const picture = state.args[2] !== 'text';
    const { view, request } = chartView(state.args[0] ?? '', state.args[1], state, deps, picture, locale);
    await answerWithPicture(interaction, view, request, deps, locale, 'update');
  },
} satisfies Command;

function chartView(
  chart: string,
  period: string | undefined,
  pager: PagerState,
  deps: Deps,
  picture: boolean,
  locale: PictureLocale,
): { view: MessageView; request?: PictureRequest } {
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
  const args = [result.history.chart.id, result.period, picture ? '' : 'text'];
  return {
    view: { ...renderChart(result, page), components: pagerRow({ ...pager, page, args }, pages) },
    request: picture && result.rows.length > 0 ? chartPicture(catalogVersion(deps.store), result, locale) : undefined,
  };
}
