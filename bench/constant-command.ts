import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/discord/command.js';

/** The baseline handler: answers a constant through the same router and reply path as every real command. */
export const constantCommand = {
  data: new SlashCommandBuilder().setName('constant').setDescription('Replies a constant (bench baseline)'),
  async execute(interaction) {
    await interaction.reply({ content: 'ok' });
  },
  async autocomplete(interaction) {
    await interaction.respond([{ name: 'ok', value: 'ok' }]);
  },
} satisfies Command;
