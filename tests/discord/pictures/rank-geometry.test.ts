import { describe, expect, it } from 'vitest';
import { createCatalogIndex } from '../../../src/domain/catalog-index.js';
import { titleRankHistory, type RankHistory } from '../../../src/domain/rank-history.js';
import { pictureLabels } from '../../../src/discord/render/pictures/labels.js';
import { inside, overlaps } from '../../../src/discord/render/pictures/label-placement.js';
import { layoutRankPicture, rankTicks } from '../../../src/discord/render/pictures/rank-geometry.js';
import { rankCatalog, SUBJECT } from '../../helpers/rank-catalog.js';
import { estimate } from './support.js';

const historyOf = (options: Parameters<typeof rankCatalog>[0] = {}): RankHistory =>
  titleRankHistory(createCatalogIndex(rankCatalog(options)), SUBJECT);
const layout = (history: RankHistory, locale: 'en' | 'ko' | 'ja' = 'en') =>
  layoutRankPicture({
    history,
    title: 'Subject',
    originalName: '주제',
    labels: pictureLabels(locale),
    measure: estimate,
  });

describe('layoutRankPicture', () => {
  it('puts rank 1 at the top of the plot and the lowest rank at the bottom', () => {
    const { yTicks, plot } = layout(historyOf());
    const top = yTicks.find((tick) => tick.rank === 1)!;
    const bottom = yTicks.find((tick) => tick.rank === 10)!;
    expect(top.y).toBeLessThan(bottom.y);
    expect(top.y).toBeGreaterThanOrEqual(plot.y);
    expect(bottom.y).toBeLessThanOrEqual(plot.y + plot.h);
    expect(yTicks.map((tick) => tick.label)).toEqual(['#1', '#2', '#3', '#4', '#5', '#6', '#7', '#8', '#9', '#10']);
  });

  it('maps a better rank to a higher point', () => {
    const history = historyOf();
    const { series } = layout(history);
    const [s] = history.series;
    const i = s!.points.findIndex((p) => p.rank !== s!.points[0]!.rank);
    const better = s!.points[i]!.rank < s!.points[0]!.rank;
    expect(series[0]!.points[i]!.y < series[0]!.points[0]!.y).toBe(better);
  });

  it('breaks a line where the title left the chart and joins consecutive weeks', () => {
    const history = historyOf({ weeks: 30, charts: 1 });
    const [series] = layout(history).series;
    const [s] = history.series;
    const gaps = s!.points.filter((p, i) => i > 0 && p.at - s!.points[i - 1]!.at > 1).length;
    expect(gaps).toBeGreaterThan(0);
    expect(series!.runs).toHaveLength(gaps + 1);
    expect(series!.runs.flat()).toHaveLength(s!.points.length);
    for (const run of series!.runs)
      for (let i = 1; i < run.length; i++) expect(run[i]!.x).toBeGreaterThan(run[i - 1]!.x);
  });

  it('keeps every point, label, tick and legend entry inside the picture, labels inside the plot and apart', () => {
    for (const locale of ['en', 'ko', 'ja'] as const) {
      const result = layout(historyOf({ charts: 12 }), locale);
      const picture = { x: 0, y: 0, w: result.width, h: result.height };
      for (const point of result.series.flatMap((s) => s.points))
        expect(inside({ ...point, w: 0, h: 0 }, result.plot)).toBe(true);
      for (const label of result.labels) expect(inside(label, result.plot)).toBe(true);
      result.labels.forEach((a, i) => result.labels.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
      for (const tick of result.xTicks) expect(tick.x).toBeGreaterThanOrEqual(result.plot.x - 1);
      for (const tick of result.xTicks) expect(tick.x).toBeLessThanOrEqual(result.plot.x + result.plot.w + 1);
      for (const entry of result.legend)
        expect(
          inside({ x: entry.x, y: entry.y, w: estimate(entry.name, { size: 20, bold: true }) + 38, h: 48 }, picture),
        ).toBe(true);
      expect(result.note!.y).toBeLessThan(result.footer.y + 30);
    }
  });

  it('shows at most 8 charts and says how many more there are', () => {
    const result = layout(historyOf({ charts: 12 }));
    expect(result.legend).toHaveLength(8);
    expect(result.note?.text).toBe('+4 more charts');
    expect(layout(historyOf({ charts: 3 })).note).toBeUndefined();
  });

  it('labels the best rank of the first series', () => {
    const history = historyOf({ charts: 2 });
    const result = layout(history);
    expect(result.labels.some((label) => label.style === 0 && label.text === `#${history.series[0]!.best.rank}`)).toBe(
      true,
    );
  });

  it('names charts in the reader language and the kind once in the subtitle', () => {
    const ko = layout(historyOf({ charts: 3 }), 'ko');
    expect(ko.legend[0]!.name).toBe('글로벌');
    expect(ko.legend.map((entry) => entry.name).sort()).toEqual(['글로벌', '대한민국', '일본'].sort());
    expect(ko.subtitle.text).toBe('순위 변화 · Netflix Top 10 TV');
    expect(ko.yTicks[0]!.label).toBe('1위');
    expect(layout(historyOf({ charts: 2 }), 'ja').legend[1]!.detail).toMatch(/^最高 \d+位 · \d+週$/);
  });

  it('cuts out a long empty stretch as an axis break', () => {
    const history = historyOf({ weeks: 10, charts: 1 });
    const [s] = history.series;
    const late = { ...s!, points: [...s!.points, { period: '2027-01-03', rank: 2, at: 200 }] };
    const result = layout({ ...history, series: [late] });
    expect(result.breaks).toHaveLength(1);
    expect(result.series[0]!.runs.at(-1)).toHaveLength(1);
  });
});

describe('rankTicks', () => {
  it('lists every rank up to 10 and steps past that', () => {
    expect(rankTicks(10)).toHaveLength(10);
    expect(rankTicks(50)).toEqual([1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
  });
});
