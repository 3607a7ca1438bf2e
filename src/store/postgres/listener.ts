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
