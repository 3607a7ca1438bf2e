import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerText, buttonsOf, curate, dealsText, allDealsText, press } from '../helpers/curate.js';
import { startWithk, type Withk } from '../helpers/start-withk.js';

const SOURCE = 'https://www.example-news.com/2025/03/cj-enm-tbs-infinite-loop';

describe('/curate through Discord', () => {
  let withk: Withk;
  let owner: string;
  beforeAll(async () => {
    withk = await startWithk({ now: new Date('2026-03-02T09:00:00Z') });
    owner = withk.emulator.ownerId;
  });
  afterAll(() => withk?.stop());

  it('refuses a member who is not an editor, says who can edit, and changes nothing', async () => {
    const before = await withk.store.curation.list();
    const outcome = await curate(withk, 'deal', {
      companies: 'CJ ENM, Netflix',
      kind: 'co-production',
      date: '2025-05',
      status: 'announced',
      summary: 'A test deal.',
      source: SOURCE,
    });
    expect(outcome.ephemeral).toBe(true);
    expect(answerText(outcome)).toMatch(/Only withk's editors can change its data: the bot's owner \(\*\*owner\*\*\)/);
    expect(await withk.store.curation.list()).toHaveLength(before.length);
    expect(await dealsText(withk, 'Netflix')).not.toContain('A test deal');
  });

  it('lets the owner add a deal after a preview, and /deals shows it at once', async () => {
    const proposed = await curate(
      withk,
      'deal',
      {
        companies: 'Netflix, CJ ENM',
        kind: 'distribution',
        date: 'May 2025',
        status: 'active',
        summary: 'Netflix distributes a CJ ENM catalogue worldwide.',
        source: SOURCE,
      },
      { userId: owner },
    );
    expect(proposed.ephemeral).toBe(true);
    expect(answerText(proposed)).toContain('Preview: as /deals Netflix will show it');
    expect(buttonsOf(proposed).map((b) => b.label)).toEqual(['Save', 'Cancel']);
    const saved = await press(withk, proposed, 'Save', { userId: owner });
    expect(answerText(saved)).toMatch(/Saved as change #\d+/);
    const netflix = await dealsText(withk, 'Netflix');
    expect(netflix).toContain('Netflix distributes a CJ ENM catalogue worldwide.');
    expect(netflix).toContain('May 2025 · CJ ENM');
    expect(netflix).toContain('Source: example-news.com, 2 Mar 2026');
    const trends = answerText(await withk.emulator.command({ name: 'trends' }));
    expect(trends).toMatch(/New partnerships[\s\S]*Netflix distributes a CJ ENM catalogue worldwide/);
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('offers the CJ ENM × TBS co-production as an update of the seed deal, then fixes, retires and restores it, all in the history', async () => {
    const as = { userId: owner };
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
    expect(answerText(proposed)).toContain('withk already has this deal');
    expect(answerText(proposed)).toContain('Recorded now: 2025 · TBS');
    expect(answerText(proposed)).toContain('After the update: Mar 2025 · TBS');
    expect(buttonsOf(proposed).map((b) => b.label)).toEqual(['Update it', 'Add as new', 'Cancel']);
    const updated = await press(withk, proposed, 'Update it', as);
    expect(answerText(updated)).toMatch(/Updated as change #\d+: \*\*CJ ENM × TBS · Co-production · Mar 2025\*\*/);

    const deals = await allDealsText(withk, 'CJ ENM');
    expect(deals).toContain('Mar 2025 · TBS');
    expect(deals).toContain('Source: example-news.com, 2 Mar 2026');
    expect(deals).not.toMatch(/^2025 · TBS$/m);
    // The same change shows from the partner's side at once.
    const tbs = answerText(
      await withk.emulator.command({ name: 'company', options: [{ name: 'name', type: 3, value: 'TBS' }] }),
    );
    expect(tbs).toContain('Mar 2025');
    expect(tbs).toContain('Infinite Loop');

    const target = 'deal:cj-enm-tbs-infinite-loop';
    const fixed = await curate(withk, 'fix', { target, field: 'date', value: '2025-03-14', source: SOURCE }, as);
    expect(answerText(fixed)).toMatch(/Corrected: \*\*CJ ENM × TBS · Co-production · 14 Mar 2025\*\*, change #(\d+)/);
    expect(await allDealsText(withk, 'CJ ENM')).toContain('14 Mar 2025 · TBS');

    const retired = await curate(withk, 'retire', { target, reason: 'Test: the date was wrong after all' }, as);
    expect(answerText(retired)).toMatch(/Retired .*change #(\d+)/);
    const retireSeq = /change #(\d+)/.exec(answerText(retired))![1]!;
    expect(await allDealsText(withk, 'CJ ENM')).not.toContain('Infinite Loop');

    const restored = await curate(withk, 'undo', { change: `#${retireSeq}` }, as);
    expect(answerText(restored)).toContain(`Undid #${retireSeq}`);
    expect(answerText(restored)).toContain('is back in answers');
    expect(await allDealsText(withk, 'CJ ENM')).toContain('14 Mar 2025 · TBS');

    const history = answerText(await curate(withk, 'history', { target }, as));
    expect(history).toContain('History of CJ ENM × TBS · Co-production · 14 Mar 2025');
    const lines = history.split('\n').filter((line) => line.startsWith('**#'));
    expect(lines.map((line) => /— (\w+)/.exec(line)?.[1])).toEqual([
      'restored',
      'retired',
      'changed',
      'changed',
      'added',
    ]);
    const name = `user${owner.slice(-4)}`;
    expect(lines.slice(0, 4).every((line) => line.includes(` · ${name} — `))).toBe(true);
    expect(lines[4]).toContain(' · seed catalog — added the deal');
    expect(lines[3]).toContain(
      `date 2025 → Mar 2025; source News report on the “With K” trend (seed article), 21 Oct 2025 → [example-news.com, 2 Mar 2026](${SOURCE})`,
    );
  });

  it('makes a title findable under a new alias at once', async () => {
    const before = await withk.emulator.command({
      name: 'title',
      options: [{ name: 'name', type: 3, value: '무한루프' }],
    });
    expect(answerText(before)).toContain('No title matches');
    const added = await curate(withk, 'alias', { target: 'title:infinite-loop', alias: '무한루프' }, { userId: owner });
    expect(answerText(added)).toContain('Alias added: **Infinite Loop (title)**');
    const after = await withk.emulator.command({
      name: 'title',
      options: [{ name: 'name', type: 3, value: '무한루프' }],
    });
    expect(answerText(after)).toContain('Infinite Loop');
    expect(answerText(after)).not.toContain('No title matches');
  });

  it('creates an unknown company only after the editor confirms it', async () => {
    const as = { userId: owner };
    const input = {
      companies: 'Studio Dragon, Netflix',
      kind: 'joint-ip',
      date: '2025-09-01',
      status: 'planned',
      summary: 'Studio Dragon and Netflix plan a joint IP.',
      source: SOURCE,
    };
    const asked = await curate(withk, 'deal', input, as);
    expect(answerText(asked)).toContain('These names match no company withk knows');
    expect(answerText(asked)).toContain('**Studio Dragon**');
    const cancelled = await press(withk, asked, 'Cancel', as);
    expect(answerText(cancelled)).toContain('Cancelled: nothing was saved.');
    expect(
      answerText(
        await withk.emulator.command({
          name: 'deals',
          options: [{ name: 'company', type: 3, value: 'Studio Dragon' }],
        }),
      ),
    ).toContain('No company matches');

    const again = await curate(withk, 'deal', input, as);
    const preview = await press(withk, again, 'Create and continue', as);
    expect(answerText(preview)).toContain('Saving also creates: **Studio Dragon**.');
    await press(withk, preview, 'Save', as);
    expect(await dealsText(withk, 'Studio Dragon')).toContain('Studio Dragon and Netflix plan a joint IP.');
  });

  it('refuses the same deal twice, and keeps preview buttons for their editor', async () => {
    const as = { userId: owner };
    const input = {
      companies: 'TBS, Netflix',
      kind: 'distribution',
      date: '2025-11',
      status: 'announced',
      summary: 'TBS shows reach Netflix.',
      source: SOURCE,
    };
    const first = await curate(withk, 'deal', input, as);
    const stranger = await press(withk, first, 'Save');
    expect(stranger.ephemeral).toBe(true);
    expect(answerText(stranger)).toContain("Only withk's editors");
    await press(withk, first, 'Save', as);
    const second = await curate(withk, 'deal', input, as);
    expect(answerText(second)).toContain(
      'Nothing was saved: withk already has this deal, **TBS × Netflix · Distribution · Nov 2025**',
    );
    expect(buttonsOf(second)).toEqual([]);
  });

  it('pages the history with buttons for the editor who asked, and suggests changes to undo', async () => {
    const first = await curate(withk, 'history', {}, { userId: owner });
    expect(answerText(first)).toMatch(/Latest changes by editors[\s\S]*\d+ changes · page 1 of \d+/);
    const next = buttonsOf(first).find((b) => b.label.startsWith('Next'))!;
    const second = await withk.emulator.button({ customId: next.custom_id, userId: owner });
    expect(answerText({ ...second, original: second.callback?.data })).toMatch(/page 2 of/);
    const stranger = await withk.emulator.button({ customId: next.custom_id, userId: withk.emulator.userId });
    expect(answerText(stranger)).toContain("Only withk's editors");

    const suggested = await withk.emulator.autocomplete({
      name: 'curate',
      userId: owner,
      options: [
        { type: 1, name: 'undo', options: [{ name: 'change', type: 3, value: 'alias', focused: true }] },
      ] as never,
    });
    const choices = suggested.callback?.data?.choices as { name: string; value: string }[];
    expect(choices[0]?.name).toMatch(/^#\d+ · added the name “무한루프” to Infinite Loop \(title\) · user\d{4}$/);
    expect(choices[0]?.value).toMatch(/^#\d+$/);
  });
});
