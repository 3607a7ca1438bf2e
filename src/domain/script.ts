/** Languages whose script alone names them; other scripts (Latin, Cyrillic…) are shared by many languages. */
export type ScriptLanguage = 'ko' | 'ja' | 'zh' | 'th' | 'ar' | 'he' | 'hi' | 'ta' | 'te' | 'el';

const SCRIPTS: [ScriptLanguage, RegExp][] = [
  ['ko', /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u],
  // Kana before Han: Japanese titles mix both, Chinese titles have no kana.
  ['ja', /[\u3040-\u30ff\u31f0-\u31ff]/u],
  ['zh', /\p{Script=Han}/u],
  ['th', /\p{Script=Thai}/u],
  ['ar', /\p{Script=Arabic}/u],
  ['he', /\p{Script=Hebrew}/u],
  ['hi', /\p{Script=Devanagari}/u],
  ['ta', /\p{Script=Tamil}/u],
  ['te', /\p{Script=Telugu}/u],
  ['el', /\p{Script=Greek}/u],
];

/**
 * The language a title's own script gives away ("오징어 게임" → ko, "恋する寄生虫" → ja, "流浪地球" → zh), or
 * undefined when the script does not tell (Latin "La casa de papel" could be Spanish or Catalan).
 */
export function scriptLanguage(text: string): ScriptLanguage | undefined {
  // Latin, with its accents, names no language: most titles end here without trying ten patterns.
  let latin = true;
  for (let i = 0; i < text.length && latin; i++) latin = text.charCodeAt(i) < 0x0370;
  if (latin) return undefined;
  for (const [language, pattern] of SCRIPTS) if (pattern.test(text)) return language;
  return undefined;
}

/** True when the text contains Hangul. */
export const hasHangul = (text: string) => SCRIPTS[0]![1].test(text);
