const ASCII = /^[\x20-\x7e]*$/;

/**
 * Folds a name for matching: case, accents, punctuation and spacing stop mattering, while Hangul, kana and
 * other letters stay as they are ("Bon Appétit, Your Majesty" → "bon appetit your majesty").
 * NFKD splits accented letters into base + combining accent; only the Latin-range accents (U+0300–U+036F) are
 * dropped, so kana voicing marks survive, and NFKC puts Hangul syllables and kana back together.
 */
export function normalizeName(text: string): string {
  // Plain ASCII (most titles) needs no Unicode normalization and no Unicode-aware classes: same result, faster.
  if (ASCII.test(text)) {
    return text
      .toLowerCase()
      .replace(/['`]/g, '')
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A URL-safe id from a name; non-Latin names keep their letters ("기생충" stays "기생충"). */
export function slugify(text: string): string {
  return normalizeName(text).replace(/ /g, '-') || 'untitled';
}
