import type { Editor, FieldValue } from '../../domain/curation.js';
import { COMPANY_KINDS, DEAL_KINDS, DEAL_STATUSES, TITLE_KINDS, type SourceRef } from '../../domain/types.js';
import { countryName, formatDate } from '../../i18n/format.js';
import { CATALOGS, t, type Locale, type MessageKey } from '../../i18n/index.js';
import { displayCompanyName, displayName } from '../../i18n/names.js';
import type { DealRecord, RecordView } from '../../services/curation-common.js';
import { truncate } from '../limits.js';
import { formatSource, safe } from './format.js';

const includes = (list: readonly string[], value: string) => list.includes(value);

/** The catalog name of a kind or status value ("co-production" → dealKinds.co-production), when it is one. */
export function choiceLabelKey(value: string): MessageKey | undefined {
  if (includes(DEAL_KINDS, value)) return `dealKinds.${value as (typeof DEAL_KINDS)[number]}`;
  if (includes(DEAL_STATUSES, value)) return `dealStatuses.${value as (typeof DEAL_STATUSES)[number]}`;
  if (includes(TITLE_KINDS, value)) return `titleKinds.${value as (typeof TITLE_KINDS)[number]}`;
  if (includes(COMPANY_KINDS, value)) return `companyKinds.${value as (typeof COMPANY_KINDS)[number]}`;
  return undefined;
}

/** "CJ ENM × TBS · Co-production · Mar 2025", "CJ ENM × TBS · 공동 제작 · 2025년 3월". Plain text. */
export function dealLabel({ deal, parties }: DealRecord, locale: Locale): string {
  const names = parties.length
    ? parties.map((party) => displayCompanyName(party, locale)).join(' × ')
    : deal.partyIds.join(' × ');
  return t(locale, 'curate.record.deal', {
    parties: names,
    kind: t(locale, `dealKinds.${deal.kind}`),
    date: formatDate(locale, deal.date),
  });
}

/** A record's name for people, in plain text: a deal's label, a title's or company's name (with what it is). */
export function recordLabel(record: RecordView | undefined, locale: Locale): string {
  if (!record) return t(locale, 'curate.record.unknown');
  if ('missing' in record)
    return t(locale, 'curate.record.missing', { kind: t(locale, `curate.kinds.${record.kind}`), id: record.id });
  if (record.kind === 'deal') {
    const label = dealLabel(record, locale);
    return record.retired ? t(locale, 'curate.record.retired', { deal: label }) : label;
  }
  return record.kind === 'title'
    ? t(locale, 'curate.record.title', { name: displayName(record.title, locale) })
    : t(locale, 'curate.record.company', { name: displayCompanyName(record.company, locale) });
}

/** A stored field value as people read it, in plain text (sources: see sourceText). */
export function fieldValueText(field: string, value: FieldValue, locale: Locale): string {
  if (value === null) return '—';
  if (typeof value === 'object' && !Array.isArray(value)) return formatSource(locale, value);
  const one = (item: string) => {
    if (field === 'date' || field === 'releaseDate') return formatDate(locale, item);
    if (field === 'country' || field === 'originCountries') return countryName(locale, item);
    const label = field === 'kind' || field === 'status' ? choiceLabelKey(item) : undefined;
    return label ? t(locale, label) : truncate(item, 80);
  };
  if (Array.isArray(value)) return value.length ? value.map(one).join(t(locale, 'common.separator')) : '—';
  return one(value);
}

/**
 * A source as people read it, linked to the article when it has an address (two articles of one site on one day
 * still differ). Markdown-safe: the label is escaped, and the brackets a link could break on are percent-encoded.
 */
export function sourceText(source: SourceRef, locale: Locale): string {
  const label = safe(formatSource(locale, source));
  return source.url ? `[${label}](${source.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : label;
}

/** Who made a change, in plain text: a Discord user's name, the operator at a terminal, or the seed catalog. */
export function editorName(editor: Editor, locale: Locale): string {
  if (editor.via === 'seed') return t(locale, 'curate.editors.seed');
  return editor.via === 'terminal' ? t(locale, 'curate.editors.terminal', { name: editor.name }) : editor.name;
}

type RecordField = keyof (typeof CATALOGS)['en']['curate']['recordFields'];

/** A record field's name as editors know it; a field this version does not know is shown as stored. */
export const recordFieldName = (field: string, locale: Locale): string =>
  Object.hasOwn(CATALOGS.en.curate.recordFields, field)
    ? t(locale, `curate.recordFields.${field as RecordField}`)
    : field;
