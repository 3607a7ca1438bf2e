import { createCanvas, loadImage } from '@napi-rs/canvas';

export interface Gray {
  width: number;
  height: number;
  /** Luminance 0–1 per pixel, row by row. */
  values: Float32Array;
}

/** Decodes a PNG and returns its size and, optionally, the luminance of a region. */
export async function decode(png: Buffer, region?: { x: number; y: number; w: number; h: number }): Promise<Gray> {
  const image = await loadImage(png);
  const { x = 0, y = 0, w = image.width, h = image.height } = region ?? {};
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, -x, -y);
  const data = ctx.getImageData(0, 0, w, h).data;
  const values = new Float32Array(w * h);
  for (let i = 0; i < values.length; i++)
    values[i] = (0.2126 * data[i * 4]! + 0.7152 * data[i * 4 + 1]! + 0.0722 * data[i * 4 + 2]!) / 255;
  return { width: image.width, height: image.height, values };
}

/** Share of pixels brighter than the card: the ink of light text on the dark picture. */
export const coverage = (gray: Gray) => gray.values.filter((v) => v > 0.45).length / gray.values.length;

/** Mean absolute difference of 4×4 block averages: tolerant of anti-aliasing, not of different glyphs. */
export function blockDifference(a: Gray, b: Gray, w: number, h: number, block = 4): number {
  let total = 0;
  let blocks = 0;
  for (let by = 0; by + block <= h; by += block) {
    for (let bx = 0; bx + block <= w; bx += block) {
      let sa = 0;
      let sb = 0;
      for (let dy = 0; dy < block; dy++) {
        for (let dx = 0; dx < block; dx++) {
          const i = (by + dy) * w + bx + dx;
          sa += a.values[i]!;
          sb += b.values[i]!;
        }
      }
      total += Math.abs(sa - sb) / (block * block);
      blocks++;
    }
  }
  return total / blocks;
}
