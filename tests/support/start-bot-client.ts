import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { Emulator } from './emulator/index.js';

/**
 * Creates a plain discord.js Client pointed at the emulator, logs it in and resolves once it is ready.
 * The caller must `await client.destroy()` before `emulator.stop()` (DISCORD-EMULATOR.md, gotcha 5).
 */
export async function startBotClient(
  emulator: Emulator,
  options: Partial<ClientOptions> = {},
  readyTimeoutMs = 5_000,
): Promise<Client<true>> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...options,
    rest: { ...options.rest, api: emulator.apiUrl },
  });
  // An `error` event without a listener would crash the test worker; surface it instead.
  client.on(Events.Error, (error) => console.error('[bot client] error event:', error));
  // Listen before login: clientReady can fire before login() resolves.
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(readyTimeoutMs) });
  ready.catch(() => undefined); // awaited below; this only keeps a failed login from leaving it unhandled
  try {
    await client.login(emulator.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  return client as Client<true>;
}
