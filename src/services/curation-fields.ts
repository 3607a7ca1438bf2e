import type { CatalogIndex } from '../domain/catalog-index.js';
import { FIXABLE_FIELDS, type FieldValue, type FixableField, type RecordKind } from '../domain/curation.js';
import {
  checkSearchableName,
  checkText,
  parseCountries,
  parseCurationDate,
  pickChoice,
} from '../domain/curation-input.js';
import { MAX_NAME, MAX_SUMMARY, MAX_SYNOPSIS, ok, refuse, type Checked } from '../domain/curation-problems.js';
import { COMPANY_KINDS, DEAL_KINDS, DEAL_STATUSES, TITLE_KINDS } from '../domain/types.js';
import { formatTmdbRef, parseTmdbRef } from '../domain/tmdb-ref.js';
import { resolveTitles } from './curation-targets.js';

/** The fields `/curate fix` offers, by the names editors know them under. */
export const FIX_CHOICES = ['date', 'status', 'kind', 'summary', 'name', 'country', 'titles', 'tmdb'] as const;
export type FixChoice = (typeof FIX_CHOICES)[number];

/** Which record field a choice means for each kind of record (a title's "date" is its release date). */
const FIELD_OF: Record<FixChoice, Partial<Record<RecordKind, FixableField>>> = {
  date: { deal: 'date', title: 'releaseDate' },
  status: { deal: 'status' },
  kind: { deal: 'kind', title: 'kind', company: 'kind' },
  summary: { deal: 'summary', title: 'synopsis' },
  name: { title: 'name', company: 'name' },
  country: { title: 'originCountries', company: 'country' },
  titles: { deal: 'titleIds' },
  tmdb: { title: 'tmdbChoice' },
};

/** The record field a choice means for `kind`, or why it does not apply (with the choices that do). */
export function recordFieldOf(kind: RecordKind, choice: string): Checked<FixableField> {
  const field = (FIELD_OF as Record<string, Partial<Record<RecordKind, FixableField>>>)[choice]?.[kind];
  if (field && (FIXABLE_FIELDS[kind] as readonly string[]).includes(field)) return ok(field);
  const fields = FIX_CHOICES.filter((option) => FIELD_OF[option][kind]);
  return refuse({ code: 'field-not-applicable', kind, field: choice.slice(0, 40), fields });
}

/** Parses what an editor typed as the new value of `field` of a `kind` record. */
export function parseFixValue(
  index: CatalogIndex,
  kind: RecordKind,
  field: FixableField,
  text: string,
): Checked<FieldValue> {
  switch (field) {
    case 'date':
    case 'releaseDate':
      return parseCurationDate(text, 'value');
    case 'status':
      return pickChoice(text, DEAL_STATUSES, 'value');
    case 'kind':
      return pickChoice<string>(
        text,
        kind === 'deal' ? DEAL_KINDS : kind === 'title' ? TITLE_KINDS : COMPANY_KINDS,
        'value',
      );
    case 'summary':
      return checkText(text, 'value', MAX_SUMMARY);
    case 'synopsis':
      return checkText(text, 'value', MAX_SYNOPSIS);
    case 'name':
      return checkSearchableName(text, 'value', MAX_NAME);
    case 'country': {
      const countries = parseCountries(text);
      if (countries.ok && countries.value.length !== 1)
        return refuse({ code: 'country-invalid', value: text.slice(0, 40) });
      return countries.ok ? ok(countries.value[0]!) : countries;
    }
    case 'originCountries':
      return parseCountries(text);
    case 'tmdbChoice': {
      const ref = parseTmdbRef(text);
      return ref ? ok(formatTmdbRef(ref)) : refuse({ code: 'tmdb-invalid', value: text.slice(0, 80) });
    }
    case 'titleIds': {
      const titles = resolveTitles(index, text);
      return titles.ok ? ok(titles.value.map((title) => title.id)) : titles;
    }
    default:
      return refuse({ code: 'field-not-applicable', kind, field, fields: [] });
  }
}
