import { nextDigestAt } from '../domain/due.js';
import type { Language } from '../domain/language.js';
import type { Delivery, DigestSettings } from '../domain/schedule.js';
import { canonicalZone, suggestTimeZones } from '../domain/time-zones.js';
import { formatLocalTime, parseLocalTime } from '../domain/zoned-time.js';
import type { Store } from '../store/store.js';

/** What is wrong with a moderator's input: the text as typed (shortened), and for a zone the closest known ones. */
export type DigestInputProblem = { kind: 'time'; input: string } | { kind: 'zone'; input: string; closest: string[] };

/** The input was not a time or zone; data, not a sentence, so the command can say it in the moderator's language. */
export class DigestInputError extends Error {
  constructor(readonly problems: DigestInputProblem[]) {
    super(problems.map((problem) => `invalid ${problem.kind}: ${problem.input}`).join('; '));
    this.name = 'DigestInputError';
  }
}

/** Validates a moderator's time and zone; the error lists every problem, with the closest zones for a bad one. */
export function parseDigestSchedule(time: string, timeZone: string, now: Date): { time: string; timeZone: string } {
  const parsed = parseLocalTime(time.trim());
  const zone = canonicalZone(timeZone.trim());
  const problems: DigestInputProblem[] = [];
  if (!parsed) problems.push({ kind: 'time', input: time.slice(0, 20) });
  if (!zone) {
    const closest = suggestTimeZones(timeZone, now, 3).map((choice) => choice.name);
    problems.push({ kind: 'zone', input: timeZone.slice(0, 40), closest: closest.length ? closest : ['Asia/Seoul'] });
  }
  if (problems.length || !parsed || !zone) throw new DigestInputError(problems);
  return { time: formatLocalTime(parsed), timeZone: zone };
}

/** Saves (or resumes) a guild's digest and returns when it will next post. */
export async function setDigest(
  store: Store,
  guildId: string,
  input: { channelId: string; time: string; timeZone: string; language: Language; userId: string; picture?: boolean },
  now: Date,
): Promise<{ settings: DigestSettings; next?: Date }> {
  const settings: DigestSettings = {
    channelId: input.channelId,
    time: input.time,
    timeZone: input.timeZone,
    language: input.language,
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
