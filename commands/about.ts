import { SlashCommandBuilder } from '@discordjs/builders';
import { tmdbEnabled } from '../src/config.js';
import type { Command } from '../src/discord/command.js';
import { renderAbout } from '../src/discord/render/about.js';
import { answer } from '../src/discord/reply.js';
import { toLocale } from '../src/i18n/index.js';
import { localizeCommand } from '../src/i18n/localize-command.js';
import { describeBot } from '../src/services/about.js';

export default {
  data: localizeCommand(new SlashCommandBuilder().setName('about'), 'about'),

  isPrivate: () => true,

  async execute(interaction, deps) {
    const info = await describeBot(deps.store, deps.clock(), deps.startedAt, deps.version, {
      tmdbEnabled: tmdbEnabled(deps.config),
    });
    await answer(interaction, { ...renderAbout(info, toLocale(interaction.locale)), ephemeral: true });
  },
} satisfies Command;
