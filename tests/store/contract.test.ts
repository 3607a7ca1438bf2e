import { afterEach, describe, expect, it } from 'vitest';
import type { Delivery, DigestSettings } from '../../src/domain/schedule.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { describePostgres, testDatabase } from '../helpers/postgres.js';
import { loadSeed, tempDir } from '../helpers/seed.js';

/** A backend under test: opens a fresh store; `reopen` opens the same data again, as a restarted process would. */
interface Backend {
  open(): Promise<Store>;
  reopen?(): Promise<Store>;
  cleanup(): Promise<void>;
}

const GUILD = '123456789012345678';
const OTHER = '223456789012345678';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 0, minute)).toISOString();

const settings = (change: Partial<DigestSettings> = {}): DigestSettings => ({
  channelId: '323456789012345678',
  time: '09:00',
  timeZone: 'Asia/Seoul',
  enabled: true,
  updatedBy: '423456789012345678',
  updatedAt: at(0),
  ...change,
});

const pending = (guildId: string, localDate: string, minute = 1): Delivery => ({
  guildId,
  localDate,
  status: 'pending',
  channelId: '323456789012345678',
  at: at(minute),
  dataDate: '2026-11-23',
});

/** The same behaviour, whatever keeps the data: every backend runs these. */
function storeContract(name: string, backend: () => Backend) {
  describe(name, () => runContract(name, backend));
}

function runContract(name: string, backend: () => Backend) {
  let current: Backend;
  let store: Store;
  const open = async () => {
    current = backend();
    store = await current.open();
  };
  afterEach(async () => {
    await store?.close();
    await current?.cleanup();
  });

  describe(`catalog (${name})`, () => {
    it('serves the first catalog with its prebuilt index', async () => {
      await open();
      const index = store.catalog.current();
      expect(index.catalog.titles.map((t) => t.id)).toContain('romantics-anonymous');
      expect(store.catalog.current()).toBe(index);
    });

    it('makes a replaced catalog current with a new index', async () => {
      await open();
      const before = store.catalog.current();
      await store.catalog.replace({ ...before.catalog, statistics: [] });
      expect(store.catalog.current()).not.toBe(before);
      expect(store.catalog.current().catalog.statistics).toEqual([]);
    });

    it('refuses an invalid catalog and keeps serving the current one', async () => {
      await open();
      const before = store.catalog.current();
      await expect(store.catalog.replace({ ...before.catalog, titles: [{ id: '' }] } as never)).rejects.toThrow();
      expect(store.catalog.current()).toBe(before);
    });

    it('serves the replaced catalog after a restart, when it keeps data', async () => {
      await open();
      if (!current.reopen) return;
      await store.catalog.replace({ ...store.catalog.current().catalog, statistics: [] });
      const reopened = await current.reopen();
      expect(reopened.catalog.current().catalog.statistics).toEqual([]);
      await reopened.close();
    });
  });

  describe(`digest settings (${name})`, () => {
    it('has none for a guild that set nothing', async () => {
      await open();
      expect(await store.digestSettings.get(GUILD)).toBeUndefined();
      expect(await store.digestSettings.all()).toEqual(new Map());
    });

    it('returns what was put, for one guild and for all', async () => {
      await open();
      await store.digestSettings.put(GUILD, settings());
      await store.digestSettings.put(OTHER, settings({ time: '18:30', timeZone: 'Europe/Paris' }));
      expect(await store.digestSettings.get(GUILD)).toEqual(settings());
      expect(await store.digestSettings.all()).toEqual(
        new Map([
          [GUILD, settings()],
          [OTHER, settings({ time: '18:30', timeZone: 'Europe/Paris' })],
        ]),
      );
    });

    it('keeps every optional field: language, picture, and a pause with its refusal as data', async () => {
      await open();
      const paused = {
        reason: 'withk lacks Attach Files in #news.',
        at: at(5),
        refusal: { code: 'lacks' as const, permissions: ['AttachFiles' as const], channel: 'news' },
      };
      const full = settings({ language: 'ko', picture: true, paused });
      await store.digestSettings.put(GUILD, full);
      expect(await store.digestSettings.get(GUILD)).toEqual(full);
      expect(await store.digestSettings.update(GUILD, { language: 'ja', picture: false })).toEqual({
        ...full,
        language: 'ja',
        picture: false,
      });
    });

    it('replaces the whole record on put, dropping a pause', async () => {
      await open();
      await store.digestSettings.put(GUILD, settings({ paused: { reason: 'Missing Access', at: at(5) } }));
      await store.digestSettings.put(GUILD, settings({ updatedAt: at(6) }));
      expect(await store.digestSettings.get(GUILD)).toEqual(settings({ updatedAt: at(6) }));
    });

    it('changes stored settings in place and returns the result', async () => {
      await open();
      await store.digestSettings.put(GUILD, settings());
      const paused = { reason: 'Missing Access', at: at(5) };
      expect(await store.digestSettings.update(GUILD, { paused })).toEqual(settings({ paused }));
      expect(await store.digestSettings.update(GUILD, { enabled: false })).toEqual(
        settings({ paused, enabled: false }),
      );
      expect(await store.digestSettings.get(GUILD)).toEqual(settings({ paused, enabled: false }));
    });

    it('changes nothing when the guild has no settings', async () => {
      await open();
      expect(await store.digestSettings.update(GUILD, { enabled: false })).toBeUndefined();
      expect(await store.digestSettings.get(GUILD)).toBeUndefined();
    });
  });

  describe(`picture settings (${name})`, () => {
    it('has none for a guild that chose nothing, and returns the last choice', async () => {
      await open();
      expect(await store.pictureSettings.get(GUILD)).toBeUndefined();
      await store.pictureSettings.put(GUILD, { enabled: false, updatedBy: '1', updatedAt: at(1) });
      await store.pictureSettings.put(GUILD, { enabled: true, updatedBy: '2', updatedAt: at(2) });
      expect(await store.pictureSettings.get(GUILD)).toEqual({ enabled: true, updatedBy: '2', updatedAt: at(2) });
      expect(await store.pictureSettings.get(OTHER)).toBeUndefined();
    });

    it("keeps a guild's picture and digest settings apart", async () => {
      await open();
      await store.digestSettings.put(GUILD, settings());
      await store.pictureSettings.put(GUILD, { enabled: false, updatedBy: '1', updatedAt: at(1) });
      await store.digestSettings.put(GUILD, settings({ time: '10:00' }));
      expect(await store.pictureSettings.get(GUILD)).toEqual({ enabled: false, updatedBy: '1', updatedAt: at(1) });
      expect(await store.digestSettings.get(GUILD)).toEqual(settings({ time: '10:00' }));
    });
  });

  describe(`deliveries (${name})`, () => {
    it('records claims as pending, held by this store, oldest first', async () => {
      await open();
      const won = await store.deliveries.claim([pending(GUILD, '2026-11-25'), pending(OTHER, '2026-11-25')]);
      const claimedBy = won[0]?.claimedBy;
      expect(claimedBy).toEqual(expect.any(String));
      expect(won).toEqual([
        { ...pending(GUILD, '2026-11-25'), claimedBy },
        { ...pending(OTHER, '2026-11-25'), claimedBy },
      ]);
      expect(await store.deliveries.all()).toEqual(won);
      expect(await store.deliveries.ofGuild(OTHER)).toEqual([won[1]]);
    });

    it('does not claim a day that has a pending or sent delivery, nor the same day twice in one call', async () => {
      await open();
      await store.deliveries.claim([pending(GUILD, '2026-11-24'), pending(GUILD, '2026-11-25')]);
      await store.deliveries.settle([
        { guildId: GUILD, localDate: '2026-11-24', outcome: { status: 'sent', messageId: '9', at: at(2) } },
      ]);
      const won = await store.deliveries.claim([
        pending(GUILD, '2026-11-24'),
        pending(GUILD, '2026-11-25'),
        pending(GUILD, '2026-11-26'),
        pending(GUILD, '2026-11-26', 3),
      ]);
      expect(won.map((d) => [d.localDate, d.at])).toEqual([['2026-11-26', at(1)]]);
    });

    it('claims again a day whose earlier attempt failed, keeping the failure', async () => {
      await open();
      await store.deliveries.claim([pending(GUILD, '2026-11-25')]);
      await store.deliveries.settle([
        { guildId: GUILD, localDate: '2026-11-25', outcome: { status: 'failed', error: 'HTTP 500', at: at(2) } },
      ]);
      expect(await store.deliveries.claim([pending(GUILD, '2026-11-25', 8)])).toHaveLength(1);
      expect((await store.deliveries.ofGuild(GUILD)).map((d) => [d.status, d.error])).toEqual([
        ['failed', 'HTTP 500'],
        ['pending', undefined],
      ]);
    });

    it('confirms or fails its pending claims and leaves other days alone', async () => {
      await open();
      const [a, b] = await store.deliveries.claim([pending(GUILD, '2026-11-25'), pending(OTHER, '2026-11-25')]);
      await store.deliveries.settle([
        { guildId: GUILD, localDate: '2026-11-25', outcome: { status: 'sent', messageId: '77', at: at(3) } },
        { guildId: OTHER, localDate: '2026-11-24', outcome: { status: 'sent', messageId: '78', at: at(3) } },
      ]);
      expect(await store.deliveries.all()).toEqual([{ ...a, status: 'sent', messageId: '77', at: at(3) }, b]);
    });

    it('renews only its pending claims', async () => {
      await open();
      const [a, b] = await store.deliveries.claim([pending(GUILD, '2026-11-25'), pending(OTHER, '2026-11-25')]);
      await store.deliveries.settle([
        { guildId: OTHER, localDate: '2026-11-25', outcome: { status: 'sent', messageId: '1', at: at(2) } },
      ]);
      await store.deliveries.renew(at(20));
      expect(await store.deliveries.all()).toEqual([
        { ...a, at: at(20) },
        { ...b, status: 'sent', messageId: '1', at: at(2) },
      ]);
    });

    it('lists the pending claims older than the cut-off and takes them over, each once', async () => {
      await open();
      await store.deliveries.claim([pending(GUILD, '2026-11-25', 1), pending(OTHER, '2026-11-25', 9)]);
      const stale = await store.deliveries.stale(at(5));
      expect(stale.map((d) => d.guildId)).toEqual([GUILD]);
      expect(await store.deliveries.takeOver(stale, at(5), at(30))).toEqual([
        { ...pending(GUILD, '2026-11-25'), at: at(30), claimedBy: expect.any(String), takenOver: true },
      ]);
      expect(await store.deliveries.takeOver(stale, at(60), at(61))).toEqual([]);
      expect((await store.deliveries.stale(at(60))).map((d) => d.guildId)).toEqual([OTHER]);
    });

    it('takes over only the days asked for, and only while they are stale', async () => {
      await open();
      await store.deliveries.claim([pending(GUILD, '2026-11-25', 1), pending(OTHER, '2026-11-25', 1)]);
      const day = (guildId: string) => ({ guildId, localDate: '2026-11-25' });
      expect(await store.deliveries.takeOver([day(GUILD)], at(0), at(6))).toEqual([]);
      const taken = await store.deliveries.takeOver([day(OTHER), day('9'), day(OTHER)], at(5), at(6));
      expect(taken.map((d) => [d.guildId, d.takenOver])).toEqual([[OTHER, true]]);
      expect((await store.deliveries.stale(at(5))).map((d) => d.guildId)).toEqual([GUILD]);
    });

    it('never takes over a confirmed delivery', async () => {
      await open();
      await store.deliveries.claim([pending(GUILD, '2026-11-25')]);
      await store.deliveries.settle([
        { guildId: GUILD, localDate: '2026-11-25', outcome: { status: 'sent', messageId: '1', at: at(2) } },
      ]);
      expect(await store.deliveries.stale(at(59))).toEqual([]);
      expect(await store.deliveries.takeOver([{ guildId: GUILD, localDate: '2026-11-25' }], at(59), at(59))).toEqual(
        [],
      );
    });

    it('forgets deliveries recorded before the cut-off', async () => {
      await open();
      await store.deliveries.claim([pending(GUILD, '2026-11-24', 1), pending(GUILD, '2026-11-25', 10)]);
      await store.deliveries.prune(at(5));
      expect((await store.deliveries.all()).map((d) => d.localDate)).toEqual(['2026-11-25']);
    });
  });

  describe(`refresh status and command registration (${name})`, () => {
    it('keeps the last status of each source', async () => {
      await open();
      expect(await store.refreshStatus.all()).toEqual({});
      await store.refreshStatus.put('kobis-daily', { lastAttemptAt: at(1), failures: 1, lastError: 'HTTP 503' });
      await store.refreshStatus.put('netflix-top10', { lastAttemptAt: at(2), failures: 0 });
      await store.refreshStatus.put('kobis-daily', { lastAttemptAt: at(3), failures: 0 });
      expect(await store.refreshStatus.all()).toEqual({
        'kobis-daily': { lastAttemptAt: at(3), failures: 0 },
        'netflix-top10': { lastAttemptAt: at(2), failures: 0 },
      });
    });

    it('keeps the last command registration', async () => {
      await open();
      expect(await store.commandRegistration.get()).toBeUndefined();
      await store.commandRegistration.put({ hash: 'a1', scope: 'global', at: at(1) });
      await store.commandRegistration.put({ hash: 'b2', scope: `guild:${GUILD}`, at: at(2) });
      expect(await store.commandRegistration.get()).toEqual({ hash: 'b2', scope: `guild:${GUILD}`, at: at(2) });
    });
  });

  describe(`process coordination (${name})`, () => {
    it('runs an exclusive task and hands back its result or its error', async () => {
      await open();
      expect(await store.runExclusively('import', async () => 42)).toBe(42);
      await expect(store.runExclusively('import', async () => Promise.reject(new Error('boom')))).rejects.toThrow(
        'boom',
      );
      expect(await store.runExclusively('import', async () => 'free again')).toBe('free again');
    });

    it('lets this process post digests, and reloads without losing data', async () => {
      await open();
      await store.digestSettings.put(GUILD, settings());
      expect(await store.digestLock.hold()).toBe(true);
      await store.reload();
      expect(await store.digestSettings.get(GUILD)).toEqual(settings());
      await store.digestLock.release();
    });
  });
}

describe('store contract', () => {
  storeContract('memory', () => ({
    open: async () => createMemoryStore(loadSeed()),
    cleanup: async () => undefined,
  }));

  storeContract('lowdb', () => {
    const dataDir = tempDir();
    return {
      open: () => openStore({ dataDir }),
      reopen: () => openStore({ dataDir }),
      cleanup: async () => undefined,
    };
  });
});

describePostgres('store contract on PostgreSQL', () => {
  storeContract('PostgreSQL', () => {
    const database = testDatabase();
    return { open: () => database.open(), reopen: () => database.open(), cleanup: () => database.cleanup() };
  });
});
