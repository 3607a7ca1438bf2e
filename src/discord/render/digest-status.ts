import { channelMention, messageLink } from 'discord.js';
import type { DeliveryRefusal } from '../../domain/schedule.js';
import { commandName, commandRef, list, optionName, t, type Locale } from '../../i18n/index.js';
import type { DigestStatus } from '../../services/digest-settings.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, fullTime, relativeTime, safe } from './format.js';

/** /digest status in the moderator's language: where and when, the last post, and if paused, why and how to resume. */
export function renderDigestStatus(
  guildId: string,
  { settings, next, lastSent, lastFailed }: DigestStatus,
  locale: Locale,
): MessageView {
  if (!settings)
    return { ephemeral: true, content: t(locale, 'digestStatus.notSet', { example: digestSetExample(locale) }) };
  const resume = commandRef('digest', 'set');
  const state = settings.paused
    ? t(locale, 'digestStatus.paused', {
        time: relativeTime(new Date(settings.paused.at)),
        reason: settings.paused.refusal ? refusalText(settings.paused.refusal, locale) : safe(settings.paused.reason),
        command: resume,
      })
    : settings.enabled
      ? t(locale, 'digestStatus.active')
      : t(locale, 'digestStatus.off', { command: resume });
  const lastPost = lastSent?.messageId
    ? t(locale, lastSent.late ? 'digestStatus.sentLate' : 'digestStatus.sent', {
        time: fullTime(new Date(lastSent.at)),
        link: messageLink(lastSent.channelId, lastSent.messageId, guildId),
      })
    : t(locale, 'digestStatus.noneYet');
  const failed = lastFailed && (!lastSent || lastFailed.at > lastSent.at);
  return {
    ephemeral: true,
    embeds: [
      {
        title: t(locale, 'digestStatus.title'),
        color: BRAND_COLOR,
        description: state,
        fields: [
          { name: t(locale, 'digestStatus.channel'), value: channelMention(settings.channelId), inline: true },
          { name: t(locale, 'digestStatus.time'), value: `${settings.time} ${settings.timeZone}`, inline: true },
          {
            name: t(locale, 'digestStatus.picture'),
            value: t(locale, settings.picture ? 'digestStatus.pictureMovers' : 'digestStatus.pictureNone'),
            inline: true,
          },
          {
            name: t(locale, 'digestStatus.language'),
            value: t(locale, `languages.${settings.language ?? 'en'}`),
            inline: true,
          },
          {
            name: t(locale, 'digestStatus.nextPost'),
            value: next ? `${fullTime(next)} (${relativeTime(next)})` : '—',
            inline: false,
          },
          { name: t(locale, 'digestStatus.lastPost'), value: lastPost },
          ...(failed
            ? [
                {
                  name: t(locale, 'digestStatus.lastFailure'),
                  value: t(locale, 'digestStatus.failure', {
                    time: fullTime(new Date(lastFailed.at)),
                    error: safe(lastFailed.error ?? t(locale, 'digestStatus.unknownError')),
                  }),
                },
              ]
            : []),
        ],
      },
    ],
  };
}

/** Why a digest was refused, in the reader's language. */
export function refusalText(refusal: DeliveryRefusal, locale: Locale): string {
  if (refusal.code !== 'lacks') return t(locale, `refusals.${refusal.code}`);
  const permissions = list(refusal.permissions.map((name) => t(locale, `permissions.${name}`)));
  return t(locale, 'refusals.lacks', { permissions, channel: safe(refusal.channel) });
}

/** "/digest set channel:#news time:09:00 timezone:Asia/Seoul" with the names the reader's client shows. */
function digestSetExample(locale: Locale): string {
  const option = (name: 'channel' | 'time' | 'timezone') => optionName(locale, `digest.options.set.options.${name}`);
  return `${commandName(locale, 'digest', 'set')} ${option('channel')}:#news ${option('time')}:09:00 ${option('timezone')}:Asia/Seoul`;
}
