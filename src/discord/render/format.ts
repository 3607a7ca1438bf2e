import { escapeMarkdown, time, TimestampStyles } from 'discord.js';
import type { SourceRef } from '../../domain/types.js';
import { formatDate } from '../../i18n/format.js';
import { t, type Locale } from '../../i18n/index.js';

// Control characters are exactly what this strips.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;
/** The only characters escapeMarkdown's default escapes act on (\\ ` * _ ~ |). */
const MARKDOWN = /[\\`*_~|]/;

/**
 * Catalog or user text made inert in Markdown (no bold, links or code blocks smuggled in). Text without any of
 * the characters escapeMarkdown acts on is returned as is: most names have none, and its look-behind patterns
 * were most of /trends' time (about 10 µs per name).
 */
export const safe = (text: string) => {
  const plain = text.replace(CONTROL, ' ');
  return MARKDOWN.test(plain) ? escapeMarkdown(plain) : plain;
};

/** "News report …, 21 Oct 2025" / "…, 2025년 10월 21일". */
export const formatSource = (locale: Locale, source: SourceRef) =>
  t(locale, 'titleCard.source', { publication: source.publication, date: formatDate(locale, source.date) });

/** An instant every reader sees in their own time zone and language (Discord renders it). */
export const relativeTime = (date: Date) => time(date, TimestampStyles.RelativeTime);
export const fullTime = (date: Date) => time(date, TimestampStyles.LongDateTime);

export const BRAND_COLOR = 0xe8505b;
