import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';

/** Other layers name the store only to hand it to services. */
export type { Store };

/** What every command and service receives; tests pass their own. */
export interface Deps {
  store: Store;
  clock: () => Date;
  logger: Logger;
  config: Config;
  startedAt: Date;
  version: string;
}
