import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/discord/command.js';
import { renderDigest } from '../src/discord/render/digest.js';
import { answer, toPayload } from '../src/discord/reply.js';
import { toLocale } from '../src/i18n/index.js';
import { localizeCommand } from '../src/i18n/localize-command.js';
import { trendsDigest } from '../src/services/digest-content.js';

export const MAX_TREND_DAYS = 90;

export default {
  data: localizeCommand(
    new SlashCommandBuilder()
      .setName('trends')
      .addIntegerOption((o) => o.setName('days').setMinValue(1).setMaxValue(MAX_TREND_DAYS)),
    'trends',
  ),

  async execute(interaction, deps) {
    // Discord enforces the range, but the console and old clients may not: clamp rather than fail.
    const days = Math.min(MAX_TREND_DAYS, Math.max(1, Math.trunc(interaction.options.getInteger('days') ?? 7)));
    const locale = toLocale(interaction.locale);
    const [first, ...rest] = renderDigest(trendsDigest(deps.store, days, deps.clock()), locale, { days });
    await answer(interaction, first!);
    for (const view of rest) await interaction.followUp(toPayload(view));
  },
} satisfies Command;
