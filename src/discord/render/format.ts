import { escapeMarkdown, time, TimestampStyles } from 'discord.js';
import type { SourceRef } from '../../domain/types.js';
import { formatDate } from '../../i18n/format.js';
import { t, type Locale } from '../../i18n/index.js';

/** Catalog or user text made inert in Markdown (no bold, links or code blocks smuggled in). */
// Control characters are exactly what this strips.
// eslint-disable-next-line no-control-regex
export const safe = (text: string) => escapeMarkdown(text.replace(/[\u0000-\u001f\u007f]/g, ' '));

/** "News report …, 21 Oct 2025" / "…, 2025년 10월 21일". */
export const formatSource = (locale: Locale, source: SourceRef) =>
  t(locale, 'titleCard.source', { publication: source.publication, date: formatDate(locale, source.date) });

/** An instant every reader sees in their own time zone and language (Discord renders it). */
export const relativeTime = (date: Date) => time(date, TimestampStyles.RelativeTime);
export const fullTime = (date: Date) => time(date, TimestampStyles.LongDateTime);

export const BRAND_COLOR = 0xe8505b;
