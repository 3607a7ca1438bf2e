import { DiscordAPIError, RESTJSONErrorCodes, type Client } from 'discord.js';
import type { DeliveryRefusal } from '../domain/schedule.js';
import { formatDate } from '../i18n/format.js';
import { t } from '../i18n/index.js';
import { DeliveryRefused, type DigestNotifier } from '../scheduler/notify.js';
import { catalogVersion } from '../services/catalog.js';
import { digestFor } from '../services/digest-content.js';
import type { Deps } from '../services/deps.js';
import { missingDigestPermissions } from './channel-permissions.js';
import { withPicture, withPictureNote } from './picture-reply.js';
import { renderDigest } from './render/digest.js';
import { refusalText } from './render/digest-status.js';
import { moversPicture, pictureCache, type PictureLocale } from './render/pictures/index.js';
import { toPayload, type MessageView } from './reply.js';

/** Refusals that retrying will not fix. */
const REFUSALS: Partial<Record<number, DeliveryRefusal>> = {
  [RESTJSONErrorCodes.MissingAccess]: { code: 'missingAccess' },
  [RESTJSONErrorCodes.MissingPermissions]: { code: 'missingPermissions' },
  [RESTJSONErrorCodes.UnknownChannel]: { code: 'unknownChannel' },
  [RESTJSONErrorCodes.UnknownGuild]: { code: 'unknownGuild' },
};

/**
 * Posts digests with the bot's client, in the language the server chose; permanent refusals become DeliveryRefused
 * (an English reason for the logs, the refusal as data for /digest status), the rest stay retryable.
 */
export function createDigestNotifier(client: Client<true>, deps: Deps): DigestNotifier {
  return {
    async post({ channelId, window, late, localDate, language, picture }) {
      const channel = await client.channels.fetch(channelId).catch(refusalOrRethrow);
      if (!channel || channel.isDMBased() || !channel.isSendable()) throw refused({ code: 'notText' });
      const missing = missingDigestPermissions(channel, channel.guild.members.me);
      if (missing.length) throw refused({ code: 'lacks', permissions: missing, channel: channel.name });
      const digest = digestFor(deps.store, window, deps.clock());
      const views = renderDigest(digest, language, {
        late,
        title: t(language, 'digest.title', { date: formatDate(language, localDate) }),
      });
      // Without Attach Files the digest still goes out, as text: a lost permission must not stop it.
      const canAttach = missingDigestPermissions(channel, channel.guild.members.me, true).length === 0;
      if (picture && canAttach && deps.config.pictures !== false && views[0]) {
        views[0] = await attachMovers(
          views[0],
          moversPicture(catalogVersion(deps.store), digest, language),
          deps,
          language,
        );
      }
      let messageId: string | undefined;
      for (const view of views) {
        const message = await channel.send(toPayload(view)).catch(refusalOrRethrow);
        messageId ??= message.id;
      }
      return { messageId: messageId! };
    },
  };
}

const refused = (refusal: DeliveryRefusal) => new DeliveryRefused(refusalText(refusal, 'en'), refusal);

/** The first message with the movers picture; as text with a note if drawing fails (the digest still goes out). */
export async function attachMovers(
  view: MessageView,
  request: ReturnType<typeof moversPicture>,
  deps: Pick<Deps, 'logger'>,
  locale: PictureLocale,
): Promise<MessageView> {
  if (!request) return view;
  try {
    return withPicture(view, await pictureCache.get(request));
  } catch (error) {
    deps.logger.warn({ err: error, picture: request.key }, 'digest picture drawing failed; posting text only');
    return withPictureNote(view, locale);
  }
}

function refusalOrRethrow(error: unknown): never {
  const refusal = error instanceof DiscordAPIError && typeof error.code === 'number' ? REFUSALS[error.code] : undefined;
  throw refusal ? refused(refusal) : error;
}
