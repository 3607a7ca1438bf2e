import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/discord/command.js';
import { renderAbout } from '../src/discord/render/about.js';
import { answer } from '../src/discord/reply.js';
import { describeBot } from '../src/services/about.js';

export default {
  data: new SlashCommandBuilder()
    .setName('about')
    .setDescription('What withk knows, where its data comes from and how fresh it is'),

  isPrivate: () => true,

  async execute(interaction, deps) {
    const info = await describeBot(deps.store, deps.clock(), deps.startedAt, deps.version);
    await answer(interaction, { ...renderAbout(info), ephemeral: true });
  },
} satisfies Command;
