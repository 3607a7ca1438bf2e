import type { SKRSContext2D } from '@napi-rs/canvas';
import { encodePng, roundRect, startPicture, text } from './draw-common.js';
import { layoutListPicture, LIST_PICTURE, type ListPictureInput, type ListRowLayout } from './list-geometry.js';
import { TEXT, THEME } from './theme.js';

/** Draws one chart period as a list picture (PNG). */
export async function drawListPicture(input: Omit<ListPictureInput, 'measure'>): Promise<Buffer> {
  const { canvas, ctx, measure } = startPicture(LIST_PICTURE.width, LIST_PICTURE.height);
  const layout = layoutListPicture({ ...input, measure });
  text(ctx, layout.title.text, layout.title.x, layout.title.y, { size: TEXT.title, bold: true }, THEME.text);
  text(ctx, layout.subtitle.text, layout.subtitle.x, layout.subtitle.y, { size: TEXT.subtitle }, THEME.muted);
  text(ctx, layout.brand.text, layout.brand.x, layout.brand.y, { size: TEXT.footer, bold: true }, THEME.muted);
  for (const row of layout.rows) drawRow(ctx, row);
  text(ctx, layout.footer.text, layout.footer.x, layout.footer.y, { size: TEXT.footer }, THEME.muted);
  if (layout.note)
    text(ctx, layout.note.text, layout.note.x, layout.note.y, { size: TEXT.footer, bold: true }, THEME.muted, 'right');
  return encodePng(canvas);
}

function drawRow(ctx: SKRSContext2D, row: ListRowLayout): void {
  const middle = row.y + row.h / 2;
  const baseline = middle + TEXT.row * 0.36;
  if (row.shaded) {
    ctx.fillStyle = THEME.panel;
    ctx.fillRect(16, row.y, LIST_PICTURE.width - 32, row.h);
  }
  text(ctx, row.rank.text, row.rank.x, baseline, { size: TEXT.row + 2, bold: true }, THEME.text, 'right');
  drawMovement(ctx, row, middle, baseline);
  text(ctx, row.title.text, row.title.x, baseline, { size: TEXT.row, bold: row.rank.text === '1' }, THEME.text);
  roundRect(ctx, row.bar.x, middle - 7, row.bar.w, 14, 4);
  ctx.fillStyle = THEME.up;
  ctx.globalAlpha = 0.75;
  ctx.fill();
  ctx.globalAlpha = 1;
  text(ctx, row.bar.text, row.bar.x + row.bar.w + 10, middle + 6, { size: TEXT.detail }, THEME.muted);
}

function drawMovement(ctx: SKRSContext2D, row: ListRowLayout, middle: number, baseline: number): void {
  const { movement, x } = row.movement;
  const small = { size: TEXT.detail, bold: true };
  if (movement.kind === 'new' || movement.kind === 're') {
    roundRect(ctx, x, middle - 12, movement.kind === 'new' ? 56 : 40, 24, 6);
    ctx.fillStyle = movement.kind === 'new' ? THEME.fresh : THEME.back;
    ctx.fill();
    text(
      ctx,
      row.movement.text,
      x + (movement.kind === 'new' ? 28 : 20),
      middle + 6,
      small,
      THEME.background,
      'center',
    );
    return;
  }
  if (movement.kind === 'same') {
    text(ctx, row.movement.text, x + 12, baseline, { size: TEXT.row }, THEME.muted, 'center');
    return;
  }
  const up = movement.kind === 'up';
  ctx.beginPath();
  ctx.moveTo(x, up ? middle + 7 : middle - 7);
  ctx.lineTo(x + 18, up ? middle + 7 : middle - 7);
  ctx.lineTo(x + 9, up ? middle - 8 : middle + 8);
  ctx.closePath();
  ctx.fillStyle = up ? THEME.up : THEME.down;
  ctx.fill();
  text(ctx, row.movement.text, x + 24, middle + 7, { size: TEXT.detail + 1, bold: true }, up ? THEME.up : THEME.down);
}
