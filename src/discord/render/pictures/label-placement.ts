import type { Box, Point } from './theme.js';

/** Whether two boxes overlap (touching edges do not count). */
export const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Whether `inner` lies entirely inside `outer`. */
export const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;

/**
 * A place for a label of size `w`×`h` next to `anchor`: above, below, right, left or diagonally, the first spot
 * inside `bounds` that overlaps nothing in `taken`. Undefined when there is none: the label is then left out
 * rather than drawn over another.
 */
export function placeLabel(
  anchor: Point,
  w: number,
  h: number,
  bounds: Box,
  taken: readonly Box[],
  gap = 7,
): Box | undefined {
  const candidates: Box[] = [
    { x: anchor.x - w / 2, y: anchor.y - gap - h, w, h },
    { x: anchor.x - w / 2, y: anchor.y + gap, w, h },
    { x: anchor.x + gap, y: anchor.y - h / 2, w, h },
    { x: anchor.x - gap - w, y: anchor.y - h / 2, w, h },
    { x: anchor.x + gap / 2, y: anchor.y - gap - h, w, h },
    { x: anchor.x - gap / 2 - w, y: anchor.y - gap - h, w, h },
    { x: anchor.x + gap / 2, y: anchor.y + gap, w, h },
    { x: anchor.x - gap / 2 - w, y: anchor.y + gap, w, h },
  ];
  return candidates.find((box) => inside(box, bounds) && !taken.some((other) => overlaps(box, other)));
}
