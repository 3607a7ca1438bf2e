import { createRequire } from 'node:module';

type CanvasModule = typeof import('@napi-rs/canvas');

const require = createRequire(import.meta.url);
let loaded: CanvasModule | undefined;

/**
 * The drawing library, loaded with the first picture rather than at start: Skia maps about 15 MB of resident
 * memory, which a bot with pictures off (or one nobody asks for a picture yet) does not need.
 */
export function canvasModule(): CanvasModule {
  return (loaded ??= require('@napi-rs/canvas') as CanvasModule);
}
