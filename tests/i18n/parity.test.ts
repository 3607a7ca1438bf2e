import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, type Locale } from '../../src/i18n/index.js';

type Tree = { [key: string]: string | Tree };

/** Every leaf as "a.b.c" → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [path, text] of flatten(value, `${prefix}${key}.`)) out.set(path, text);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseOf = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/{{\s*([^,}\s]+)[^}]*}}/g)].map((m) => m[1]!);
const categoriesOf = (locale: Locale) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];

/** The keys `locale` must have: every key of English, with each plural message in exactly that language's forms. */
function expectedKeys(english: Map<string, string>, locale: Locale): string[] {
  const keys = new Set<string>();
  for (const key of english.keys()) {
    if (!PLURAL.test(key)) keys.add(key);
    else for (const category of categoriesOf(locale)) keys.add(`${baseOf(key)}_${category}`);
  }
  return [...keys].sort();
}

/** Placeholder names per message, plural forms pooled (a `_one` form may say "one" instead of {{count}}). */
function placeholdersByMessage(catalog: Map<string, string>): Map<string, string[]> {
  const byMessage = new Map<string, Set<string>>();
  for (const [key, text] of catalog) {
    const names = byMessage.get(baseOf(key)) ?? new Set<string>();
    for (const name of placeholders(text)) names.add(name);
    byMessage.set(baseOf(key), names);
  }
  return new Map([...byMessage].map(([key, names]) => [key, [...names].sort()]));
}

const english = flatten(CATALOGS.en as unknown as Tree);
// A brand reads the same in every language (a catalog may still localize it, as Korean does with 넷플릭스).
const SAME_IN_EVERY_LANGUAGE = new Set(['sources.netflix-top10', 'chart.providers.netflix']);
const others = LOCALES.filter((locale) => locale !== 'en');

describe('message catalogs', () => {
  it('has English plural messages in exactly English plural forms', () => {
    expect([...english.keys()].sort()).toEqual(expectedKeys(english, 'en'));
  });

  it.each(others)('has every English key in %s, and no other, with its plural forms', (locale) => {
    const catalog = flatten(CATALOGS[locale] as unknown as Tree);
    expect([...catalog.keys()].sort()).toEqual(expectedKeys(english, locale));
  });

  it.each(others)('uses the same placeholders as English in every %s message', (locale) => {
    const catalog = flatten(CATALOGS[locale] as unknown as Tree);
    expect(Object.fromEntries(placeholdersByMessage(catalog))).toEqual(
      Object.fromEntries(placeholdersByMessage(english)),
    );
  });

  it.each(LOCALES)('has no empty message and no English left untranslated by mistake in %s', (locale) => {
    const catalog = flatten(CATALOGS[locale] as unknown as Tree);
    for (const [key, text] of catalog) expect(text.trim(), key).not.toBe('');
    if (locale === 'en') return;
    // English words copied as they are slip through every type check; brand names are the known exceptions.
    const words = (text: string) => text.replace(/{{[^}]*}}/g, '').match(/[A-Za-z]{2,}\s+[A-Za-z]{2,}/);
    const copied = [...catalog].filter(
      ([key, text]) => words(text) && english.get(key) === text && !SAME_IN_EVERY_LANGUAGE.has(key),
    );
    expect(copied.map(([key]) => key)).toEqual([]);
  });

  it.each(others)('keeps the Markdown of every %s message balanced as in English (bold, code)', (locale) => {
    const catalog = flatten(CATALOGS[locale] as unknown as Tree);
    const marks = (text: string) => ({ bold: text.split('**').length - 1, code: text.split('`').length - 1 });
    for (const [key, text] of catalog)
      expect(marks(text), key).toEqual(marks(english.get(key) ?? english.get(`${baseOf(key)}_other`)!));
  });
});

describe('the parity check itself', () => {
  it('fails for a missing key, an extra key, an English-only plural form or a renamed placeholder', () => {
    const broken = new Map(flatten(CATALOGS.ko as unknown as Tree));
    broken.delete('router.apology');
    broken.set('router.extra', '추가');
    broken.set('about.titles_one', '작품 {{count}}편');
    broken.set('notFound.title', '{{q}}에 해당하는 작품이 없습니다.');
    expect([...broken.keys()].sort()).not.toEqual(expectedKeys(english, 'ko'));
    expect(Object.fromEntries(placeholdersByMessage(broken))).not.toEqual(
      Object.fromEntries(placeholdersByMessage(english)),
    );
  });
});
