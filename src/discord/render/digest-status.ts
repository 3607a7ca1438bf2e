import { channelMention, messageLink } from 'discord.js';
import type { DigestStatus } from '../../services/digest-settings.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, fullTime, relativeTime, safe } from './format.js';

/** /digest status: where and when, the last post, and if paused, why and how to resume. */
export function renderDigestStatus(
  guildId: string,
  { settings, next, lastSent, lastFailed }: DigestStatus,
): MessageView {
  if (!settings) {
    return {
      ephemeral: true,
      content:
        'No digest is set up here. A moderator can start one with `/digest set channel:#news time:09:00 timezone:Asia/Seoul`.',
    };
  }
  const state = settings.paused
    ? `⏸ **Paused** since ${relativeTime(new Date(settings.paused.at))}: ${safe(settings.paused.reason)}\nFix the channel's permissions, then run \`/digest set\` again to resume.`
    : settings.enabled
      ? '▶ **Active**'
      : '⏹ **Off**. Run `/digest set` to turn it back on; the settings below are kept.';
  return {
    ephemeral: true,
    embeds: [
      {
        title: 'Daily digest',
        color: BRAND_COLOR,
        description: state,
        fields: [
          { name: 'Channel', value: channelMention(settings.channelId), inline: true },
          { name: 'Time', value: `${settings.time} ${settings.timeZone}`, inline: true },
          { name: 'Picture', value: settings.picture ? 'Biggest movers' : 'None (text only)', inline: true },
          { name: 'Next post', value: next ? `${fullTime(next)} (${relativeTime(next)})` : '—', inline: false },
          {
            name: 'Last post',
            value: lastSent?.messageId
              ? `${fullTime(new Date(lastSent.at))}${lastSent.late ? ' (late)' : ''}: ${messageLink(lastSent.channelId, lastSent.messageId, guildId)}`
              : 'None yet',
          },
          ...(lastFailed && (!lastSent || lastFailed.at > lastSent.at)
            ? [
                {
                  name: 'Last failure',
                  value: `${fullTime(new Date(lastFailed.at))}: ${safe(lastFailed.error ?? 'unknown')}`,
                },
              ]
            : []),
        ],
      },
    ],
  };
}
