import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { formatHalfYear, renderStats } from '../src/discord/render/stats.js';
import { answerWithPicture, wantsPicture } from '../src/discord/picture-reply.js';
import { statsPicture } from '../src/discord/render/pictures/index.js';
import { UserError } from '../src/domain/user-error.js';
import { VIEWING_ORIGINS, type ViewingOrigin } from '../src/domain/viewing-origins.js';
import { list, localizedChoice, ref, toLocale } from '../src/i18n/index.js';
import { localizeCommand } from '../src/i18n/localize-command.js';
import { catalogVersion } from '../src/services/catalog.js';
import { listViewingPeriods, normalizePeriod, viewingByOrigin, viewingStats } from '../src/services/viewing-stats.js';

const ORIGINS = Object.keys(VIEWING_ORIGINS) as ViewingOrigin[];

export default {
  data: localizeCommand(
    new SlashCommandBuilder()
      .setName('stats')
      .addStringOption((o) => o.setName('period').setMaxLength(20).setAutocomplete(true))
      .addStringOption((o) =>
        o.setName('origin').addChoices(ORIGINS.map((origin) => localizedChoice(`viewingOrigins.${origin}`, origin))),
      )
      .addBooleanOption((o) => o.setName('picture')),
    'stats',
  ),

  async execute(interaction, deps) {
    const origin = interaction.options.getString('origin') ?? 'korean';
    if (!(origin in VIEWING_ORIGINS)) {
      throw new UserError('stats.unknownOrigin', { origins: list(ORIGINS.map((o) => ref(`viewingOrigins.${o}`))) });
    }
    const result = viewingStats(
      deps.store,
      interaction.options.getString('period') ?? undefined,
      origin as ViewingOrigin,
    );
    const locale = toLocale(interaction.locale);
    if (!result.found) {
      if (result.periods.length === 0) throw new UserError('stats.none');
      throw new UserError('stats.unknownPeriod', {
        query: ref('common.quoted', { text: (result.period ?? '').slice(0, 20) }),
        periods: list(result.periods.map((p) => formatHalfYear(locale, p))),
      });
    }
    // The picture covers every half-year, so it is drawn once per catalog version, origin and language.
    const request = (await wantsPicture(interaction, deps))
      ? statsPicture(catalogVersion(deps.store), result.stats.origin, () => viewingByOrigin(deps.store), locale)
      : undefined;
    await answerWithPicture(interaction, renderStats(result.stats, locale), request, deps, locale);
  },

  async autocomplete(interaction, deps) {
    const typed = interaction.options.getFocused().trim();
    const wanted = typed ? normalizePeriod(typed) : '';
    const locale = toLocale(interaction.locale);
    const periods = listViewingPeriods(deps.store).filter(
      (p) => !typed || p.startsWith(wanted) || p.startsWith(typed.slice(0, 4)),
    );
    await interaction.respond(fitChoices(periods.map((p) => ({ name: formatHalfYear(locale, p), value: p }))));
  },
} satisfies Command;
