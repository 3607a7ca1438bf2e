import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { startApp, type App } from '../../src/app.js';
import { createClient } from '../../src/discord/bot.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { digestSetOptions, sendDigestCommand } from '../helpers/digest-command.js';
import { tempDir } from '../helpers/seed.js';
import { startWithk, type Withk } from '../helpers/start-withk.js';

/** Sets a 09:00 Asia/Seoul digest for the emulator's guild through the real command. */
async function setDigest(withk: Withk) {
  const outcome = await sendDigestCommand(
    withk.emulator,
    'set',
    digestSetOptions(withk.emulator, '09:00', 'Asia/Seoul'),
  );
  expect(outcome.callback?.data?.content).toContain('Daily digest set');
}

describe('digest delivery', () => {
  let withk: Withk | undefined;
  let second: { app: App; store: Store } | undefined;
  afterEach(async () => {
    await second?.app.stop();
    await withk?.stop();
    second = undefined;
    withk = undefined;
  });

  it('after three days of downtime posts only the latest missed digest, once, marked late', async () => {
    withk = await startWithk({ now: new Date('2026-11-24T23:00:00Z') });
    await setDigest(withk);
    await withk.app.stop();
    // Down from before 09:00 KST on 25 Nov until 13:00 KST on 28 Nov.
    withk.setNow(new Date('2026-11-28T04:00:00Z'));
    await withk.restart();
    await withk.app.digests.tick();
    await withk.app.digests.tick();
    const posts = withk.emulator.channelMessages(withk.emulator.channelId);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.embeds[0].title).toBe('withk daily digest · 28 Nov 2026 (late: delivered after downtime)');
    expect((await withk.store.deliveries.all()).filter((d) => d.status === 'sent')).toMatchObject([
      { localDate: '2026-11-28', late: true },
    ]);
  });

  it('posts once when a second instance is started by mistake on the same data', async () => {
    withk = await startWithk({ now: new Date('2026-11-24T23:00:00Z') });
    await setDigest(withk);
    const { emulator } = withk;
    const dataDir = withk.deps.config.dataDir;
    const store = await openStore({ dataDir });
    const config = {
      token: emulator.token,
      apiUrl: emulator.apiUrl,
      guildId: emulator.guildId,
      dataDir,
      logLevel: 'silent' as const,
    };
    const deps = {
      store,
      config,
      logger: createLogger({ level: 'silent' }),
      clock: () => new Date('2026-11-25T00:00:30Z'),
      startedAt: new Date(),
      version: 'test',
    };
    second = { app: await startApp(deps, commands, { client: createClient(emulator.apiUrl), tickMs: 60_000 }), store };
    withk.setNow(new Date('2026-11-25T00:00:30Z'));
    await Promise.all([withk.app.digests.tick(), second.app.digests.tick()]);
    await Promise.all([withk.app.digests.tick(), second.app.digests.tick()]);
    expect(emulator.channelMessages(emulator.channelId)).toHaveLength(1);
    // The first instance stops; the second takes the lock over and must not post that day again.
    await withk.app.stop();
    await second.app.digests.tick();
    expect(emulator.channelMessages(emulator.channelId)).toHaveLength(1);
    await withk.restart();
  });

  it('keeps a fresh data dir working: the lock is released on stop', async () => {
    const dataDir = tempDir();
    withk = await startWithk({ dataDir, now: new Date('2026-11-24T23:00:00Z') });
    await setDigest(withk);
    await withk.restart();
    withk.setNow(new Date('2026-11-25T00:01:00Z'));
    await withk.app.digests.tick();
    expect(withk.emulator.channelMessages(withk.emulator.channelId)).toHaveLength(1);
  });
});
