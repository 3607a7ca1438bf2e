import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command, Deps } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { pagerRow, readPagerClick, PAGER_LIFETIME_MS, type PagerState } from '../src/discord/pager.js';
import { answerWithPicture, wantsPicture } from '../src/discord/picture-reply.js';
import { CHART_ROWS_PER_PAGE, renderChart } from '../src/discord/render/chart.js';
import { chartChoiceLabel } from '../src/discord/render/choices.js';
import { safe } from '../src/discord/render/format.js';
import { notFoundError } from '../src/discord/render/not-found.js';
import { chartPicture, type PictureRequest } from '../src/discord/render/pictures/index.js';
import type { MessageView } from '../src/discord/reply.js';
import { UserError } from '../src/domain/user-error.js';
import { formatDate } from '../src/i18n/format.js';
import { list, ref, toLocale, type Locale } from '../src/i18n/index.js';
import { localizeCommand } from '../src/i18n/localize-command.js';
import { chartName } from '../src/i18n/names.js';
import { catalogVersion } from '../src/services/catalog.js';
import { showChart, suggestCharts, suggestPeriods } from '../src/services/charts.js';

export default {
  data: localizeCommand(
    new SlashCommandBuilder()
      .setName('chart')
      .addStringOption((o) => o.setName('chart').setRequired(true).setMaxLength(100).setAutocomplete(true))
      .addStringOption((o) => o.setName('period').setMaxLength(10).setAutocomplete(true))
      .addBooleanOption((o) => o.setName('picture')),
    'chart',
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
    const locale = toLocale(interaction.locale);
    const chart = interaction.options.getString('chart', true);
    const period = interaction.options.getString('period') ?? undefined;
    const { view, request } = chartView(chart, period, pager, deps, picture, locale);
    await answerWithPicture(interaction, view, request, deps, locale);
  },

  async autocomplete(interaction, deps) {
    const locale = toLocale(interaction.locale);
    const focused = interaction.options.getFocused(true);
    const choices =
      focused.name === 'period'
        ? suggestPeriods(deps.store, interaction.options.getString('chart') ?? '', focused.value).map((p) => ({
            name: formatDate(locale, p),
            value: p,
          }))
        : suggestCharts(deps.store, focused.value).map((c) => ({
            name: chartChoiceLabel(c.chart, locale),
            value: c.value,
          }));
    await interaction.respond(fitChoices(choices));
  },

  async button(interaction, deps) {
    const state = await readPagerClick(interaction, deps.clock());
    const locale = toLocale(interaction.locale);
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
  locale: Locale,
): { view: MessageView; request?: PictureRequest } {
  const result = showChart(deps.store, chart, period);
  if (!result.found) {
    if (result.problem === 'chart') throw notFoundError('chart', result.query, result.suggestions, 'chart');
    if (result.problem === 'empty')
      throw new UserError('chart.empty', {
        chart: safe(result.chart ? chartName(result.chart, locale) : result.query),
      });
    const query = ref('common.quoted', { text: safe(result.query.slice(0, 20)) });
    throw new UserError('chart.noPeriod', {
      query,
      latest: list(result.suggestions.map((date) => formatDate(locale, date))),
    });
  }
  const pages = Math.ceil(result.rows.length / CHART_ROWS_PER_PAGE);
  const page = Math.min(pager.page, pages - 1);
  const args = [result.history.chart.id, result.period, picture ? '' : 'text'];
  return {
    view: { ...renderChart(result, page, locale), components: pagerRow({ ...pager, page, args }, pages, locale) },
    request: picture && result.rows.length > 0 ? chartPicture(catalogVersion(deps.store), result, locale) : undefined,
  };
}
