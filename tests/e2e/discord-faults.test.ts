import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { startApp } from '../../src/app.js';
import { createClient } from '../../src/discord/bot.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open-store.js';
import { startEmulator, type Emulator } from '../support/emulator/index.js';
import { tempDir } from '../helpers/seed.js';
import { embedsOf, startWithk, type Withk } from '../helpers/start-withk.js';

const title = (withk: Withk, value = 'Romantics Anonymous') =>
  withk.emulator.command({ name: 'title', options: [{ name: 'name', type: 3, value }] });

describe('Discord failures', () => {
  let withk: Withk | undefined;
  afterEach(async () => {
    await withk?.stop();
    withk = undefined;
  });

  it('resumes after a gateway close (4000) and keeps serving', async () => {
    withk = await startWithk();
    withk.emulator.closeGateway(4000);
    await withk.emulator.waitFor(() => withk!.emulator.resumes >= 1, 10_000);
    expect(embedsOf(await title(withk))[0]?.title).toBe('Romantics Anonymous');
    expect(withk.emulator.identifies).toBe(1);
  });

  it('resumes after a resumable invalid session and keeps serving', async () => {
    withk = await startWithk();
    withk.emulator.invalidateSession(true);
    await withk.emulator.waitFor(() => withk!.emulator.resumes >= 1, 10_000);
    expect(embedsOf(await title(withk))[0]?.title).toBe('Romantics Anonymous');
  });

  it('identifies again after a non-resumable invalid session and keeps serving', async () => {
    withk = await startWithk();
    withk.emulator.invalidateSession(false);
    // discord.js waits out its identify throttle (about 5 s) before identifying again.
    await withk.emulator.waitFor(() => withk!.emulator.identifies >= 2, 15_000);
    expect(embedsOf(await title(withk))[0]?.title).toBe('Romantics Anonymous');
  });

  it('retries an interaction callback refused with 500, then answers', async () => {
    withk = await startWithk();
    withk.emulator.failNext(
      { method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/ },
      { status: 500, body: { message: 'oops', code: 0 } },
    );
    const outcome = await title(withk);
    expect(embedsOf(outcome)[0]?.title).toBe('Romantics Anonymous');
  });

  it('waits out a 429 with Retry-After on a callback, then answers', async () => {
    withk = await startWithk();
    withk.emulator.failNext(
      { method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/ },
      { status: 429, headers: { 'Retry-After': '0.2' } },
    );
    const outcome = await title(withk);
    expect(embedsOf(outcome)[0]?.title).toBe('Romantics Anonymous');
    const callbacks = withk.emulator.requests.filter((r) => r.path.endsWith('/callback')).map((r) => r.status);
    expect(callbacks).toEqual([429, 204]);
  });

  it('answers hundreds of interactions arriving at once, each inside the 3-second window or deferred in time', async () => {
    // The emulator shares this process's event loop: its OpenAPI checks (covered by the other tests) would eat
    // into the bot's 3-second window, so they are off here to measure the bot alone.
    withk = await startWithk({ emulator: { validateAgainstSpec: false } });
    const names = ['Romantics Anonymous', 'Parasite', 'bon appetit', 'nope', '기생충'];
    const outcomes = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        withk!.emulator.command(
          { name: 'title', options: [{ name: 'name', type: 3, value: names[i % names.length]! }] },
          { timeoutMs: 20_000 },
        ),
      ),
    );
    // Answered directly (4), or acknowledged (5) and then completed by an edit or a private follow-up.
    for (const outcome of outcomes) {
      expect([4, 5]).toContain(outcome.callback?.type);
      if (outcome.callback?.type === 5) expect(outcome.original?.embeds ?? outcome.followUps[0]).toBeDefined();
    }
    const refused = withk.emulator.requests.filter((r) => r.path.endsWith('/callback') && r.status >= 400);
    expect(refused).toEqual([]);
  });
});

describe('an invalid token', () => {
  let emulator: Emulator | undefined;
  afterEach(async () => {
    await emulator?.stop();
  });

  it('stops the bot with a clear error instead of retrying forever, never logging the token', async () => {
    emulator = await startEmulator();
    emulator.failNext(
      { method: 'GET', path: /^\/gateway\/bot$/ },
      { status: 401, body: { message: '401: Unauthorized', code: 0 } },
    );
    const lines: string[] = [];
    const config = { token: emulator.token, apiUrl: emulator.apiUrl, dataDir: tempDir(), logLevel: 'debug' as const };
    const deps = {
      store: await openStore({ dataDir: config.dataDir }),
      config,
      logger: createLogger({ level: 'debug', secrets: [config.token], write: (line) => lines.push(line) }),
      clock: () => new Date(),
      startedAt: new Date(),
      version: 'test',
    };
    const client = createClient(emulator.apiUrl);
    await expect(startApp(deps, commands, { client })).rejects.toThrow(/invalid token/i);
    await client.destroy();
    expect(emulator.requests.filter((r) => r.path === '/gateway/bot')).toHaveLength(1);
    expect(lines.join('')).not.toContain(emulator.token);
  });
});
