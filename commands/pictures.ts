import { SlashCommandBuilder } from '@discordjs/builders';
import { InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { Command } from '../src/discord/command.js';
import { answerPrivately } from '../src/discord/reply.js';
import { UserError } from '../src/domain/user-error.js';
import { commandRef, optionName, ref, t, toLocale } from '../src/i18n/index.js';
import { localizeCommand } from '../src/i18n/localize-command.js';
import { setPictures } from '../src/services/picture-settings.js';

export default {
  data: localizeCommand(
    new SlashCommandBuilder()
      .setName('pictures')
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
      .setContexts(InteractionContextType.Guild)
      .addBooleanOption((o) => o.setName('show').setRequired(true)),
    'pictures',
  ),

  // The answer is for the moderator who asked.
  isPrivate: () => true,

  async execute(interaction, deps) {
    // The default permission hides the command, but server owners can change that; check again here.
    if (!interaction.inGuild()) throw new UserError('picturesCommand.guildOnly');
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      throw new UserError('picturesCommand.moderatorsOnly', { permission: ref('permissions.ManageGuild') });
    }
    const show = interaction.options.getBoolean('show', true);
    await setPictures(deps.store, interaction.guildId, show, interaction.user.id, deps.clock());
    const locale = toLocale(interaction.locale);
    const names = {
      title: commandRef('title'),
      chart: commandRef('chart'),
      picture: optionName(locale, 'title.options.picture'),
      pictures: commandRef('pictures'),
      show: optionName(locale, 'pictures.options.show'),
    };
    await answerPrivately(
      interaction,
      show ? t(locale, 'picturesCommand.on', names) : t(locale, 'picturesCommand.off', names),
    );
  },
} satisfies Command;
