import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pictureCache } from '../../src/discord/render/pictures/index.js';
import { importSource } from '../../src/importers/import-source.js';
import { decode } from '../discord/pictures/pixels.js';
import { makeEngagementReport } from '../helpers/make-xlsx.js';
import { embedsOf, filesOf, startWithk, textOf, type Withk } from '../helpers/start-withk.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A small engagement report for one half-year, in the real layout. */
function writeReport(header: string, squidHours: number): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'withk-report-')), 'report.xlsx');
  const report = makeEngagementReport(header, [
    {
      name: 'TV',
      rows: [
        ['Squid Game: Season 2 // 오징어 게임: 시즌 2', 'Yes', '2024-12-26', squidHours, '7:10', 86500000],
        ['The Perfect Couple: Season 1', 'Yes', '2024-09-05', 383100000, '5:06', 75100000],
      ],
    },
    { name: 'Film', rows: [['Parasite // 기생충', 'No', null, 1400000, '2:12', 600000]] },
  ]);
  writeFileSync(file, report);
  return file;
}

const option = (name: string, value: string | boolean) => ({ name, type: typeof value === 'boolean' ? 5 : 3, value });

describe('viewing pictures through Discord', () => {
  let withk: Withk;
  beforeAll(async () => {
    withk = await startWithk();
    await importSource(withk.store, 'netflix-engagement', writeReport('Views from January to June 2024', 100000000));
    await importSource(withk.store, 'netflix-engagement', writeReport('Views from July to December 2024', 619900000));
    pictureCache.clear();
  });
  afterAll(() => withk?.stop());

  it('defers /stats, then attaches the share of viewing by origin per half-year that the embed shows', async () => {
    const outcome = await withk.emulator.command({ name: 'stats', options: [option('period', '2024 H2')] });
    expect(outcome.callback?.type).toBe(5);
    const [file] = filesOf(outcome);
    expect(file?.filename).toBe('withk-stats-korean.png');
    expect(file?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const png = await decode(file!.data);
    expect([png.width, png.height]).toEqual([1000, 600]);
    expect(embedsOf(outcome)[0]).toMatchObject({
      title: 'Korean titles on Netflix · 2024 H2',
      image: { url: 'attachment://withk-stats-korean.png' },
    });
    expect(textOf(outcome)).toContain('**Korean shows: 619.9M hours, 61.7% of all viewing**');
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('draws one picture per origin and language, kept for the next question of any half-year', async () => {
    const again = await withk.emulator.command({ name: 'stats', options: [option('period', '2024 H1')] });
    expect(again.callback?.type).toBe(4);
    expect(filesOf(again).map((f) => f.filename)).toEqual(['withk-stats-korean.png']);
    const japanese = await withk.emulator.command({
      name: 'stats',
      options: [option('origin', 'japanese')],
      locale: 'ja' as never,
    });
    expect(filesOf(japanese).map((f) => f.filename)).toEqual(['withk-stats-japanese.png']);
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('attaches hours viewed per half-year to /title of a title with engagement data, in an embed of its own', async () => {
    const outcome = await withk.emulator.command({ name: 'title', options: [option('name', 'Squid Game')] });
    const files = filesOf(outcome);
    expect(files.map((f) => f.filename)).toEqual(['withk-viewing-squid-game.png']);
    expect(files[0]?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const [card] = embedsOf(outcome);
    expect(card).toMatchObject({ image: { url: 'attachment://withk-viewing-squid-game.png' } });
    expect(textOf(outcome)).toContain('2024 H2 · Season 2: 619.9M hours, 86.5M views');
    expect(withk.emulator.specErrors).toEqual([]);
  });

  it('answers /stats and /title in text only with picture:false', async () => {
    const stats = await withk.emulator.command({ name: 'stats', options: [option('picture', false)] });
    const title = await withk.emulator.command({
      name: 'title',
      options: [option('name', 'Squid Game'), option('picture', false)],
    });
    for (const outcome of [stats, title]) {
      expect(outcome.callback?.type).toBe(4);
      expect(filesOf(outcome)).toEqual([]);
      expect(embedsOf(outcome).every((embed) => !('image' in embed))).toBe(true);
    }
  });
});
