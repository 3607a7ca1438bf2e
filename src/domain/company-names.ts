import { normalizeName } from './normalize.js';

/**
 * Legal-form marks that say what kind of company a name belongs to, not which one: Korean (주식회사, (주), ㈜,
 * 유한회사, (유), 사단법인…) and English (Co., Ltd., Inc., Corp., Corporation, LLC…). Longest first, so
 * "Co., Ltd." goes before "Co.".
 */
const KOREAN_FORMS = [
  '주식회사',
  '유한책임회사',
  '유한회사',
  '합자회사',
  '합명회사',
  '사단법인',
  '재단법인',
  '(주)',
  '(유)',
  '(사)',
  '(재)',
  '㈜',
];
const ENGLISH_FORMS =
  /(?:^|[\s,])(?:co\.?,?\s*ltd\.?|company\s+limited|corporation|incorporated|limited|corp\.?|inc\.?|ltd\.?|llc|l\.l\.c\.|co\.?|gmbh|s\.a\.|k\.k\.|plc)(?=$|[\s,.)])/giu;

/**
 * A company name without its legal form, as people say it: "(주)씨제이이엔엠" → "씨제이이엔엠",
 * "씨제이이앤엠(주)" → "씨제이이앤엠", "CJ ENM Corp." → "CJ ENM", "Studio Dragon Co., Ltd." → "Studio Dragon".
 * A name that is nothing but a legal form is returned as it was.
 */
export function stripLegalForm(name: string): string {
  let text = name.normalize('NFKC');
  for (const form of KOREAN_FORMS) text = text.split(form.normalize('NFKC')).join(' ');
  text = text.replace(ENGLISH_FORMS, ' ');
  const stripped = text
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.]+|[\s,]+$/g, '')
    .trim();
  return stripped || name.trim();
}

/**
 * Every key a company name can be matched by, folded with normalizeName: the name without its legal form,
 * and each form a parenthesis holds apart ("씨제이 씨지브이(CJ CGV)(주)" → "씨제이 씨지브이", "cj cgv").
 * Spaces inside Hangul are dropped too, since Korean legal names space words freely ("씨제이 씨지브이" =
 * "씨제이씨지브이").
 */
export function companyNameKeys(name: string): string[] {
  const bare = stripLegalForm(name);
  const keys = new Set<string>();
  const add = (text: string) => {
    const key = normalizeName(text);
    if (!key) return;
    keys.add(key);
    const joined = joinHangulWords(key);
    if (joined !== key) keys.add(joined);
  };
  add(bare);
  const inner = [...bare.matchAll(/\(([^()]+)\)/g)].map((match) => match[1]!);
  if (inner.length > 0) {
    add(bare.replace(/\([^()]*\)/g, ' '));
    for (const part of inner) add(stripLegalForm(part));
  }
  return [...keys];
}

/** "씨제이 씨지브이" → "씨제이씨지브이"; Latin words keep their spaces ("cj enm" stays). */
function joinHangulWords(key: string): string {
  return key.replace(/([\uac00-\ud7af]) (?=[\uac00-\ud7af])/gu, '$1');
}
