import type { SKRSContext2D } from '@napi-rs/canvas';
import type { RankHistory } from '../../../domain/rank-history.js';
import { encodePng, marker, roundRect, startPicture, text } from './draw-common.js';
import type { PictureLabels } from './labels.js';
import { layoutRankPicture, RANK_PICTURE, type RankLayout } from './rank-geometry.js';
import { styleOf, TEXT, THEME } from './theme.js';

/** Draws a title's rank-over-time picture as PNG. */
export async function drawRankPicture(input: {
  history: RankHistory;
  title: string;
  originalName?: string;
  labels: PictureLabels;
}): Promise<Buffer> {
  const { canvas, ctx, measure } = startPicture(RANK_PICTURE.width, RANK_PICTURE.height);
  const layout = layoutRankPicture({ ...input, measure });
  drawFrame(ctx, layout);
  drawSeries(ctx, layout);
  drawLegend(ctx, layout);
  return encodePng(canvas);
}

function drawFrame(ctx: SKRSContext2D, layout: RankLayout): void {
  const { plot, title, subtitle, footer } = layout;
  text(ctx, title.text, title.x, title.y, { size: TEXT.title, bold: true }, THEME.text);
  if (title.original) text(ctx, title.original.text, title.original.x, title.y, { size: TEXT.title }, THEME.muted);
  text(ctx, subtitle.text, subtitle.x, subtitle.y, { size: TEXT.subtitle }, THEME.muted);
  ctx.lineWidth = 1;
  for (const tick of layout.yTicks) {
    ctx.strokeStyle = tick.rank === 1 ? THEME.axis : THEME.grid;
    ctx.beginPath();
    ctx.moveTo(plot.x, tick.y);
    ctx.lineTo(plot.x + plot.w, tick.y);
    ctx.stroke();
    text(ctx, tick.label, plot.x - 10, tick.y + 6, { size: TEXT.tick }, THEME.muted, 'right');
  }
  for (const tick of layout.xTicks) {
    ctx.strokeStyle = THEME.axis;
    ctx.beginPath();
    ctx.moveTo(tick.x, plot.y + plot.h);
    ctx.lineTo(tick.x, plot.y + plot.h + 6);
    ctx.stroke();
    text(ctx, tick.label, tick.x, plot.y + plot.h + 28, { size: TEXT.tick }, THEME.muted, 'center');
  }
  for (const x of layout.breaks) drawBreak(ctx, x, plot.y, plot.y + plot.h);
  text(ctx, footer.text, footer.x, footer.y, { size: TEXT.footer }, THEME.muted);
  text(ctx, layout.brand.text, layout.brand.x, layout.brand.y, { size: TEXT.footer, bold: true }, THEME.muted);
}

/** Two slanted strokes and a shaded band where empty time was cut out. */
function drawBreak(ctx: SKRSContext2D, x: number, top: number, bottom: number): void {
  ctx.fillStyle = THEME.panel;
  ctx.fillRect(x - 8, top, 16, bottom - top);
  ctx.strokeStyle = THEME.axis;
  ctx.lineWidth = 2;
  for (const dx of [-4, 4]) {
    ctx.beginPath();
    ctx.moveTo(x + dx - 5, bottom + 8);
    ctx.lineTo(x + dx + 5, bottom - 8);
    ctx.stroke();
  }
}

function drawSeries(ctx: SKRSContext2D, layout: RankLayout): void {
  // Later series first, so the first (global) lines end up on top.
  for (const series of [...layout.series].reverse()) {
    const style = styleOf(series.style);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    for (const run of series.runs) {
      if (run.length < 2) continue;
      ctx.beginPath();
      run.forEach((point, i) => (i === 0 ? ctx.moveTo(point.x, point.y) : ctx.lineTo(point.x, point.y)));
      ctx.strokeStyle = THEME.halo;
      ctx.lineWidth = 6;
      ctx.stroke();
      ctx.strokeStyle = style.color;
      ctx.lineWidth = 3;
      ctx.stroke();
    }
    // Markers name the series by shape; where points crowd, every few are enough (key points always show).
    let last: { x: number; y: number } | undefined;
    series.points.forEach((point, i) => {
      const key = i === series.best || i === series.latest;
      if (!key && last && Math.hypot(point.x - last.x, point.y - last.y) < 16) return;
      marker(ctx, style.marker, point.x, point.y, key ? 6.5 : 4.5, style.color);
      last = point;
    });
  }
  for (const label of layout.labels) {
    roundRect(ctx, label.x, label.y, label.w, label.h, 6);
    ctx.fillStyle = THEME.background;
    ctx.fill();
    ctx.strokeStyle = styleOf(label.style).color;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    text(
      ctx,
      label.text,
      label.x + label.w / 2,
      label.y + label.h - 7,
      { size: TEXT.label, bold: true },
      THEME.text,
      'center',
    );
  }
}

function drawLegend(ctx: SKRSContext2D, layout: RankLayout): void {
  for (const entry of layout.legend) {
    const style = styleOf(entry.style);
    ctx.strokeStyle = style.color;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(entry.x, entry.y + 14);
    ctx.lineTo(entry.x + 28, entry.y + 14);
    ctx.stroke();
    marker(ctx, style.marker, entry.x + 14, entry.y + 14, 6.5, style.color);
    text(ctx, entry.name, entry.x + 38, entry.y + 22, { size: TEXT.legend, bold: true }, THEME.text);
    text(ctx, entry.detail, entry.x + 38, entry.y + 46, { size: TEXT.detail }, THEME.muted);
  }
  if (layout.note)
    text(ctx, layout.note.text, layout.note.x + 38, layout.note.y + 6, { size: TEXT.detail }, THEME.muted);
}
