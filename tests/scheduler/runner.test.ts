import { describe, expect, it, vi } from 'vitest';
import type { DigestSettings } from '../../src/domain/schedule.js';
import { createLogger } from '../../src/logger.js';
import type { DigestNotifier, DigestPost } from '../../src/scheduler/notify.js';
import { createDigestRunner } from '../../src/scheduler/runner.js';
import { createDigestRound } from '../../src/services/digest-round.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { loadSeed, tempDir } from '../helpers/seed.js';

const GUILDS = ['100000000000000001', '100000000000000002', '100000000000000003'];
const DUE = new Date('2026-11-25T00:00:30Z'); // 09:00:30 in Seoul
const later = (seconds: number) => new Date(DUE.getTime() + seconds * 1000);

const settings: DigestSettings = {
  channelId: '200000000000000001',
  time: '09:00',
  timeZone: 'Asia/Seoul',
  enabled: true,
  updatedBy: '1',
  updatedAt: '2026-11-24T00:00:00.000Z',
};

async function withDigests(store: Store): Promise<Store> {
  for (const guildId of GUILDS) await store.digestSettings.put(guildId, settings);
  return store;
}

/** Records posts; `hang(guildId)` makes that guild's post never finish, as in a process that stopped. */
function fakeNotifier(options: { hang?: (guildId: string) => boolean; onPost?: (post: DigestPost) => void } = {}) {
  const posts: DigestPost[] = [];
  const notifier: DigestNotifier = {
    async post(post) {
      options.onPost?.(post);
      if (options.hang?.(post.guildId)) return new Promise(() => undefined);
      posts.push(post);
      return { messageId: String(posts.length) };
    },
  };
  return { notifier, posts };
}

const runner = (
  store: Store,
  notifier: DigestNotifier,
  clock: () => Date,
  claimTimeoutMs = 60_000,
  servesGuild?: (guildId: string) => boolean,
) =>
  createDigestRunner({
    store,
    notifier,
    clock,
    logger: createLogger({ level: 'silent' }),
    concurrency: 1,
    claimTimeoutMs,
    servesGuild,
  });

/** Pending claims of every guild for 25 Nov, recorded at DUE by a process that is gone. */
const claimAll = (store: Store) =>
  store.deliveries.claim(
    GUILDS.map((guildId) => ({
      guildId,
      localDate: '2026-11-25',
      status: 'pending' as const,
      channelId: settings.channelId,
      at: DUE.toISOString(),
    })),
  );

describe('digest runner', () => {
  it('confirms each digest as soon as it is sent, not at the end of the round', async () => {
    const store = await withDigests(createMemoryStore(loadSeed()));
    const { notifier } = fakeNotifier({ hang: (guildId) => guildId === GUILDS[1] });
    void runner(store, notifier, () => DUE).tick();
    await vi.waitFor(async () =>
      expect((await store.deliveries.all()).map((d) => d.status)).toEqual(['sent', 'pending', 'pending']),
    );
  });

  it('after a crash mid-round, sends the unconfirmed digests once the claim timeout has passed, each once', async () => {
    const dataDir = tempDir();
    const crashed = await withDigests(await openStore({ dataDir }));
    void runner(crashed, fakeNotifier({ hang: (guildId) => guildId === GUILDS[1] }).notifier, () => DUE).tick();
    await vi.waitFor(async () => expect((await crashed.deliveries.all())[0]?.status).toBe('sent'));
    await crashed.digestLock.release(); // its process is gone: the lock file would be taken over

    const restarted = await openStore({ dataDir });
    const { notifier, posts } = fakeNotifier();
    let now = later(59);
    const next = runner(restarted, notifier, () => now, 60_000);
    await next.tick();
    expect(posts).toEqual([]);
    now = later(61);
    await next.tick();
    await next.tick();
    expect(posts.map((p) => p.guildId)).toEqual([GUILDS[1], GUILDS[2]]);
    expect((await restarted.deliveries.all()).map((d) => [d.status, d.takenOver])).toEqual([
      ['sent', undefined],
      ['sent', true],
      ['sent', true],
    ]);
    await next.stop();
  });

  it('takes over only the claims of the guilds it serves (its shards)', async () => {
    const store = await withDigests(createMemoryStore(loadSeed()));
    await claimAll(store);
    const { notifier, posts } = fakeNotifier();
    await runner(
      store,
      notifier,
      () => later(120),
      60_000,
      (guildId) => guildId !== GUILDS[0],
    ).tick();
    expect(posts.map((p) => p.guildId)).toEqual([GUILDS[1], GUILDS[2]]);
    expect((await store.deliveries.stale(later(120).toISOString())).map((d) => d.guildId)).toEqual([GUILDS[0]]);
  });

  it('does not send a taken-over claim whose digest was turned off meanwhile', async () => {
    const store = await withDigests(createMemoryStore(loadSeed()));
    await claimAll(store);
    await store.digestSettings.update(GUILDS[0]!, { enabled: false });
    const { notifier, posts } = fakeNotifier();
    await runner(store, notifier, () => later(120)).tick();
    expect(posts.map((p) => p.guildId)).toEqual([GUILDS[1], GUILDS[2]]);
  });

  it('covers in a taken-over digest the data its claim recorded', async () => {
    const store = await withDigests(createMemoryStore(loadSeed()));
    await store.deliveries.claim([
      {
        guildId: GUILDS[0]!,
        localDate: '2026-11-25',
        status: 'pending',
        channelId: '200000000000000009',
        at: DUE.toISOString(),
        late: true,
        dataDate: '2020-01-05',
      },
    ]);
    const { notifier, posts } = fakeNotifier();
    await runner(store, notifier, () => later(120)).tick();
    expect(posts[0]).toMatchObject({ channelId: '200000000000000009', late: true, window: { to: '2020-01-05' } });
  });
});

describe('digest round bookkeeping', () => {
  it('confirms outcomes that finish during a write together in the next write', async () => {
    const store = createMemoryStore(loadSeed());
    const settle = vi.spyOn(store.deliveries, 'settle');
    const round = createDigestRound(store, () => DUE, 60_000);
    for (const guildId of GUILDS)
      round.confirm({
        job: {
          due: { guildId, localDate: '2026-11-25', scheduledFor: DUE, late: false, settings },
          window: { from: 'a', to: 'b' },
        },
        messageId: guildId,
      });
    await round.finish();
    expect(settle.mock.calls.map(([outcomes]) => outcomes.length)).toEqual([1, 2]);
  });

  it('renews its claims once a third of the claim timeout has passed since the last renewal', async () => {
    const store = createMemoryStore(loadSeed());
    const renew = vi.spyOn(store.deliveries, 'renew');
    let now = DUE;
    const round = createDigestRound(store, () => now, 60_000);
    now = later(19);
    await round.keepClaims();
    now = later(21);
    await round.keepClaims();
    await round.keepClaims();
    expect(renew.mock.calls).toEqual([[later(21).toISOString()]]);
  });
});
