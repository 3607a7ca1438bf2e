import { encodePng, roundRect, startPicture, text } from './draw-common.js';
import type { PictureLabels } from './labels.js';
import { layoutMoversPicture, MOVERS_WIDTH, type Mover } from './movers-geometry.js';
import { TEXT, THEME } from './theme.js';

/** Draws the digest's biggest movers (PNG). */
export async function drawMoversPicture(input: {
  movers: Mover[];
  period: string;
  sources: string;
  dataDate: string;
  labels: PictureLabels;
}): Promise<Buffer> {
  // Measure needs a canvas; the height depends on the rows, so lay out once on a scratch canvas first.
  const probe = startPicture(MOVERS_WIDTH, 10);
  const { height } = layoutMoversPicture({ ...input, measure: probe.measure });
  const { canvas, ctx, measure } = startPicture(MOVERS_WIDTH, height);
  const layout = layoutMoversPicture({ ...input, measure });
  text(ctx, layout.title.text, layout.title.x, layout.title.y, { size: TEXT.title, bold: true }, THEME.text);
  text(ctx, layout.subtitle.text, layout.subtitle.x, layout.subtitle.y, { size: TEXT.subtitle }, THEME.muted);
  text(ctx, layout.brand.text, layout.brand.x, layout.brand.y, { size: TEXT.footer, bold: true }, THEME.muted);
  layout.rows.forEach((row, i) => {
    if (i % 2 === 0) {
      ctx.fillStyle = THEME.panel;
      ctx.fillRect(16, row.y, layout.width - 32, row.h);
    }
    text(ctx, row.label, 28, row.y + 22, { size: TEXT.legend, bold: true }, THEME.text);
    text(ctx, row.chart, 28, row.y + 42, { size: TEXT.detail - 2 }, THEME.muted);
    roundRect(ctx, row.bar.x, row.y + 14, row.bar.w, row.h - 28, 4);
    ctx.fillStyle = row.bar.up ? THEME.up : THEME.down;
    ctx.fill();
    text(
      ctx,
      row.value.text,
      row.value.x,
      row.y + row.h / 2 + 7,
      { size: TEXT.detail, bold: true },
      row.bar.up ? THEME.up : THEME.down,
      row.value.align,
    );
  });
  ctx.strokeStyle = THEME.axis;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(layout.zero.x, layout.zero.top);
  ctx.lineTo(layout.zero.x, layout.zero.bottom);
  ctx.stroke();
  text(ctx, layout.footer.text, layout.footer.x, layout.footer.y, { size: TEXT.footer }, THEME.muted);
  return encodePng(canvas);
}
