import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import { canvasModule } from './canvas-module.js';
import { cssFont, loadFonts } from './fonts.js';
import { THEME, type FontSpec, type MarkerShape, type Measure } from './theme.js';

/** A canvas with the fonts loaded and the card painted, plus a `measure` matching what `text` draws. */
export function startPicture(width: number, height: number) {
  loadFonts();
  const canvas = canvasModule().createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = THEME.background;
  ctx.fillRect(0, 0, width, height);
  const measure: Measure = (text, font) => {
    ctx.font = cssFont(font, text);
    return ctx.measureText(text).width;
  };
  return { canvas, ctx, measure };
}

/** Draws text with its baseline at `y`; `align` as in canvas. */
export function text(
  ctx: SKRSContext2D,
  value: string,
  x: number,
  y: number,
  font: FontSpec,
  color: string,
  align: 'left' | 'right' | 'center' = 'left',
): void {
  ctx.font = cssFont(font, value);
  ctx.fillStyle = color;
  ctx.textAlign = align;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(value, x, y);
}

/** A marker of the given shape centred on (x, y), filled, with a ring in the card's colour so it stands off lines. */
export function marker(ctx: SKRSContext2D, shape: MarkerShape, x: number, y: number, r: number, color: string): void {
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(x, y, r, 0, Math.PI * 2);
      break;
    case 'square':
      ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 'diamond':
      polygon(ctx, x, y, r * 1.25, 4, 0);
      break;
    case 'triangle':
      polygon(ctx, x, y + r * 0.2, r * 1.3, 3, -Math.PI / 2);
      break;
    case 'triangle-down':
      polygon(ctx, x, y - r * 0.2, r * 1.3, 3, Math.PI / 2);
      break;
    case 'hexagon':
      polygon(ctx, x, y, r * 1.1, 6, 0);
      break;
    case 'cross':
      cross(ctx, x, y, r * 1.2);
      break;
    case 'star':
      star(ctx, x, y, r * 1.4);
      break;
  }
  ctx.closePath();
  ctx.lineWidth = 2;
  ctx.strokeStyle = THEME.halo;
  ctx.stroke();
  ctx.fillStyle = color;
  ctx.fill();
}

function polygon(ctx: SKRSContext2D, x: number, y: number, r: number, sides: number, start: number): void {
  for (let i = 0; i < sides; i++) {
    const angle = start + (i * 2 * Math.PI) / sides;
    const px = x + r * Math.cos(angle);
    const py = y + r * Math.sin(angle);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
}

function cross(ctx: SKRSContext2D, x: number, y: number, r: number): void {
  const w = r * 0.38;
  const points = [
    [-w, -r],
    [w, -r],
    [w, -w],
    [r, -w],
    [r, w],
    [w, w],
    [w, r],
    [-w, r],
    [-w, w],
    [-r, w],
    [-r, -w],
    [-w, -w],
  ] as const;
  points.forEach(([dx, dy], i) => (i === 0 ? ctx.moveTo(x + dx, y + dy) : ctx.lineTo(x + dx, y + dy)));
}

function star(ctx: SKRSContext2D, x: number, y: number, r: number): void {
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const px = x + radius * Math.cos(angle);
    const py = y + radius * Math.sin(angle);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
}

/** A rounded rectangle path. */
export function roundRect(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** Encodes off the main thread (libuv pool): drawing is quick, PNG compression is the slow part. */
export async function encodePng(canvas: Canvas): Promise<Buffer> {
  return canvas.encode('png');
}
