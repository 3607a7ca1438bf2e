import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGER_LIFETIME_MS } from '../../src/discord/pager.js';
import { embedsOf, startWithk, textOf, type Withk } from '../helpers/start-withk.js';

type Button = { custom_id: string; label: string; disabled?: boolean };
const buttonsOf = (data: { components?: { components: Button[] }[] } | undefined) =>
  (data?.components ?? []).flatMap((row) => row.components);

describe('/deals through Discord', () => {
  let withk: Withk;
  const asked = new Date('2026-11-24T10:00:00Z');
  beforeAll(async () => {
    withk = await startWithk({ now: asked });
  });
  afterAll(() => withk?.stop());

  const deals = (options: { name: string; value: string }[], userId?: string) =>
    withk.emulator.command({ name: 'deals', options: options.map((o) => ({ ...o, type: 3 })), userId });

  it('lists CJ ENM’s partnerships newest first: Amazon Prime Video, Warner Bros. and TBS', async () => {
    const outcome = await deals([{ name: 'company', value: 'CJ ENM' }]);
    const [embed] = embedsOf(outcome);
    expect(embed?.title).toBe('CJ ENM: partnerships');
    const partners = embed?.fields?.map((f) => f.name) ?? [];
    expect(partners.join('\n')).toMatch(/TBS[\s\S]*Warner Bros\.[\s\S]*Amazon Prime Video/);
    expect(textOf(outcome)).toContain('Strategic partnership · active');
    expect(textOf(outcome)).toContain('Source: News report');
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('pages with buttons that only the asker can use', async () => {
    const first = await deals([{ name: 'company', value: 'cj-enm' }], withk.emulator.userId);
    const next = buttonsOf(first.callback?.data).find((b) => b.label.startsWith('Next'));
    expect(next?.disabled).toBeFalsy();

    const stranger = await withk.emulator.button({ customId: next!.custom_id, userId: '999999999999999999' });
    expect(stranger.ephemeral).toBe(true);
    expect(stranger.callback?.data?.content).toMatch(/Only the person who asked/);

    const second = await withk.emulator.button({ customId: next!.custom_id, userId: withk.emulator.userId });
    expect(second.callback?.type).toBe(7);
    expect(embedsOf({ callback: second.callback }).at(0)?.footer?.text).toBe('Page 2 of 2');
    expect(textOf({ callback: second.callback })).toContain('Infinite Loop');
  });

  it('stops paging after a few minutes', async () => {
    const first = await deals([{ name: 'company', value: 'CJ ENM' }], withk.emulator.userId);
    const next = buttonsOf(first.callback?.data).find((b) => b.label.startsWith('Next'));
    withk.setNow(new Date(asked.getTime() + PAGER_LIFETIME_MS + 1000));
    try {
      const late = await withk.emulator.button({ customId: next!.custom_id, userId: withk.emulator.userId });
      expect(late.callback).toMatchObject({ type: 7, data: { components: [] } });
      const note = await withk.emulator.waitFor(() => late.followUps[0]);
      expect(note.content).toMatch(/expired/);
      expect(note.flags & 64).toBe(64);
    } finally {
      withk.setNow(asked);
    }
  });

  it('narrows to one partner and one kind', async () => {
    const outcome = await deals([
      { name: 'company', value: 'CJ ENM' },
      { name: 'partner', value: 'Tokyo Broadcasting System' },
      { name: 'kind', value: 'co-production' },
    ]);
    const names = embedsOf(outcome)[0]?.fields?.map((f) => f.name);
    expect(names).toEqual(['Oct 2025 · TBS', '2025 · TBS']);
  });

  it('includes the deals of companies it owns ("WBD" covers Warner Bros. and HBO Max)', async () => {
    const text = textOf(await deals([{ name: 'company', value: 'WBD' }]));
    expect(text).toContain('Warner Bros. Discovery: partnerships');
    expect(text).toContain('Tving Zone');
    expect(text).toContain('agreements with Warner Bros.');
  });

  it('answers an unknown company privately with suggestions', async () => {
    const outcome = await deals([{ name: 'company', value: 'CJ EMN' }]);
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.callback?.data?.content).toBe(
      'No company matches “CJ EMN”. Did you mean: **CJ ENM**, **CJ Group**?',
    );
  });

  it('suggests companies by alias, including Korean names', async () => {
    const outcome = await withk.emulator.autocomplete({
      name: 'deals',
      options: [{ name: 'company', type: 3, value: '씨제이', focused: true }],
    });
    expect(outcome.callback?.data?.choices[0]).toEqual({ name: '씨제이이엔엠 (CJ ENM)', value: 'cj-enm' });
  });
});

describe('/about through Discord', () => {
  let withk: Withk;
  beforeAll(async () => {
    withk = await startWithk();
  });
  afterAll(() => withk?.stop());

  it('tells privately what it knows and how fresh each source is', async () => {
    const outcome = await withk.emulator.command({ name: 'about' });
    expect(outcome.ephemeral).toBe(true);
    const text = textOf(outcome);
    expect(text).toMatch(/7 titles · 11 companies · 8 partnerships/);
    expect(text).toContain('Netflix Top 10**: not imported yet');
    expect(text).toContain('withk vtest');
  });
});
