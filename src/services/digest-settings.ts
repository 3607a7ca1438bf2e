import { nextDigestAt } from '../domain/due.js';
import type { Delivery, DigestSettings } from '../domain/schedule.js';
import { canonicalZone, suggestTimeZones } from '../domain/time-zones.js';
import { UserError } from '../domain/user-error.js';
import { formatLocalTime, parseLocalTime } from '../domain/zoned-time.js';
import type { Store } from '../store/store.js';

/** Validates a moderator's time and zone; the message says what to type instead. */
export function parseDigestSchedule(time: string, timeZone: string, now: Date): { time: string; timeZone: string } {
  const parsed = parseLocalTime(time.trim());
  const zone = canonicalZone(timeZone.trim());
  const problems: string[] = [];
  if (!parsed) problems.push(`“${time.slice(0, 20)}” is not a time of day: use 24-hour HH:MM, e.g. 09:00 or 18:30.`);
  if (!zone) {
    const close = suggestTimeZones(timeZone, now, 3).map((choice) => choice.name);
    problems.push(
      `“${timeZone.slice(0, 40)}” is not a time zone I know: pick one from the list, e.g. ${close.length ? close.join(', ') : 'Asia/Seoul'}.`,
    );
  }
  if (problems.length || !parsed || !zone) throw new UserError(problems.join('\n'));
  return { time: formatLocalTime(parsed), timeZone: zone };
}

/** Saves (or resumes) a guild's digest and returns when it will next post. */
export async function setDigest(
  store: Store,
  guildId: string,
  input: { channelId: string; time: string; timeZone: string; userId: string; picture?: boolean },
  now: Date,
): Promise<{ settings: DigestSettings; next?: Date }> {
  const settings: DigestSettings = {
    channelId: input.channelId,
    time: input.time,
    timeZone: input.timeZone,
    enabled: true,
    ...(input.picture ? { picture: true } : {}),
    updatedBy: input.userId,
    updatedAt: now.toISOString(),
  };
  await store.digestSettings.put(guildId, settings);
  return { settings, next: nextDigestAt(settings, await store.deliveries.ofGuild(guildId), now) };
}

/** Turns the digest off, keeping its settings so /digest set can bring them back. */
export async function disableDigest(store: Store, guildId: string, now: Date): Promise<DigestSettings | undefined> {
  return store.digestSettings.update(guildId, { enabled: false, updatedAt: now.toISOString() });
}

export interface DigestStatus {
  settings?: DigestSettings;
  next?: Date;
  lastSent?: Delivery;
  lastFailed?: Delivery;
}

export async function digestStatus(store: Store, guildId: string, now: Date): Promise<DigestStatus> {
  const [settings, deliveries] = await Promise.all([
    store.digestSettings.get(guildId),
    store.deliveries.ofGuild(guildId),
  ]);
  return {
    settings,
    next: settings ? nextDigestAt(settings, deliveries, now) : undefined,
    lastSent: deliveries.findLast((d) => d.status === 'sent'),
    lastFailed: deliveries.findLast((d) => d.status === 'failed'),
  };
}

/** The data date the guild's last sent digest covered, so the next one starts after it. */
export async function lastDataDate(store: Store, guildId: string): Promise<string | undefined> {
  return (await store.deliveries.ofGuild(guildId)).findLast((d) => d.status === 'sent' && d.dataDate)?.dataDate;
}
