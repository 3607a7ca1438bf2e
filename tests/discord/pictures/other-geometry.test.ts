import { describe, expect, it } from 'vitest';
import { layoutBarsPicture } from '../../../src/discord/render/pictures/bars-geometry.js';
import { pictureLabels } from '../../../src/discord/render/pictures/labels.js';
import { layoutListPicture } from '../../../src/discord/render/pictures/list-geometry.js';
import { layoutMoversPicture } from '../../../src/discord/render/pictures/movers-geometry.js';
import { estimate } from './support.js';

const labels = pictureLabels('en');

describe('layoutListPicture', () => {
  const rows = Array.from({ length: 12 }, (_, i) => ({
    rank: i + 1,
    label:
      i === 0
        ? 'A very long title that would run into the bar column if nobody cut it short, really'
        : `Title ${i + 1}`,
    movement: i % 2 ? { kind: 'new' as const } : { kind: 'down' as const, by: 2 },
    periodsOnChart: i + 1,
  }));
  const layout = layoutListPicture({
    chartName: 'Chart',
    cadence: 'week',
    period: '2025-10-19',
    rows,
    sources: 'Netflix Top 10',
    dataDate: '2025-10-26',
    labels,
    measure: estimate,
  });

  it('shows the first ten rows top to bottom, in rank order, inside the picture', () => {
    expect(layout.rows.map((row) => row.rank.text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i]!.y).toBeGreaterThan(layout.rows[i - 1]!.y);
    expect(layout.rows.at(-1)!.y + layout.rows.at(-1)!.h).toBeLessThanOrEqual(layout.footer.y - 20);
    expect(layout.note?.text).toBe('+2');
  });

  it('cuts a long title before the bar column and scales bars to the longest run', () => {
    expect(layout.rows[0]!.title.text.endsWith('…')).toBe(true);
    expect(layout.rows[0]!.title.x + estimate(layout.rows[0]!.title.text, { size: 24, bold: true })).toBeLessThan(
      layout.rows[0]!.bar.x,
    );
    expect(layout.rows[9]!.bar.w).toBe(layout.rows[9]!.bar.maxW);
    expect(layout.rows[1]!.movement.text).toBe('NEW');
    expect(layout.subtitle.text).toBe('13 Oct – 19 Oct 2025');
  });
});

describe('layoutMoversPicture', () => {
  it('puts climbers first, biggest first, right of the zero line, and fallers left of it', () => {
    const layout = layoutMoversPicture({
      movers: [
        { label: 'Small climb', chart: 'Japan', by: 1, rank: 5 },
        { label: 'Fall', chart: 'Global', by: -4, rank: 9 },
        { label: 'Big climb', chart: 'Korea', by: 6, rank: 1 },
      ],
      period: '2025-10-19',
      sources: 'Netflix Top 10',
      dataDate: '2025-10-19',
      labels,
      measure: estimate,
    });
    expect(layout.rows.map((row) => row.label)).toEqual(['Big climb', 'Small climb', 'Fall']);
    expect(layout.rows[0]!.bar.x).toBe(layout.zero.x);
    expect(layout.rows[2]!.bar.x + layout.rows[2]!.bar.w).toBe(layout.zero.x);
    expect(layout.rows[0]!.bar.w).toBeGreaterThan(layout.rows[1]!.bar.w);
    expect(layout.rows[0]!.value.text).toBe('▲6 → #1');
  });
});

describe('layoutBarsPicture', () => {
  it('fills each bar in share mode and labels only segments wide enough', () => {
    const layout = layoutBarsPicture(
      {
        title: 'Share',
        subtitle: 's',
        mode: 'share',
        parts: ['Korea', 'Japan', 'Other'],
        bars: [{ label: '2024 H2', values: [8, 0.2, 91.8] }],
        sources: 'Netflix',
        dataDate: '2024-12-31',
      },
      labels,
      estimate,
    );
    const [bar] = layout.bars;
    const end = bar!.segments.at(-1)!;
    expect(end.x + end.w).toBeCloseTo(1000 - 28);
    expect(bar!.segments.map((s) => s.text)).toEqual(['8%', undefined, '91.8%']);
  });
});
