import { SlashCommandBuilder } from '@discordjs/builders';
import {
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  channelMention,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { suggestTimeZones } from '../src/domain/time-zones.js';
import { missingDigestPermissions } from '../src/discord/channel-permissions.js';
import type { Command, Deps } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { renderDigest } from '../src/discord/render/digest.js';
import { renderDigestStatus } from '../src/discord/render/digest-status.js';
import { fullTime, relativeTime } from '../src/discord/render/format.js';
import { answerWithPicture } from '../src/discord/picture-reply.js';
import { moversPicture, toPictureLocale } from '../src/discord/render/pictures/index.js';
import { answer, answerPrivately, toPayload } from '../src/discord/reply.js';
import { UserError } from '../src/domain/user-error.js';
import { catalogVersion } from '../src/services/catalog.js';
import { previewDigest } from '../src/services/digest-content.js';
import { digestStatus, disableDigest, parseDigestSchedule, setDigest } from '../src/services/digest-settings.js';

export default {
  data: new SlashCommandBuilder()
    .setName('digest')
    .setDescription('A daily trend digest posted to a channel at a local time')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((s) =>
      s
        .setName('set')
        .setDescription('Post the digest every day in a channel at a local time')
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setDescription('Where to post')
            .setRequired(true)
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
        )
        .addStringOption((o) =>
          o.setName('time').setDescription('Local time, 24-hour HH:MM, e.g. 09:00').setRequired(true).setMaxLength(5),
        )
        .addStringOption((o) =>
          o
            .setName('timezone')
            .setDescription('Time zone, e.g. Asia/Seoul')
            .setRequired(true)
            .setMaxLength(64)
            .setAutocomplete(true),
        )
        .addBooleanOption((o) =>
          o.setName('picture').setDescription('Attach a picture of the biggest movers (default: no)'),
        ),
    )
    .addSubcommand((s) => s.setName('status').setDescription('Where and when the digest posts, and its last post'))
    .addSubcommand((s) =>
      s.setName('preview').setDescription('See the digest as it would be posted now (only you see it)'),
    )
    .addSubcommand((s) => s.setName('off').setDescription('Stop the digest (its settings are kept)')),

  // Every /digest answer is for the moderator who asked (settings, status, preview).
  isPrivate: () => true,

  async execute(interaction, deps) {
    const guildId = requireGuildModerator(interaction);
    const now = deps.clock();
    switch (interaction.options.getSubcommand()) {
      case 'set':
        return set(interaction, guildId, deps);
      case 'status':
        return answer(interaction, renderDigestStatus(guildId, await digestStatus(deps.store, guildId, now)));
      case 'preview': {
        const digest = await previewDigest(deps.store, guildId, now);
        const [first, ...rest] = renderDigest(digest, { title: 'Digest preview (only you see this)' });
        const settings = (await digestStatus(deps.store, guildId, now)).settings;
        const locale = toPictureLocale(interaction.guild?.preferredLocale ?? interaction.locale);
        const withMovers = settings?.picture === true && deps.config.pictures !== false;
        const request = withMovers ? moversPicture(catalogVersion(deps.store), digest, locale) : undefined;
        await answerWithPicture(interaction, { ...first, ephemeral: true }, request, deps, locale);
        for (const view of rest) await interaction.followUp({ ...toPayload(view), flags: 64 });
        return;
      }
      case 'off': {
        const settings = await disableDigest(deps.store, guildId, now);
        return answerPrivately(
          interaction,
          settings
            ? 'The digest is off. Its settings are kept: `/digest set` turns it back on.'
            : 'No digest is set up here.',
        );
      }
    }
  },

  async autocomplete(interaction, deps) {
    const choices = suggestTimeZones(interaction.options.getFocused(), deps.clock());
    await interaction.respond(fitChoices(choices.map((c) => ({ name: c.label, value: c.name }))));
  },
} satisfies Command;

/** The default permission hides the command, but server owners can change that; check again here. */
function requireGuildModerator(interaction: ChatInputCommandInteraction): string {
  if (!interaction.inGuild()) throw new UserError('Digests are set per server: use this command in a server.');
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserError('Only members with the **Manage Server** permission can manage the digest.');
  }
  return interaction.guildId;
}

async function set(interaction: ChatInputCommandInteraction, guildId: string, deps: Deps) {
  const now = deps.clock();
  const channelOption = interaction.options.getChannel('channel', true);
  const channel = interaction.guild?.channels.cache.get(channelOption.id);
  if (!channel)
    throw new UserError('I cannot see that channel. Give withk the View Channel permission there and try again.');
  const picture = interaction.options.getBoolean('picture') ?? false;
  const missing = missingDigestPermissions(channel, interaction.guild!.members.me, picture);
  if (missing.length)
    throw new UserError(
      `I can't post in ${channelMention(channel.id)}: I'm missing **${missing.join('**, **')}** there. Grant them, then run this again.`,
    );
  const schedule = parseDigestSchedule(
    interaction.options.getString('time', true),
    interaction.options.getString('timezone', true),
    now,
  );
  const { next } = await setDigest(
    deps.store,
    guildId,
    { channelId: channel.id, ...schedule, userId: interaction.user.id, picture },
    now,
  );
  const when = next ? `Next digest: ${fullTime(next)} (${relativeTime(next)}).` : '';
  const withPicture = picture ? ', with a picture of the biggest movers' : '';
  await answerPrivately(
    interaction,
    `Daily digest set: ${channelMention(channel.id)} every day at **${schedule.time}** (${schedule.timeZone})${withPicture}. ${when}`,
  );
}
