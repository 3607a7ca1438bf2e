/**
 * An item's folded names (see normalizeName) kept as one string, "squid game\n오징어 게임": one string per item
 * instead of an array of strings and another of its words. Folded names hold only letters, digits and single
 * spaces, so a line break cannot occur inside one and words are exactly the runs between spaces and breaks.
 */
export type FoldedNames = string;

const NAME_BREAK = '\n';
const SPACE = 0x20;
const BREAK = 0x0a;

/** The folded names as one string, in their order (empty names included, so positions still match). */
export const joinNames = (folded: readonly string[]): FoldedNames => folded.join(NAME_BREAK);

/** The folded names again, in the order they were joined (no names at all come back as one empty name). */
export const namesIn = (names: FoldedNames): string[] => names.split(NAME_BREAK);

/** Whether one of the names is `name`. */
export const hasName = (names: FoldedNames, name: string) => occurs(names, name, false, true);

/** Whether one of the names starts with `prefix`. */
export const hasNameStartingWith = (names: FoldedNames, prefix: string) => occurs(names, prefix, false, false);

/** Whether one of the names has the word `word`. */
export const hasWord = (names: FoldedNames, word: string) => occurs(names, word, true, true);

/** Whether one of the names has a word starting with `prefix` (a word, no space). */
export const hasWordStartingWith = (names: FoldedNames, prefix: string) => occurs(names, prefix, true, false);

/** Whether `part` occurs at the start of a name (or of a word, `inWords`) and, when `whole`, ends one too. */
function occurs(names: FoldedNames, part: string, inWords: boolean, whole: boolean): boolean {
  // An empty name is no name (and no word): it would otherwise match between any two breaks.
  if (!part) return false;
  for (let at = names.indexOf(part); at !== -1; at = names.indexOf(part, at + 1)) {
    if (at > 0 && !isBoundary(names.charCodeAt(at - 1), inWords)) continue;
    const end = at + part.length;
    if (!whole || end === names.length || isBoundary(names.charCodeAt(end), inWords)) return true;
  }
  return false;
}

const isBoundary = (code: number, inWords: boolean) => code === BREAK || (inWords && code === SPACE);
