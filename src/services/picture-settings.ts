import type { PictureSettings } from '../domain/schedule.js';
import type { Store } from '../store/store.js';

/** Whether a server's answers carry pictures; servers that never chose get them. */
export async function picturesEnabled(store: Store, guildId: string | null | undefined): Promise<boolean> {
  if (!guildId) return true;
  return (await store.pictureSettings.get(guildId))?.enabled ?? true;
}

/** Turns pictures on or off for a server (`/pictures show:…`). */
export async function setPictures(
  store: Store,
  guildId: string,
  enabled: boolean,
  userId: string,
  now: Date,
): Promise<PictureSettings> {
  const settings: PictureSettings = { enabled, updatedBy: userId, updatedAt: now.toISOString() };
  await store.pictureSettings.put(guildId, settings);
  return settings;
}
