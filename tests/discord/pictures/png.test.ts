import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalogIndex } from '../../../src/domain/catalog-index.js';
import { titleRankHistory } from '../../../src/domain/rank-history.js';
import { drawBarsPicture } from '../../../src/discord/render/pictures/draw-bars.js';
import { startPicture, encodePng } from '../../../src/discord/render/pictures/draw-common.js';
import { drawListPicture } from '../../../src/discord/render/pictures/draw-list.js';
import { drawMoversPicture } from '../../../src/discord/render/pictures/draw-movers.js';
import { drawRankPicture } from '../../../src/discord/render/pictures/draw-rank.js';
import { pictureLabels } from '../../../src/discord/render/pictures/labels.js';
import { THEME } from '../../../src/discord/render/pictures/theme.js';
import { rankCatalog, SUBJECT } from '../../helpers/rank-catalog.js';
import { blockDifference, coverage, decode } from './pixels.js';

const GOLDEN_DIR = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'pictures');
/** Where the title is drawn: 34 px bold text with its baseline at y = 52, from x = 28. */
const TITLE_REGION = { x: 28, y: 16, w: 320, h: 48 };

async function rankPng(name: string, locale: 'en' | 'ko' | 'ja' = 'en') {
  const history = titleRankHistory(createCatalogIndex(rankCatalog({ name })), SUBJECT);
  return drawRankPicture({ history, title: name, labels: pictureLabels(locale) });
}

const notBlank = async (png: Buffer) => {
  const gray = await decode(png);
  const background = (await decode(await encodeBackground(gray.width, gray.height))).values[0]!;
  return gray.values.filter((v) => Math.abs(v - background) > 0.05).length / gray.values.length;
};

async function encodeBackground(width: number, height: number) {
  return encodePng(startPicture(width, height).canvas);
}

describe('pictures as PNG', () => {
  it('draws a rank picture of 1000×600 with lines, labels and text on it', async () => {
    const gray = await decode(await rankPng('Subject'));
    expect([gray.width, gray.height]).toEqual([1000, 600]);
    expect(await notBlank(await rankPng('Subject'))).toBeGreaterThan(0.03);
  });

  it('draws the chart list, the movers and the bars pictures, none blank', async () => {
    const labels = pictureLabels('en');
    const list = await drawListPicture({
      chartName: 'Netflix Top 10 · Global · TV',
      cadence: 'week',
      period: '2025-10-19',
      rows: Array.from({ length: 10 }, (_, i) => ({
        rank: i + 1,
        label: `Title ${i + 1}`,
        movement: { kind: 'up' as const, by: i },
        periodsOnChart: i + 1,
      })),
      sources: 'Netflix Top 10',
      dataDate: '2025-10-19',
      labels,
    });
    const movers = await drawMoversPicture({
      movers: [
        { label: 'Up', chart: 'Japan · TV', by: 5, rank: 2 },
        { label: 'Down', chart: 'Global', by: -3, rank: 8 },
      ],
      period: '2025-10-19',
      sources: 'Netflix Top 10',
      dataDate: '2025-10-19',
      labels,
    });
    const bars = await drawBarsPicture(
      {
        title: 'Share of viewing',
        subtitle: 'Netflix',
        mode: 'share',
        parts: ['Korea', 'Other'],
        bars: [{ label: '2024 H2', values: [8, 92] }],
        sources: 'Netflix',
        dataDate: '2024-12-31',
      },
      labels,
    );
    expect((await decode(list)).width).toBe(1000);
    expect((await decode(movers)).height).toBe(108 + 2 * 48 + 48);
    for (const png of [list, movers, bars]) expect(await notBlank(png)).toBeGreaterThan(0.02);
  });
});

// A missing CJK font draws boxes (or nothing) instead of glyphs: the title's ink then differs from the golden.
describe('Hangul and Japanese titles against golden pictures', () => {
  const cases = [
    { file: 'title-hangul.png', name: '오징어 게임' },
    { file: 'title-japanese.png', name: '千と千尋の神隠し' },
  ];

  for (const { file, name } of cases) {
    it(`draws “${name}” like the golden picture`, async () => {
      const crop = await decode(await rankPng(name), TITLE_REGION);
      const goldenPath = path.join(GOLDEN_DIR, file);
      if (process.env.UPDATE_GOLDEN || !existsSync(goldenPath)) {
        if (!process.env.UPDATE_GOLDEN)
          throw new Error(`${goldenPath} is missing: run with UPDATE_GOLDEN=1 once, then look at it.`);
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(goldenPath, await cropPng(await rankPng(name)));
      }
      const golden = await decode(readFileSync(goldenPath));
      expect(coverage(crop)).toBeGreaterThan(0.05);
      expect(Math.abs(coverage(crop) - coverage(golden)) / coverage(golden)).toBeLessThan(0.15);
      expect(blockDifference(crop, golden, TITLE_REGION.w, TITLE_REGION.h)).toBeLessThan(0.03);
    });
  }

  it('tells a title drawn without the CJK fonts from the golden one', async () => {
    const { canvas, ctx } = startPicture(1000, 600);
    ctx.font = 'bold 34px "Withk Latin"';
    ctx.fillStyle = THEME.text;
    ctx.fillText('오징어 게임', 28, 52);
    const crop = await decode(await encodePng(canvas), TITLE_REGION);
    const golden = await decode(readFileSync(path.join(GOLDEN_DIR, 'title-hangul.png')));
    const differs =
      Math.abs(coverage(crop) - coverage(golden)) / coverage(golden) >= 0.15 ||
      blockDifference(crop, golden, TITLE_REGION.w, TITLE_REGION.h) >= 0.03;
    expect(differs).toBe(true);
  });
});

async function cropPng(png: Buffer): Promise<Buffer> {
  const { loadImage, createCanvas } = await import('@napi-rs/canvas');
  const image = await loadImage(png);
  const canvas = createCanvas(TITLE_REGION.w, TITLE_REGION.h);
  canvas.getContext('2d').drawImage(image, -TITLE_REGION.x, -TITLE_REGION.y);
  return canvas.encode('png');
}
