import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createMessageRenderer } from '../../src/i18n/compiled.js';
import { CATALOGS, LOCALES, i18nextT, translate, type MessageKey } from '../../src/i18n/index.js';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** Every message of the English catalog (plural forms as one), with its placeholder names. */
const messages = new Map<string, Set<string>>();
for (const [key, text] of leaves(CATALOGS.en as unknown as Tree)) {
  const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
  const names = messages.get(base) ?? new Set<string>();
  for (const match of text.matchAll(/{{\s*([^,}\s]+)/g)) names.add(match[1]!);
  messages.set(base, names);
}

// Counts that reach every plural form of every language withk speaks, and numbers that need grouping.
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 101, 1000, 12_345];

describe('compiled messages', () => {
  it.each(LOCALES)('render every %s message exactly as i18next’s own t() does', (locale) => {
    for (const [key, names] of messages) {
      const counts = names.has('count') ? COUNTS : [undefined];
      for (const count of counts) {
        const values: Record<string, string | number> = {};
        for (const name of names) values[name] = name === 'count' ? count! : `<${name}>`;
        expect(translate(locale, key as MessageKey, values), `${locale} ${key} ${count ?? ''}`).toBe(
          i18nextT(locale, key, values),
        );
      }
    }
  });

  it('falls back to the fallback language for a key a catalog lacks, as i18next does', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: {
        en: { translation: { a: 'A {{x}}', n_one: '{{count}} thing', n_other: '{{count}} things' } },
        ko: { translation: {} },
      },
      lng: 'en',
      fallbackLng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    const render = createMessageRenderer(i18n, 'en');
    expect(render('ko', 'a', { x: 1 })).toBe(i18n.t('a', { lng: 'ko', x: 1 }));
    expect(render('ko', 'n', { count: 1 })).toBe(i18n.t('n', { lng: 'ko', count: 1 }));
    expect(render('ko', 'missing', {})).toBe(i18n.t('missing', { lng: 'ko' }));
  });

  it('refuses a format other than number, so a catalog cannot rely on one silently', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: { d: '{{when, datetime}}' } } }, lng: 'en', initAsync: false });
    expect(() => createMessageRenderer(i18n, 'en')('en', 'd', { when: 1 })).toThrow(/Unsupported format "datetime"/);
  });
});
