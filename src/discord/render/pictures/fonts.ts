import { createRequire } from 'node:module';
import { canvasModule } from './canvas-module.js';
import type { FontSpec } from './theme.js';

const require = createRequire(import.meta.url);

// Noto Sans for Latin (and Greek, Cyrillic, Vietnamese), Noto Sans KR for Hangul (it also has kana and common
// hanja), Noto Sans JP for the kanji Korean fonts lack. TTF files inside npm packages: nothing is downloaded.
const FAMILIES = {
  'Withk Latin': [
    '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  ],
  'Withk KR': [
    '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  ],
  'Withk JP': [
    '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
    '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
  ],
} as const;

let loaded: { ms: number; families: string[] } | undefined;

/** Registers the fonts once per process (about 7 ms here; glyphs load lazily on first use). */
export function loadFonts(): { ms: number; families: string[] } {
  if (loaded) return loaded;
  const start = performance.now();
  for (const [family, files] of Object.entries(FAMILIES)) {
    for (const file of files) {
      if (!canvasModule().GlobalFonts.registerFromPath(require.resolve(file), family))
        throw new Error(`Could not load the font ${file}`);
    }
  }
  loaded = { ms: performance.now() - start, families: Object.keys(FAMILIES) };
  return loaded;
}

// Kana mean Japanese: its kanji then take the Japanese glyph forms; everything else prefers the Korean ones.
const KANA = /[\u3040-\u30ff\u31f0-\u31ff]/;

/** A CSS font for `text`: Latin first, then the CJK family that suits the text, then the other. */
export function cssFont(font: FontSpec, text = ''): string {
  const cjk = KANA.test(text) ? '"Withk JP", "Withk KR"' : '"Withk KR", "Withk JP"';
  return `${font.bold ? 'bold ' : ''}${font.size}px "Withk Latin", ${cjk}`;
}
