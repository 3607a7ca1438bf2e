import { isValidTimeZone } from './time-zones.js';
import { addLocalDays, localDateOf, occurrenceOn, parseLocalTime } from './zoned-time.js';
import type { Delivery, DigestSettings } from './schedule.js';

/** A digest to post now: for `localDate` in the guild's zone, meant for `scheduledFor`. */
export interface DueDigest {
  guildId: string;
  localDate: string;
  scheduledFor: Date;
  /** Posted more than `lateAfter` after `scheduledFor` (after downtime, say); the post should say so. */
  late: boolean;
  settings: DigestSettings;
}

/** All durations in milliseconds. */
export interface DueOptions {
  /** How long after its time a digest counts as late. Default 5 minutes (the runner ticks every ~30 s). */
  lateAfter?: number;
  /** Skip a missed digest older than this. Default: no limit, so the latest missed day always posts once. */
  maxLateness?: number;
  /** How long to wait after a failed attempt before retrying the same day. Default 5 minutes. */
  retryAfter?: number;
  /** Failed attempts after which a day is given up. Default 3. */
  maxAttempts?: number;
}

const MINUTE_MS = 60_000;
const DEFAULTS: Required<DueOptions> = {
  lateAfter: 5 * MINUTE_MS,
  maxLateness: Number.POSITIVE_INFINITY,
  retryAfter: 5 * MINUTE_MS,
  maxAttempts: 3,
};

/** What the deliveries say about one guild's local day. */
interface DayRecord {
  /** A pending or sent delivery exists: never post that day again. */
  blocked: boolean;
  failures: number;
  lastFailedAt: number;
}

interface Occurrence {
  localDate: string;
  scheduledFor: Date;
}

/**
 * The digests to post at `now`, at most one per guild. A guild is due when the latest occurrence of its local
 * time at or before `now` (today's, or yesterday's when today's has not come yet) has no pending or sent
 * delivery for that local date, is not older than `settings.updatedAt`, and is within `maxLateness`. So after
 * downtime only the latest missed day posts, once, marked late. Disabled, paused or invalid settings are never
 * due. A failed delivery does not block its day (a refusal pauses the settings instead): the day is retried
 * `retryAfter` after the last failure, until `maxAttempts` failures.
 *
 * Runs in O(guilds + deliveries): one occurrence per distinct zone and time, one pass over the deliveries.
 */
export function dueDigests(
  guilds: Record<string, { digest?: DigestSettings }>,
  deliveries: readonly Delivery[],
  now: Date,
  opts: DueOptions = {},
): DueDigest[] {
  const options = withDefaults(opts);
  // Guilds share zones and times, so each is worked out once per call.
  const todays = new Map<string, string>();
  const todayIn = (zone: string) => memoize(todays, zone, () => localDateOf(now, zone));
  const occurrences = new Map<string, Occurrence | undefined>();
  const candidates = new Map<string, { settings: DigestSettings; occurrence: Occurrence; day: DayRecord }>();
  for (const [guildId, { digest: settings }] of Object.entries(guilds)) {
    if (!settings?.enabled || settings.paused) continue;
    const key = `${settings.timeZone}\n${settings.time}`;
    const occurrence = memoize(occurrences, key, () => latestOccurrence(settings, now, todayIn));
    if (occurrence && isEligible(settings, occurrence, now, options)) {
      candidates.set(guildId, {
        settings,
        occurrence,
        day: { blocked: false, failures: 0, lastFailedAt: 0 },
      });
    }
  }
  for (const delivery of deliveries) {
    const candidate = candidates.get(delivery.guildId);
    if (candidate?.occurrence.localDate === delivery.localDate) recordDelivery(candidate.day, delivery);
  }
  const due: DueDigest[] = [];
  for (const [guildId, { settings, occurrence, day }] of candidates) {
    if (!mayPostAt(day, now, options)) continue;
    const late = now.getTime() - occurrence.scheduledFor.getTime() > options.lateAfter;
    due.push({ guildId, ...occurrence, late, settings });
  }
  return due;
}

/**
 * When the guild's next digest will post, for "/digest status" and the reply to "/digest set": `now` when one
 * is due (or the retry time after a failure), else the next occurrence whose day has no pending or sent
 * delivery. Undefined when the digest is disabled, paused or invalid. `guildDeliveries` must hold only this
 * guild's deliveries (the settings do not carry the guild id).
 */
export function nextDigestAt(
  settings: DigestSettings,
  guildDeliveries: readonly Delivery[],
  now: Date,
  opts: DueOptions = {},
): Date | undefined {
  const options = withDefaults(opts);
  const latest = latestOccurrence(settings, now);
  if (!latest || !settings.enabled || settings.paused) return undefined;
  const dayOf = (localDate: string): DayRecord => {
    const day: DayRecord = { blocked: false, failures: 0, lastFailedAt: 0 };
    for (const delivery of guildDeliveries) if (delivery.localDate === localDate) recordDelivery(day, delivery);
    return day;
  };
  if (isEligible(settings, latest, now, options)) {
    const retryAt = earliestPost(dayOf(latest.localDate), options);
    if (retryAt !== undefined) return new Date(Math.max(retryAt, now.getTime()));
  }
  const time = parseLocalTime(settings.time);
  for (let days = 0; time && days <= 2; days++) {
    const localDate = addLocalDays(latest.localDate, days);
    const scheduledFor = occurrenceOn(localDate, time, settings.timeZone);
    const future = scheduledFor.getTime() > now.getTime();
    if (future && isEligible(settings, { localDate, scheduledFor }, now, options) && !dayOf(localDate).blocked) {
      return scheduledFor;
    }
  }
  return undefined;
}

/**
 * The digest a pending claim stands for, to send it after the process that claimed it went silent. Undefined when
 * the settings no longer post (turned off, paused, removed or invalid): the claim is then left as it is, which
 * blocks only that past day. The digest goes to the channel that was claimed.
 */
export function dueFromClaim(delivery: Delivery, settings: DigestSettings | undefined): DueDigest | undefined {
  const time = settings && parseLocalTime(settings.time);
  if (!settings?.enabled || settings.paused || !time || !isValidTimeZone(settings.timeZone)) return undefined;
  return {
    guildId: delivery.guildId,
    localDate: delivery.localDate,
    scheduledFor: occurrenceOn(delivery.localDate, time, settings.timeZone),
    late: delivery.late ?? false,
    settings: { ...settings, channelId: delivery.channelId },
  };
}

/** The latest occurrence at or before `now`, or undefined when the time or zone is invalid. */
function latestOccurrence(
  settings: DigestSettings,
  now: Date,
  todayIn = (zone: string) => localDateOf(now, zone),
): Occurrence | undefined {
  const time = parseLocalTime(settings.time);
  if (!time || !isValidTimeZone(settings.timeZone)) return undefined;
  const today = todayIn(settings.timeZone);
  // Two days back, not one: a gap shift can push yesterday's occurrence past midnight, after `now`.
  for (const days of [0, -1, -2]) {
    const localDate = addLocalDays(today, days);
    const scheduledFor = occurrenceOn(localDate, time, settings.timeZone);
    if (scheduledFor.getTime() <= now.getTime()) return { localDate, scheduledFor };
  }
  return undefined;
}

/** Whether the settings allow this occurrence: not before their last change, not too old. */
function isEligible(
  settings: DigestSettings,
  occurrence: Occurrence,
  now: Date,
  options: Required<DueOptions>,
): boolean {
  const scheduled = occurrence.scheduledFor.getTime();
  // An unreadable updatedAt never posts: better a missed digest than an unexpected one.
  const notBeforeChange = scheduled >= Date.parse(settings.updatedAt);
  const fresh = now.getTime() - scheduled <= options.maxLateness;
  return notBeforeChange && fresh;
}

function memoize<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as T;
}

function withDefaults(opts: DueOptions): Required<DueOptions> {
  return {
    lateAfter: opts.lateAfter ?? DEFAULTS.lateAfter,
    maxLateness: opts.maxLateness ?? DEFAULTS.maxLateness,
    retryAfter: opts.retryAfter ?? DEFAULTS.retryAfter,
    maxAttempts: opts.maxAttempts ?? DEFAULTS.maxAttempts,
  };
}

function recordDelivery(day: DayRecord, delivery: Delivery): void {
  if (delivery.status !== 'failed') {
    day.blocked = true;
    return;
  }
  day.failures += 1;
  day.lastFailedAt = Math.max(day.lastFailedAt, Date.parse(delivery.at) || 0);
}

/** The earliest instant (ms) the day may post, or undefined when it never may. */
function earliestPost(day: DayRecord, options: Required<DueOptions>): number | undefined {
  if (day.blocked || day.failures >= options.maxAttempts) return undefined;
  return day.failures > 0 ? day.lastFailedAt + options.retryAfter : 0;
}

function mayPostAt(day: DayRecord, now: Date, options: Required<DueOptions>): boolean {
  const earliest = earliestPost(day, options);
  return earliest !== undefined && earliest <= now.getTime();
}
