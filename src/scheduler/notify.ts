import type { Language } from '../domain/language.js';
import type { DeliveryRefusal } from '../domain/schedule.js';

/** What the scheduler asks the Discord side to do; the scheduler itself knows nothing of Discord. */
export interface DigestPost {
  guildId: string;
  channelId: string;
  localDate: string;
  late: boolean;
  /** The language the server chose for its digest. */
  language: Language;
  /** Data dates the digest covers: after `from`, up to and including `to`. */
  window: { from: string; to: string };
  /** The server asked for a picture of the biggest movers with its digest. */
  picture?: boolean;
}

export interface DigestNotifier {
  /** Posts the digest; resolves with the id of the first message. */
  post(post: DigestPost): Promise<{ messageId: string }>;
}

/**
 * Discord refused for a reason that retrying will not fix (no access, missing permission, unknown channel):
 * `reason` in English for the logs, `refusal` as data for the moderator's language.
 */
export class DeliveryRefused extends Error {
  constructor(
    readonly reason: string,
    readonly refusal?: DeliveryRefusal,
  ) {
    super(reason);
    this.name = 'DeliveryRefused';
  }
}
