import { DiscordAPIError, RESTJSONErrorCodes, type Client } from 'discord.js';
import { DeliveryRefused, type DigestNotifier } from '../scheduler/notify.js';
import { catalogVersion } from '../services/catalog.js';
import { digestFor } from '../services/digest-content.js';
import type { Deps } from '../services/deps.js';
import { missingDigestPermissions } from './channel-permissions.js';
import { withPicture, withPictureNote } from './picture-reply.js';
import { renderDigest } from './render/digest.js';
import { formatDate } from './render/format.js';
import { moversPicture, pictureCache, toPictureLocale } from './render/pictures/index.js';
import { toPayload, type MessageView } from './reply.js';

/** Refusals that retrying will not fix, and how to say them to a moderator. */
const REFUSALS: Partial<Record<number, string>> = {
  [RESTJSONErrorCodes.MissingAccess]: 'withk can no longer see the digest channel (Missing Access).',
  [RESTJSONErrorCodes.MissingPermissions]:
    'withk lacks a permission it needs in the digest channel (Missing Permissions).',
  [RESTJSONErrorCodes.UnknownChannel]: 'The digest channel no longer exists.',
  [RESTJSONErrorCodes.UnknownGuild]: 'withk is no longer in this server.',
};

/** Posts digests with the bot's client; permanent refusals become DeliveryRefused, the rest stay retryable. */
export function createDigestNotifier(client: Client<true>, deps: Deps): DigestNotifier {
  return {
    async post({ channelId, window, late, localDate, picture }) {
      const channel = await client.channels.fetch(channelId).catch(refusalOrRethrow);
      if (!channel || channel.isDMBased() || !channel.isSendable())
        throw new DeliveryRefused('The digest channel no longer exists or is not a text channel.');
      const missing = missingDigestPermissions(channel, channel.guild.members.me);
      if (missing.length) throw new DeliveryRefused(`withk lacks ${missing.join(', ')} in #${channel.name}.`);
      const digest = digestFor(deps.store, window, deps.clock());
      const views = renderDigest(digest, { late, title: `withk daily digest · ${formatDate(localDate)}` });
      // Without Attach Files the digest still goes out, as text: a lost permission must not stop it.
      const canAttach = missingDigestPermissions(channel, channel.guild.members.me, true).length === 0;
      if (picture && canAttach && deps.config.pictures !== false && views[0]) {
        const locale = toPictureLocale(channel.guild.preferredLocale);
        views[0] = await attachMovers(
          views[0],
          moversPicture(catalogVersion(deps.store), digest, locale),
          deps,
          locale,
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

/** The first message with the movers picture; as text with a note if drawing fails (the digest still goes out). */
export async function attachMovers(
  view: MessageView,
  request: ReturnType<typeof moversPicture>,
  deps: Pick<Deps, 'logger'>,
  locale: ReturnType<typeof toPictureLocale>,
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
  const reason = error instanceof DiscordAPIError && typeof error.code === 'number' ? REFUSALS[error.code] : undefined;
  throw reason ? new DeliveryRefused(reason) : error;
}
