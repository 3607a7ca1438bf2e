/**
 * The languages withk speaks. The domain only names them (a server's digest language is stored data);
 * everything a language says lives in the message catalogs under src/i18n.
 */
export const LANGUAGES = ['en', 'ko', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);
