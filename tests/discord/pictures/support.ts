import type { Measure } from '../../../src/discord/render/pictures/theme.js';

/** A canvas-free text width: half an em for Latin, a full em for CJK, as the real fonts roughly measure. */
export const estimate: Measure = (text, font) =>
  Array.from(text).reduce((width, char) => width + (char.charCodeAt(0) > 0x2e80 ? 1 : 0.56) * font.size, 0) *
  (font.bold ? 1.05 : 1);
