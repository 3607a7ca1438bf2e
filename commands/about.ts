import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/discord/command.js';
import { renderAbout } from '../src/discord/render/about.js';
import { answer } from '../src/discord/reply.js';
import { toLocale } from '../src/i18n/index.js';
import { localizeCommand } from '../src/i18n/localize-command.js';
import { describeBot } from '../src/services/about.js';
import { indexOf } from '../src/services/catalog-index.js';

export default {
  data: localizeCommand(new SlashCommandBuilder().setName('about'), 'about'),

  async execute(interaction, deps) {
    const info = describeBot(
      indexOf(deps.store),
      deps.clock(),
      deps.startedAt,
      deps.version,
      deps.store.getState().refresh,
    );
    await answer(interaction, { ...renderAbout(info, toLocale(interaction.locale)), ephemeral: true });
  },
} satisfies Command;
