import type { i18n as I18n } from 'i18next';

type Part = string | { name: string; number: boolean };
type Values = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /{{\s*([^,}\s]+)\s*(?:,\s*([^}\s]+)\s*)?}}/g;

/**
 * Messages rendered from templates compiled once per language and key. i18next holds the catalogs and decides
 * what a message is: the text (the reader's language, else the fallback's), the plural form (its own
 * Intl.PluralRules, from its plural resolver) and `{{value, number}}` (Intl.NumberFormat in the reader's
 * language). Its own `t()` costs 8–37 µs a call, too slow for answers of hundreds of messages within a
 * millisecond, so this does the same in a fraction of that; tests/i18n/compiled.test.ts checks both give the
 * same text for every message in every language.
 */
export function createMessageRenderer(i18n: I18n, fallback: string) {
  const templates = new Map<string, readonly Part[]>();
  const plural = new Map<string, boolean>();
  const rules = new Map<string, Intl.PluralRules>();
  const numbers = new Map<string, Intl.NumberFormat>();

  const resource = (code: string, key: string) => i18n.getResource(code, 'translation', key) as unknown;

  function ruleOf(code: string): Intl.PluralRules {
    let rule = rules.get(code);
    if (!rule) rules.set(code, (rule = i18n.services.pluralResolver.getRule(code) as Intl.PluralRules));
    return rule;
  }

  function isPlural(key: string): boolean {
    let known = plural.get(key);
    if (known === undefined) plural.set(key, (known = typeof resource(fallback, `${key}_other`) === 'string'));
    return known;
  }

  /** The text i18next would pick: the reader's language first, then the fallback, each with its own plural form. */
  function textOf(locale: string, key: string, count: unknown): string {
    for (const code of locale === fallback ? [locale] : [locale, fallback]) {
      const wanted = typeof count === 'number' && isPlural(key) ? `${key}_${ruleOf(code).select(count)}` : key;
      const text = resource(code, wanted);
      if (typeof text === 'string') return text;
    }
    return key;
  }

  function templateOf(locale: string, key: string, count: unknown): readonly Part[] {
    const id = `${locale}\u0000${key}\u0000${typeof count === 'number' && isPlural(key) ? ruleOf(locale).select(count) : ''}`;
    let template = templates.get(id);
    if (!template) templates.set(id, (template = compile(textOf(locale, key, count))));
    return template;
  }

  function numberFormat(locale: string): Intl.NumberFormat {
    let format = numbers.get(locale);
    if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
    return format;
  }

  return function render(locale: string, key: string, values: Values): string {
    let out = '';
    for (const part of templateOf(locale, key, values.count)) {
      if (typeof part === 'string') out += part;
      else {
        const value = values[part.name];
        out +=
          value === undefined
            ? ''
            : part.number && typeof value === 'number'
              ? numberFormat(locale).format(value)
              : String(value);
      }
    }
    return out;
  };
}

function compile(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > at) parts.push(text.slice(at, match.index));
    const format = match[2];
    if (format !== undefined && format !== 'number')
      throw new Error(`Unsupported format "${format}" in "${text}": only {{value, number}}.`);
    parts.push({ name: match[1]!, number: format === 'number' });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
