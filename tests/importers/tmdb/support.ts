import { createTmdbClient, type TmdbHttpOptions } from '../../../src/importers/tmdb/client.js';
import { createLogger } from '../../../src/logger.js';
import type { TmdbStandIn } from '../../support/tmdb/server.js';

/** A client for the stand-in whose waits are recorded instead of slept, on a clock the waits move. */
export function clientFor(standIn: TmdbStandIn, options: Partial<TmdbHttpOptions> = {}) {
  let clock = 0;
  const sleeps: number[] = [];
  const logs: string[] = [];
  const client = createTmdbClient({
    apiKey: standIn.apiKey,
    baseUrl: standIn.url,
    requestsPerSecond: 1000,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    now: () => clock,
    // No secrets given: the client itself must keep the key out of what it logs.
    logger: createLogger({ level: 'debug', write: (line) => logs.push(line) }),
    ...options,
  });
  return { client, sleeps, logs };
}
