import { encodePng, roundRect, startPicture, text } from './draw-common.js';
import { BARS_PICTURE, layoutBarsPicture, type BarsPictureData } from './bars-geometry.js';
import type { PictureLabels } from './labels.js';
import { styleOf, TEXT, THEME } from './theme.js';

/** Draws a bars picture (share of viewing by origin, or hours viewed per half-year) as PNG. */
export async function drawBarsPicture(data: BarsPictureData, labels: PictureLabels): Promise<Buffer> {
  const { canvas, ctx, measure } = startPicture(BARS_PICTURE.width, BARS_PICTURE.height);
  const layout = layoutBarsPicture(data, labels, measure);
  const colorOf = (part: number) => data.partColors?.[part] ?? styleOf(part).color;
  text(ctx, layout.title.text, layout.title.x, layout.title.y, { size: TEXT.title, bold: true }, THEME.text);
  text(ctx, layout.subtitle.text, layout.subtitle.x, layout.subtitle.y, { size: TEXT.subtitle }, THEME.muted);
  text(ctx, layout.brand.text, layout.brand.x, layout.brand.y, { size: TEXT.footer, bold: true }, THEME.muted);
  for (const entry of layout.legend) {
    roundRect(ctx, entry.x, entry.y - 14, 24, 18, 4);
    ctx.fillStyle = colorOf(entry.part);
    ctx.fill();
    text(ctx, entry.text, entry.x + 32, entry.y, { size: TEXT.detail }, THEME.text);
  }
  for (const bar of layout.bars) {
    text(ctx, bar.label, 28, bar.y + bar.h / 2 + 7, { size: TEXT.legend, bold: true }, THEME.text);
    for (const segment of bar.segments) {
      ctx.fillStyle = colorOf(segment.part);
      ctx.fillRect(segment.x, bar.y, Math.max(0, segment.w - 1), bar.h);
      if (segment.text)
        text(
          ctx,
          segment.text,
          segment.x + 6,
          bar.y + bar.h / 2 + 6,
          { size: TEXT.detail, bold: true },
          THEME.background,
        );
    }
  }
  text(ctx, layout.footer.text, layout.footer.x, layout.footer.y, { size: TEXT.footer }, THEME.muted);
  return encodePng(canvas);
}
