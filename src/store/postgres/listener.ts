import pg from 'pg';

export interface Listener {
  close(): Promise<void>;
}

const MAX_BACKOFF_MS = 30_000;

/**
 * LISTENs on `channel` on a connection of its own, kept open: `onNotify` hears each notification, and `onListen`
 * runs each time the LISTEN is (re)established, so whatever was announced while the connection was down is
 * looked up then. A lost connection is reopened with a growing delay (1 s up to 30 s); errors never reach the
 * process.
 */
export async function listen(
  config: pg.ClientConfig,
  channel: string,
  onNotify: (payload: string | undefined) => void,
  onListen: () => void,
): Promise<Listener> {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;

  async function open(): Promise<void> {
    const next = new pg.Client(config);
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload);
    });
    try {
      await next.connect();
      await next.query(`listen "${channel.replace(/"/g, '""')}"`);
    } catch (error) {
      next.end().catch(() => undefined);
      throw error;
    }
    if (closed) return void next.end().catch(() => undefined);
    client = next;
    failures = 0;
    onListen();
  }

  function lost(from: pg.Client): void {
    if (client !== from) return; // a client that never finished opening, or one already replaced
    client = undefined;
    from.end().catch(() => undefined);
    retryLater();
  }

  function retryLater(): void {
    if (closed || retry) return;
    retry = setTimeout(
      () => {
        retry = undefined;
        if (!closed) open().catch(retryLater);
      },
      Math.min(1_000 * 2 ** failures++, MAX_BACKOFF_MS),
    );
    retry.unref();
  }

  await open();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = undefined;
      await last?.end().catch(() => undefined);
    },
  };
}

export interface Follower {
  /** Runs `round` now, or once more after the round under way if one is (rounds never overlap). */
  sync(): Promise<void>;
  /** Stops listening and polling, and waits for a round under way. */
  close(): Promise<void>;
}

/**
 * Keeps this process up to date with what other processes publish on `channel`: `round` runs on every
 * notification, on every (re)connection of the listener, and every `pollMs` in case a notification was missed.
 * Requests that arrive during a round are folded into one more round after it.
 */
export async function followChannel(
  config: pg.ClientConfig,
  channel: string,
  round: () => Promise<void>,
  options: { pollMs: number; onError?: (error: unknown) => void },
): Promise<Follower> {
  let syncing: Promise<void> | undefined;
  let again = false;
  async function loop(): Promise<void> {
    do {
      again = false;
      await round();
    } while (again);
  }
  const sync = (): Promise<void> => {
    if (syncing) {
      again = true;
      return syncing;
    }
    return (syncing = loop().finally(() => (syncing = undefined)));
  };
  const syncInBackground = () => void sync().catch((error: unknown) => options.onError?.(error));
  const listener = await listen(config, channel, syncInBackground, syncInBackground);
  const poll = setInterval(syncInBackground, options.pollMs);
  poll.unref();
  return {
    sync,
    async close() {
      clearInterval(poll);
      await listener.close();
      await syncing?.catch(() => undefined);
    },
  };
}
