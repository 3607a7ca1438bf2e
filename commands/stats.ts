import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { formatHalfYear, localeOf } from '../src/discord/render/locale.js';
import { renderStats } from '../src/discord/render/stats.js';
import { answer } from '../src/discord/reply.js';
import { UserError } from '../src/domain/user-error.js';
import { VIEWING_ORIGINS, type ViewingOrigin } from '../src/domain/viewing-origins.js';
import { listViewingPeriods, normalizePeriod, viewingStats } from '../src/services/viewing-stats.js';

const ORIGIN_CHOICES: { name: string; value: ViewingOrigin }[] = [
  { name: 'Korean', value: 'korean' },
  { name: 'Japanese', value: 'japanese' },
  { name: 'Chinese-language', value: 'chinese' },
  { name: 'Thai', value: 'thai' },
  { name: 'Indian', value: 'indian' },
];

export default {
  data: new SlashCommandBuilder()
    .setName('stats')
    .setDescription("How much of Netflix's viewing went to Korean (or other) titles in a half-year")
    .addStringOption((o) =>
      o
        .setName('period')
        .setDescription('A half-year, e.g. 2024 H2; default: the newest report')
        .setMaxLength(20)
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o.setName('origin').setDescription('Whose titles to count (default Korean)').addChoices(ORIGIN_CHOICES),
    ),

  async execute(interaction, deps) {
    const origin = interaction.options.getString('origin') ?? 'korean';
    if (!(origin in VIEWING_ORIGINS))
      throw new UserError(`Unknown origin. Pick one of: ${ORIGIN_CHOICES.map((c) => c.name).join(', ')}.`);
    const result = viewingStats(
      deps.store,
      interaction.options.getString('period') ?? undefined,
      origin as ViewingOrigin,
    );
    if (!result.found) {
      if (result.periods.length === 0)
        throw new UserError(
          'No Netflix engagement report has been imported yet: `npm run import -- netflix-engagement <xlsx>` adds one.',
        );
      throw new UserError(
        `No engagement report covers “${(result.period ?? '').slice(0, 20)}”. withk has ${result.periods.map((p) => formatHalfYear('en', p)).join(', ')}.`,
      );
    }
    await answer(interaction, renderStats(result.stats, localeOf(interaction.locale)));
  },

  async autocomplete(interaction, deps) {
    const typed = interaction.options.getFocused().trim();
    const wanted = typed ? normalizePeriod(typed) : '';
    const periods = listViewingPeriods(deps.store).filter(
      (p) => !typed || p.startsWith(wanted) || p.startsWith(typed.slice(0, 4)),
    );
    const locale = localeOf(interaction.locale);
    await interaction.respond(fitChoices(periods.map((p) => ({ name: formatHalfYear(locale, p), value: p }))));
  },
} satisfies Command;
