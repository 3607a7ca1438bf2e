import { afterEach, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { answerText, buttonsOf, curate, press } from '../helpers/curate.js';
import { describePostgres, testDatabase } from '../helpers/postgres.js';
import { startWithk, type Withk } from '../helpers/start-withk.js';

const SOURCE = 'https://www.example-news.com/2025/03/cj-enm-tbs-infinite-loop';
const TARGET = 'deal:cj-enm-tbs-infinite-loop';

describePostgres('/curate on PostgreSQL, seen by every process', () => {
  let database: ReturnType<typeof testDatabase>;
  let withk: Withk | undefined;
  afterEach(async () => {
    await withk?.stop();
    await database.cleanup();
  });

  /** `/deals CJ ENM partner:TBS`, as everyone sees it. */
  const cjEnmWithTbs = async () =>
    answerText(
      await withk!.emulator.command({
        name: 'deals',
        options: [
          { name: 'company', type: 3, value: 'CJ ENM' },
          { name: 'partner', type: 3, value: 'TBS' },
        ],
      }),
    );
  /** The Infinite Loop deal's date as another withk process serves it, once it has heard of the change. */
  const elsewhereDate = (store: Store) =>
    store.catalog.current().catalog.deals.find((deal) => deal.id === 'cj-enm-tbs-infinite-loop')?.date ?? 'retired';

  it('lets an editor update, correct, retire and restore the CJ ENM × TBS deal, which another process serves at once, and a member who is not an editor change nothing', async () => {
    database = testDatabase();
    withk = await startWithk({ openStore: () => database.open(), now: new Date('2026-03-02T09:00:00Z') });
    // A second withk process on the same database (e.g. another shard), with a poll too slow to matter.
    const elsewhere = await database.open({ catalogPollMs: 600_000 });
    const as = { userId: withk.emulator.ownerId };

    const refused = await curate(withk, 'retire', { target: TARGET, reason: 'Not an editor' });
    expect(answerText(refused)).toContain("Only withk's editors can change its data");
    expect(await elsewhere.curation.list()).toHaveLength(8);

    const proposed = await curate(
      withk,
      'deal',
      {
        companies: 'CJ ENM, TBS',
        kind: 'co-production',
        date: '2025-03',
        status: 'completed',
        summary: 'CJ ENM and TBS co-produced the survival show “Infinite Loop”.',
        source: SOURCE,
        titles: 'Infinite Loop',
      },
      as,
    );
    expect(buttonsOf(proposed).map((b) => b.label)).toEqual(['Update it', 'Add as new', 'Cancel']);
    await press(withk, proposed, 'Update it', as);
    expect(await cjEnmWithTbs()).toContain('Mar 2025 · TBS');
    expect(await cjEnmWithTbs()).toContain('Source: example-news.com, 2 Mar 2026');
    await expect.poll(() => elsewhereDate(elsewhere), { timeout: 5000 }).toBe('2025-03');

    await curate(withk, 'fix', { target: TARGET, field: 'date', value: '2025-03-14', source: SOURCE }, as);
    expect(await cjEnmWithTbs()).toContain('14 Mar 2025 · TBS');
    await expect.poll(() => elsewhereDate(elsewhere), { timeout: 5000 }).toBe('2025-03-14');

    const retired = await curate(withk, 'retire', { target: TARGET, reason: 'Checking the date again' }, as);
    const retireSeq = /change #(\d+)/.exec(answerText(retired))![1]!;
    expect(await cjEnmWithTbs()).not.toContain('Infinite Loop');
    await expect.poll(() => elsewhereDate(elsewhere), { timeout: 5000 }).toBe('retired');

    await curate(withk, 'undo', { change: `#${retireSeq}` }, as);
    expect(await cjEnmWithTbs()).toContain('14 Mar 2025 · TBS');
    await expect.poll(() => elsewhereDate(elsewhere), { timeout: 5000 }).toBe('2025-03-14');

    await withk.restart();
    const history = answerText(await curate(withk, 'history', { target: TARGET }, as));
    const lines = history.split('\n').filter((line) => line.startsWith('**#'));
    const editor = `user${withk.emulator.ownerId.slice(-4)}`;
    expect(lines.map((line) => /· ([^·]+) — (\w+)/.exec(line)?.slice(1, 3).join(' '))).toEqual([
      `${editor} restored`,
      `${editor} retired`,
      `${editor} changed`,
      `${editor} changed`,
      'seed catalog added',
    ]);
    expect(await cjEnmWithTbs()).toContain('14 Mar 2025 · TBS');
    expect(withk.emulator.specErrors).toEqual([]);
  });
});
