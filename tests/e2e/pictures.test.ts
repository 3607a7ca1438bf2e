import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/types.js';
import { pictureCache } from '../../src/discord/render/pictures/index.js';
import { decode } from '../discord/pictures/pixels.js';
import { digestSetOptions, MODERATOR, sendDigestCommand } from '../helpers/digest-command.js';
import { rankCatalog, weekEnding } from '../helpers/rank-catalog.js';
import { loadSeed } from '../helpers/seed.js';
import { embedsOf, filesOf, startWithk, type Withk } from '../helpers/start-withk.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The seed plus a title with 60 weeks on 8 charts, named in English and Korean. */
function catalog(): Catalog {
  const seed = loadSeed();
  const ranks = rankCatalog({ name: 'Subject Drama', originalName: '주제 드라마' });
  return {
    ...seed,
    titles: [...seed.titles, ...ranks.titles],
    charts: [...seed.charts, ...ranks.charts.filter((c) => !seed.charts.some((s) => s.id === c.id))],
    chartEntries: [...seed.chartEntries, ...ranks.chartEntries],
  };
}

describe('pictures through Discord', () => {
  let withk: Withk;
  beforeAll(async () => {
    withk = await startWithk({ now: new Date(`${weekEnding(60)}T09:00:00Z`) });
    await withk.store.catalog.replace(catalog());
    pictureCache.clear();
  });
  afterAll(() => withk?.stop());

  const title = (name: string, extra: { name: string; type: number; value: boolean }[] = []) =>
    withk.emulator.command({ name: 'title', options: [{ name: 'name', type: 3, value: name }, ...extra] });

  it('defers /title, then attaches a PNG of its ranks over time that the embed shows', async () => {
    const outcome = await title('Subject Drama');
    expect(outcome.callback?.type).toBe(5);
    const [file] = filesOf(outcome);
    expect(file?.filename).toBe('withk-ranks-subject.png');
    expect(file?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const png = await decode(file!.data);
    expect([png.width, png.height]).toEqual([1000, 600]);
    expect(embedsOf(outcome)[0]).toMatchObject({
      title: 'Subject Drama',
      image: { url: 'attachment://withk-ranks-subject.png' },
    });
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('answers at once the second time, with the kept picture', async () => {
    const outcome = await title('subject');
    expect(outcome.callback?.type).toBe(4);
    expect(filesOf(outcome).map((f) => f.filename)).toEqual(['withk-ranks-subject.png']);
    expect(outcome.callback?.data?.attachments).toEqual([expect.objectContaining({ id: '0' })]);
  });

  it('answers in text only with picture:false, and without a picture for a title with no chart history', async () => {
    const off = await title('Subject Drama', [{ name: 'picture', type: 5, value: false }]);
    const none = await title('Parasite');
    for (const outcome of [off, none]) {
      expect(outcome.callback?.type).toBe(4);
      expect(filesOf(outcome)).toEqual([]);
      expect(embedsOf(outcome)[0]).not.toHaveProperty('image');
    }
  });

  it('shows the week of a chart as a picture beside the text', async () => {
    const outcome = await withk.emulator.command({
      name: 'chart',
      options: [{ name: 'chart', type: 3, value: 'netflix-kr-tv' }],
      locale: 'ko' as never,
    });
    const [file] = filesOf(outcome);
    expect(file?.filename).toBe(`withk-chart-netflix-kr-tv-${weekEnding(59)}.png`);
    expect(embedsOf(outcome)[0]?.description).toContain('Subject Drama');
    expect(embedsOf(outcome)[0]).toMatchObject({ image: { url: `attachment://${file!.filename}` } });
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('lets a moderator turn pictures off for the server, and a member still ask for one', async () => {
    const off = await withk.emulator.command({
      name: 'pictures',
      options: [{ name: 'show', type: 5, value: false }],
      memberPermissions: MODERATOR,
    });
    expect(off.ephemeral).toBe(true);
    expect(filesOf(await title('Subject Drama'))).toEqual([]);
    expect(filesOf(await title('Subject Drama', [{ name: 'picture', type: 5, value: true }]))).toHaveLength(1);
    const denied = await withk.emulator.command({
      name: 'pictures',
      options: [{ name: 'show', type: 5, value: true }],
    });
    expect(denied.callback?.data?.content).toContain('Manage Server');
    await withk.emulator.command({
      name: 'pictures',
      options: [{ name: 'show', type: 5, value: true }],
      memberPermissions: MODERATOR,
    });
    expect(filesOf(await title('Subject Drama'))).toHaveLength(1);
  });

  it('attaches the biggest movers to the digest when the server asked for it', async () => {
    const set = await sendDigestCommand(withk.emulator, 'set', [
      ...digestSetOptions(withk.emulator, '09:00', 'UTC'),
      { name: 'picture', type: 5, value: true } as never,
    ]);
    expect(set.callback?.data?.content ?? withk.emulator.specErrors).toContain('with a picture of the biggest movers');
    const preview = await sendDigestCommand(withk.emulator, 'preview');
    expect(preview.ephemeral).toBe(true);
    const [file] = filesOf(preview);
    expect(file?.filename).toMatch(/^withk-movers-[\d-]+\.png$/);
    withk.setNow(new Date(`${weekEnding(60)}T09:00:30Z`));
    await withk.app.digests.tick();
    const [post] = withk.emulator.channelMessages(withk.emulator.channelId);
    expect(post?.files.map((f) => f.filename)).toEqual([file!.filename]);
    expect(post?.body.embeds[0].image).toEqual({ url: `attachment://${file!.filename}` });
    expect(withk.emulator.specErrors).toEqual([]);
  });
});
