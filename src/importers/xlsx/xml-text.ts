const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character references and the five predefined entities ("&amp;" → "&", "&#xAC00;" → "가"). */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, name: string) => {
    if (name[0] !== '#') return ENTITIES[name]!;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The attributes of one start tag's text (`r="B7" s="6" t="s"`), with namespace prefixes kept (`r:id`). */
export function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(match[1]!, decodeXml(match[2] ?? match[3] ?? ''));
  }
  return attributes;
}

/**
 * The text of a shared or inline string: every `<t>` run joined, leaving out phonetic guides (`<rPh>`, the
 * furigana Excel stores beside Japanese text), which are not part of the value.
 */
export function readStringItem(xml: string): string {
  const withoutPhonetics = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let text = '';
  for (const match of withoutPhonetics.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += match[1]!;
  return decodeXml(text);
}

/** Every `<si>` of a sharedStrings part, in order: cells of type "s" refer to them by position. */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const match of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g))
    strings.push(match[1] === undefined ? '' : readStringItem(match[1]));
  return strings;
}

/** "B" → 1, "AA" → 26: the zero-based column of a cell reference's letters. */
export function columnIndex(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}
