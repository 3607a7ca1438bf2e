import type { Delivery, DigestSettings, PictureSettings, RefreshStatus } from '../domain/schedule.js';

export type { Delivery, DigestSettings, PictureSettings, RefreshStatus };

export interface State {
  version: 1;
  /** Hash of the registered command JSON and where it was registered, to skip needless re-registration. */
  commands?: { hash: string; scope: string; at: string };
  guilds: Record<string, { digest?: DigestSettings; pictures?: PictureSettings }>;
  deliveries: Delivery[];
  refresh?: Record<string, RefreshStatus>;
}

export const emptyState = (): State => ({ version: 1, guilds: {}, deliveries: [] });
