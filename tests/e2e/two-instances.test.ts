import { afterEach, expect, it } from 'vitest';
import { setDigest } from '../../src/services/digest-settings.js';
import type { Store } from '../../src/store/store.js';
import { startScript, type ScriptChild } from '../faults/child-process.js';
import { digestSetOptions, sendDigestCommand } from '../helpers/digest-command.js';
import { describePostgres, testDatabase } from '../helpers/postgres.js';
import { startWithk, textOf, type Withk } from '../helpers/start-withk.js';
import { startEmulator, type Emulator } from '../support/emulator/index.js';

/** 08:00 KST, before the digests set for 09:00 KST are due; and 09:00:30 KST, when they are. */
const BEFORE = new Date('2026-11-24T23:00:00Z');
const DUE = new Date('2026-11-25T00:00:30Z');
const later = (seconds: number) => new Date(DUE.getTime() + seconds * 1000);

describePostgres('two withk instances on one PostgreSQL', () => {
  let database: ReturnType<typeof testDatabase>;
  let emulator: Emulator | undefined;
  let instances: Withk[] = [];
  let worker: ScriptChild | undefined;
  afterEach(async () => {
    worker?.kill('SIGKILL');
    await worker?.exited;
    for (const withk of instances.reverse()) await withk.stop();
    await emulator?.stop();
    await database.cleanup();
    instances = [];
    worker = undefined;
    emulator = undefined;
  });

  /** A withk instance with its own discord.js client, on the shared emulator and the shared schema. */
  async function startInstance(options: { claimTimeoutS?: number } = {}): Promise<Withk> {
    const withk = await startWithk({
      on: emulator,
      openStore: () => database.open(),
      now: BEFORE,
      config: { claimTimeoutS: options.claimTimeoutS },
    });
    instances.push(withk);
    return withk;
  }

  /** Sets a 09:00 Asia/Seoul digest in every guild of the emulator. */
  async function setDigests(store: Store) {
    for (const guild of emulator!.guilds)
      await setDigest(
        store,
        guild.id,
        {
          channelId: guild.channelIds[0]!,
          time: '09:00',
          timeZone: 'Asia/Seoul',
          language: 'en',
          userId: emulator!.userId,
        },
        BEFORE,
      );
  }

  const postsPerGuild = () => emulator!.guilds.map((guild) => emulator!.channelMessages(guild.channelIds[0]!).length);

  it('shows /digest status through one instance what /digest set saved through the other, registering commands once', async () => {
    database = testDatabase();
    emulator = await startEmulator();
    const first = await startInstance();
    const set = await sendDigestCommand(emulator, 'set', digestSetOptions(emulator, '21:45', 'Europe/Paris'));
    expect(set.callback?.data?.content).toContain('Daily digest set');

    // The gateway sends interactions to the newest session: from here on, only the second client hears them.
    const second = await startInstance();
    const heard = { first: 0, second: 0 };
    first.bot.client.on('interactionCreate', () => void heard.first++);
    second.bot.client.on('interactionCreate', () => void heard.second++);
    const status = await sendDigestCommand(emulator, 'status');
    expect(heard).toEqual({ first: 0, second: 1 });
    expect(textOf(status)).toContain(`<#${emulator.channelId}>`);
    expect(textOf(status)).toContain('21:45');
    expect(textOf(status)).toContain('Europe/Paris');
    const registrations = emulator.requests.filter((r) => r.method === 'PUT' && r.path.includes('/commands'));
    expect(registrations).toHaveLength(1);
  });

  it('posts every digest exactly once when both instances run the round at the same moment', async () => {
    database = testDatabase();
    emulator = await startEmulator({ guilds: 8 });
    const [a, b] = [await startInstance(), await startInstance()];
    await setDigests(a.store);
    a.setNow(DUE);
    b.setNow(DUE);
    await Promise.all([a.app.digests.tick(), b.app.digests.tick()]);
    await Promise.all([a.app.digests.tick(), b.app.digests.tick()]);
    expect(postsPerGuild()).toEqual(Array(8).fill(1));
    const deliveries = await b.store.deliveries.all();
    expect(deliveries.map((d) => d.status)).toEqual(Array(8).fill('sent'));
    expect(new Set(deliveries.map((d) => d.guildId)).size).toBe(8);
  });

  it('finishes the round of an instance killed mid-round once its claims time out: nothing lost, nothing twice', async () => {
    database = testDatabase();
    emulator = await startEmulator({ guilds: 4 });
    const survivor = await startInstance({ claimTimeoutS: 5 });
    await setDigests(survivor.store);

    // The other instance claims all four, sends one, and dies while sending the second.
    worker = startScript('./digest-worker.ts', [
      database.url,
      database.schema,
      emulator.apiUrl,
      emulator.token,
      DUE.toISOString(),
    ]);
    await Promise.all([worker.waitForLine(/^sent \d+/), worker.waitForLine(/^hanging \d+/)]);
    worker.kill('SIGKILL');
    await worker.exited;
    expect(postsPerGuild().reduce((sum, n) => sum + n, 0)).toBe(1);

    // Within the claim timeout the claims are the dead instance's: nothing is sent.
    survivor.setNow(later(4));
    await survivor.app.digests.tick();
    expect(postsPerGuild().reduce((sum, n) => sum + n, 0)).toBe(1);

    // Past it, the survivor takes them over and sends each once.
    survivor.setNow(later(6));
    await survivor.app.digests.tick();
    await survivor.app.digests.tick();
    expect(postsPerGuild()).toEqual([1, 1, 1, 1]);
    const deliveries = await survivor.store.deliveries.all();
    expect(deliveries.map((d) => d.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(deliveries.filter((d) => d.takenOver)).toHaveLength(3);
  });
});
