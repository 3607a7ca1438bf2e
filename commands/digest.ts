import { SlashCommandBuilder } from '@discordjs/builders';
import {
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  channelMention,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { isLanguage, LANGUAGES, type Language } from '../src/domain/language.js';
import { suggestTimeZones } from '../src/domain/time-zones.js';
import { UserError } from '../src/domain/user-error.js';
import { missingDigestPermissions } from '../src/discord/channel-permissions.js';
import type { Command, Deps } from '../src/discord/command.js';
import { fitChoices } from '../src/discord/limits.js';
import { renderDigest } from '../src/discord/render/digest.js';
import { renderDigestStatus } from '../src/discord/render/digest-status.js';
import { fullTime, relativeTime, safe } from '../src/discord/render/format.js';
import { answerWithPicture } from '../src/discord/picture-reply.js';
import { moversPicture } from '../src/discord/render/pictures/index.js';
import { answer, answerPrivately, toPayload } from '../src/discord/reply.js';
import {
  commandRef,
  list,
  localizedChoice,
  ref,
  t,
  toLocale,
  type Locale,
  type MessageRef,
} from '../src/i18n/index.js';
import { localizeCommand } from '../src/i18n/localize-command.js';
import { catalogVersion } from '../src/services/catalog.js';
import { previewDigest } from '../src/services/digest-content.js';
import {
  DigestInputError,
  digestStatus,
  disableDigest,
  parseDigestSchedule,
  setDigest,
  type DigestInputProblem,
} from '../src/services/digest-settings.js';

export default {
  data: localizeCommand(
    new SlashCommandBuilder()
      .setName('digest')
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
      .setContexts(InteractionContextType.Guild)
      .addSubcommand((s) =>
        s
          .setName('set')
          .addChannelOption((o) =>
            o
              .setName('channel')
              .setRequired(true)
              .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
          )
          .addStringOption((o) => o.setName('time').setRequired(true).setMaxLength(5))
          .addStringOption((o) => o.setName('timezone').setRequired(true).setMaxLength(64).setAutocomplete(true))
          .addStringOption((o) =>
            o
              .setName('language')
              .addChoices(LANGUAGES.map((language) => localizedChoice(`languages.${language}`, language))),
          )
          .addBooleanOption((o) => o.setName('picture')),
      )
      .addSubcommand((s) => s.setName('status'))
      .addSubcommand((s) => s.setName('preview'))
      .addSubcommand((s) => s.setName('off')),
    'digest',
  ),

  // Every /digest answer is for the moderator who asked (settings, status, preview).
  isPrivate: () => true,

  async execute(interaction, deps) {
    const guildId = requireGuildModerator(interaction);
    const locale = toLocale(interaction.locale);
    const now = deps.clock();
    switch (interaction.options.getSubcommand()) {
      case 'set':
        return set(interaction, guildId, deps);
      case 'status':
        return answer(interaction, renderDigestStatus(guildId, await digestStatus(deps.store, guildId, now), locale));
      case 'preview': {
        // As it would be posted: in the digest's language (the asker's until one is set), with its picture.
        const settings = (await digestStatus(deps.store, guildId, now)).settings;
        const language = settings?.language ?? locale;
        const digest = await previewDigest(deps.store, guildId, now);
        const [first, ...rest] = renderDigest(digest, language, { title: t(language, 'digest.previewTitle') });
        const withMovers = settings?.picture === true && deps.config.pictures !== false;
        const request = withMovers ? moversPicture(catalogVersion(deps.store), digest, language) : undefined;
        await answerWithPicture(interaction, { ...first, ephemeral: true }, request, deps, language);
        for (const view of rest) await interaction.followUp({ ...toPayload(view), flags: 64 });
        return;
      }
      case 'off': {
        const settings = await disableDigest(deps.store, guildId, now);
        return answerPrivately(
          interaction,
          settings
            ? t(locale, 'digestCommand.off', { command: commandRef('digest', 'set') })
            : t(locale, 'digestCommand.notSet'),
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
  if (!interaction.inGuild()) throw new UserError('digestCommand.guildOnly');
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserError('digestCommand.moderatorsOnly', { permission: ref('permissions.ManageGuild') });
  }
  return interaction.guildId;
}

async function set(interaction: ChatInputCommandInteraction, guildId: string, deps: Deps) {
  const now = deps.clock();
  const locale = toLocale(interaction.locale);
  const channelOption = interaction.options.getChannel('channel', true);
  const channel = interaction.guild?.channels.cache.get(channelOption.id);
  if (!channel) throw new UserError('digestCommand.cannotSeeChannel', { permission: ref('permissions.ViewChannel') });
  const picture = interaction.options.getBoolean('picture') ?? false;
  const missing = missingDigestPermissions(channel, interaction.guild!.members.me, picture);
  if (missing.length) {
    const permissions = list(
      missing.map((name) => ref(`permissions.${name}`)),
      '**, **',
    );
    throw new UserError('digestCommand.missingPermissions', { channel: channelMention(channel.id), permissions });
  }
  let schedule;
  try {
    schedule = parseDigestSchedule(
      interaction.options.getString('time', true),
      interaction.options.getString('timezone', true),
      now,
    );
  } catch (error) {
    if (error instanceof DigestInputError)
      throw new UserError('digestCommand.invalid', { problems: list(error.problems.map(problemText), '\n') });
    throw error;
  }
  const language = await digestLanguage(interaction, guildId, deps);
  const { next } = await setDigest(
    deps.store,
    guildId,
    { channelId: channel.id, ...schedule, language, userId: interaction.user.id, picture },
    now,
  );
  await answerPrivately(
    interaction,
    confirmation(locale, { channel: channelMention(channel.id), ...schedule, language, picture, next }),
  );
}

/** The language chosen now, else the one chosen before, else (the first time) the server's own language. */
async function digestLanguage(
  interaction: ChatInputCommandInteraction,
  guildId: string,
  deps: Deps,
): Promise<Language> {
  const chosen = interaction.options.getString('language');
  if (isLanguage(chosen)) return chosen;
  const saved = (await digestStatus(deps.store, guildId, deps.clock())).settings?.language;
  return saved ?? toLocale(interaction.guildLocale);
}

function problemText(problem: DigestInputProblem): MessageRef {
  return problem.kind === 'time'
    ? ref('digestCommand.badTime', { time: ref('common.quoted', { text: safe(problem.input) }) })
    : ref('digestCommand.badZone', {
        zone: ref('common.quoted', { text: safe(problem.input) }),
        examples: list(problem.closest),
      });
}

function confirmation(
  locale: Locale,
  s: { channel: string; time: string; timeZone: string; language: Language; picture: boolean; next?: Date },
): string {
  const next = s.next
    ? t(locale, 'digestCommand.next', { full: fullTime(s.next), relative: relativeTime(s.next) })
    : '';
  return t(locale, s.picture ? 'digestCommand.setWithPicture' : 'digestCommand.set', {
    channel: s.channel,
    time: s.time,
    zone: s.timeZone,
    next,
    language: ref(`languages.${s.language}`),
  });
}
