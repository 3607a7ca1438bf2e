import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { answerPrivately } from '../src/discord/reply.js';
import { UserError } from '../src/domain/user-error.js';
import { setPictures } from '../src/services/picture-settings.js';

export default {
  data: new SlashCommandBuilder()
    .setName('pictures')
    .setDescription('Whether answers in this server carry pictures (rank over time, the week as a picture)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addBooleanOption((o) =>
      o.setName('show').setDescription('On: /title and /chart attach pictures. Off: text only.').setRequired(true),
    ),

  // The answer is for the moderator who asked.
  isPrivate: () => true,

  async execute(interaction, deps) {
    // The default permission hides the command, but server owners can change that; check again here.
    if (!interaction.inGuild()) throw new UserError('Pictures are set per server: use this command in a server.');
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserError('Only members with the **Manage Server** permission can change this.');
    }
    const show = interaction.options.getBoolean('show', true);
    await setPictures(deps.store, interaction.guildId, show, interaction.user.id, deps.clock());
    await answerPrivately(
      interaction,
      show
        ? 'Pictures are on in this server: `/title` and `/chart` attach them (anyone can still ask with `picture:false`).'
        : 'Pictures are off in this server: `/title` and `/chart` answer in text only (`picture:true` still asks for one). `/pictures show:true` turns them back on.',
    );
  },
} satisfies Command;
