import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedsOf, startWithk, textOf, type Withk } from '../helpers/start-withk.js';

describe('/title through Discord', () => {
  let withk: Withk;
  beforeAll(async () => {
    withk = await startWithk();
  });
  afterAll(() => withk?.stop());

  it('registers its commands in the configured guild, with valid bodies', () => {
    const names = withk.emulator
      .registeredCommands({ guildId: withk.emulator.guildId })
      .map((c) => (c as { name: string }).name);
    expect(names).toEqual(expect.arrayContaining(['title', 'deals', 'chart', 'about']));
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('answers /title Romantics Anonymous with cast, maker, music, charts and source', async () => {
    const outcome = await withk.emulator.command({
      name: 'title',
      options: [{ name: 'name', type: 3, value: 'Romantics Anonymous' }],
    });
    expect(outcome.callback?.type).toBe(4);
    expect(outcome.ephemeral).toBe(false);
    const [embed] = embedsOf(outcome);
    expect(embed?.title).toBe('Romantics Anonymous');
    const text = textOf(outcome);
    for (const fact of [
      'Han Hyo-joo',
      'Yong Film',
      'Confession',
      'Park Hye-kyung',
      'Netflix Top 10 · Global · TV (Non-English)',
      '#6 week of 13–19 Oct 2025',
    ]) {
      expect(text).toContain(fact);
    }
    expect(embed?.footer?.text).toMatch(/^Source: .*21 Oct 2025 · as of 21 Oct 2025$/);
    expect(outcome.callback?.data?.allowed_mentions).toEqual({ parse: [] });
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('finds a title by its id, as autocomplete sends it, and by its Korean name', async () => {
    const byId = await withk.emulator.command({
      name: 'title',
      options: [{ name: 'name', type: 3, value: 'bon-appetit-your-majesty' }],
    });
    const byKorean = await withk.emulator.command({
      name: 'title',
      options: [{ name: 'name', type: 3, value: '기생충' }],
    });
    expect(embedsOf(byId)[0]?.title).toBe('Bon Appétit, Your Majesty');
    expect(embedsOf(byKorean)[0]?.title).toBe('Parasite');
  });

  it('answers a typo privately with a suggestion', async () => {
    const outcome = await withk.emulator.command({
      name: 'title',
      options: [{ name: 'name', type: 3, value: 'Romantcs Anonymus' }],
    });
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.callback?.data?.flags & MessageFlags.Ephemeral).toBeTruthy();
    expect(outcome.callback?.data?.content).toBe(
      'No title matches “Romantcs Anonymus”. Did you mean: **Romantics Anonymous**?',
    );
  });

  it('answers an unknown name privately without pinging anyone it echoes', async () => {
    const outcome = await withk.emulator.command({
      name: 'title',
      options: [{ name: 'name', type: 3, value: '@everyone <@&123456789012345678> zzqx' }],
    });
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.callback?.data?.content).toMatch(/^No title matches/);
    expect(outcome.callback?.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('suggests titles as the user types, within Discord limits', async () => {
    const outcome = await withk.emulator.autocomplete({
      name: 'title',
      options: [{ name: 'name', type: 3, value: 'bon app', focused: true }],
    });
    expect(outcome.callback?.type).toBe(8);
    const choices = outcome.callback?.data?.choices as { name: string; value: string }[];
    expect(choices[0]).toEqual({
      name: 'Bon Appétit, Your Majesty · series · 2025',
      value: 'bon-appetit-your-majesty',
    });
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('suggests popular titles for an empty query and nothing for gibberish, never failing', async () => {
    const empty = await withk.emulator.autocomplete({
      name: 'title',
      options: [{ name: 'name', type: 3, value: '', focused: true }],
    });
    const gibberish = await withk.emulator.autocomplete({
      name: 'title',
      options: [{ name: 'name', type: 3, value: '\u200b\u202e%%%', focused: true }],
    });
    expect((empty.callback?.data?.choices as unknown[]).length).toBeGreaterThan(0);
    expect(gibberish.callback).toEqual({ type: 8, data: { choices: [] } });
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('does not register its commands again after a restart when they did not change', async () => {
    const puts = () => withk.emulator.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands'));
    expect(puts()).toHaveLength(1);
    await withk.restart();
    expect(puts()).toHaveLength(1);
    expect(withk.logs.some((line) => line.includes('commands unchanged since last registration'))).toBe(true);
  });
});
