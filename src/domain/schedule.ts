import type { Language } from './language.js';

/** The digest permissions a channel can lack, by Discord's flag names. */
export type DigestPermission = 'ViewChannel' | 'SendMessages' | 'EmbedLinks' | 'AttachFiles';

/** Why Discord refused a digest, as data a renderer can say in the moderator's language. */
export type DeliveryRefusal =
  | { code: 'missingAccess' | 'missingPermissions' | 'unknownChannel' | 'unknownGuild' | 'notText' }
  | { code: 'lacks'; permissions: DigestPermission[]; channel: string };

/** Per-guild digest settings. Never deleted on failure: a refusal pauses them with a reason. */
export interface DigestSettings {
  channelId: string;
  /** Local wall-clock time, "HH:MM" (24 h). */
  time: string;
  /** IANA zone, e.g. "Asia/Seoul". */
  timeZone: string;
  enabled: boolean;
  /** The language the digest is posted in; unset in settings saved before languages existed (English). */
  language?: Language;
  /** Attach a picture of the biggest movers (opt-in: `/digest set picture:true`). */
  picture?: boolean;
  /** `reason` in English for logs and older state files; `refusal` for the moderator's own language. */
  paused?: { reason: string; at: string; refusal?: DeliveryRefusal };
  updatedBy: string;
  updatedAt: string;
}

/** Whether a server's answers carry pictures (`/pictures show:…`); absent means yes. */
export interface PictureSettings {
  enabled: boolean;
  updatedBy: string;
  updatedAt: string;
}

/**
 * One digest delivery. Recorded as `pending` before the send and confirmed as `sent` after, so a restart
 * between the two never posts twice (a pending record blocks the same local day).
 */
export interface Delivery {
  guildId: string;
  /** The guild-local date the digest is for, YYYY-MM-DD. */
  localDate: string;
  status: 'pending' | 'sent' | 'failed';
  channelId: string;
  at: string;
  late?: boolean;
  messageId?: string;
  error?: string;
  /** The newest data date the digest covered, so the next one starts after it. */
  dataDate?: string;
  /** The process (store instance) that holds this claim while it is pending; only it confirms or renews it. */
  claimedBy?: string;
  /** Taken over from a process that went silent while holding the claim; a claim is taken over only once. */
  takenOver?: boolean;
}

/** The automatic refresh of one data source: when it was last tried and why it failed, if it did. */
export interface RefreshStatus {
  lastAttemptAt: string;
  failures: number;
  lastError?: string;
}
