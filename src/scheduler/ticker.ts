import type { Logger } from '../logger.js';

export interface Ticker {
  /** Runs one tick now, or joins the one already running. */
  tick(): Promise<void>;
  start(): void;
  /** Stops the timer and waits for a running tick to finish. */
  stop(): Promise<void>;
}

/** One timer loop: ticks never overlap, and a failing tick is logged and the next one tries again. */
export function createTicker(
  work: () => Promise<void>,
  options: { tickMs: number; logger: Logger; name: string },
): Ticker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= work()
      .catch((error: unknown) => options.logger.error({ err: error }, `${options.name} tick failed`))
      .finally(() => (running = undefined));
    return running;
  };
  return {
    tick,
    start() {
      void tick();
      timer = setInterval(() => void tick(), options.tickMs);
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
