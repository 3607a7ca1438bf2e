import type { CatalogIndex } from '../domain/catalog-index.js';
import { decodeRef, encodeRef, type RecordKind, type RecordRef } from '../domain/curation.js';
import { ok, refuse, type Checked, type CurationProblem } from '../domain/curation-problems.js';
import { cleanText, splitNames } from '../domain/curation-input.js';
import { normalizeName } from '../domain/normalize.js';
import type { Company, Title } from '../domain/types.js';
import type { Store } from '../store/store.js';
import { memoForIndex } from './catalog.js';
import { dealRecord, viewRecord, type RecordView } from './curation-common.js';

/** A company or title by id (what autocomplete sends) or by an exact name or alias, as /deals and /title find them. */
export function findCompany(index: CatalogIndex, text: string): Company | undefined {
  const found = index.companies.get(text.trim()) ?? index.companyNames.exact(text)[0];
  return found && index.companies.get(found.id);
}

export function findTitle(index: CatalogIndex, text: string): Title | undefined {
  const found = index.titles.get(text.trim()) ?? index.titleNames.exact(text)[0];
  return found && index.titles.get(found.id);
}

/** Titles named in a comma-separated list; each unknown one is a problem with suggestions. */
export function resolveTitles(index: CatalogIndex, text: string): Checked<Title[]> {
  const titles: Title[] = [];
  const problems: CurationProblem[] = [];
  for (const name of splitNames(text)) {
    const title = findTitle(index, name);
    if (title) {
      if (!titles.includes(title)) titles.push(title);
    } else {
      const suggestions = index.titleNames.search(name, 3).map((match) => match.item.name);
      problems.push({ code: 'title-unknown', name: name.slice(0, 80), suggestions });
    }
  }
  return problems.length ? refuse(...problems) : ok(titles);
}

/**
 * The record an editor means: `kind:id` from autocomplete, or a company or title typed by its exact name.
 * Unknown text is a problem with up to three suggestions.
 */
export function resolveTarget(index: CatalogIndex, text: string, kinds: readonly RecordKind[]): Checked<RecordView> {
  const ref = decodeRef(text);
  if (ref && kinds.includes(ref.kind)) {
    const record = viewRecord(index, ref);
    const retired = record.kind === 'deal' && 'retired' in record && record.retired;
    if (!('missing' in record) && !retired) return ok(record);
  }
  const company = kinds.includes('company') ? findCompany(index, text) : undefined;
  if (company) return ok({ kind: 'company', company });
  const title = kinds.includes('title') ? findTitle(index, text) : undefined;
  if (title) return ok({ kind: 'title', title });
  const suggestions = suggestTargets(index, text, kinds, 3).map((choice) => choice.name);
  return refuse({ code: 'target-unknown', query: cleanText(text).slice(0, 80), suggestions, kinds });
}

/** A record offered by autocomplete: `value` comes back as the option. */
export interface TargetChoice {
  ref: RecordRef;
  /** The record's name (a deal's parties, kind and date are for the renderer to word). */
  name: string;
  record: RecordView;
  value: string;
}

/** Companies, titles and current deals whose names contain every typed word, best first. */
export function suggestTargets(
  index: CatalogIndex,
  query: string,
  kinds: readonly RecordKind[],
  limit = 25,
): TargetChoice[] {
  const choices: TargetChoice[] = [];
  const words = normalizeName(query).split(' ').filter(Boolean);
  if (kinds.includes('deal')) {
    for (const deal of dealSearchList(index)) {
      if (words.every((word) => deal.words.some((known) => known.startsWith(word)))) choices.push(deal.choice);
      if (choices.length >= limit) break;
    }
  }
  const search = <T extends Company | Title>(names: CatalogIndex['companyNames'] | CatalogIndex['titleNames']) =>
    query.trim() ? names.search(query, limit).map((match) => match.item as T) : [];
  if (kinds.includes('company'))
    for (const company of search<Company>(index.companyNames))
      choices.push(choice({ kind: 'company', company }, company.id, company.name));
  if (kinds.includes('title'))
    for (const title of search<Title>(index.titleNames))
      choices.push(choice({ kind: 'title', title }, title.id, title.name));
  return choices.slice(0, limit);
}

function choice(record: RecordView, id: string, name: string): TargetChoice {
  const ref = { kind: record.kind, id };
  return { ref, name, record, value: encodeRef(ref) };
}

/** Every current deal with the words people would type to find it, newest first; built once per catalog. */
function dealSearchList(index: CatalogIndex) {
  return memoForIndex(index, 'curation:deal-search', () =>
    [...index.catalog.deals]
      .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
      .map((deal) => {
        const record = dealRecord(index, deal);
        const names = [...record.parties.map((p) => p.name), ...record.titles.map((t) => t.name), deal.kind, deal.date];
        const label = record.parties.map((p) => p.name).join(' × ');
        return {
          words: normalizeName(names.join(' ')).split(' '),
          choice: choice({ kind: 'deal', retired: false, ...record }, deal.id, label),
        };
      }),
  );
}

/**
 * Completions for a comma-separated list of names (companies or titles): the words before the last comma stay,
 * the last part is completed. Values are the whole list as text, within Discord's 100 characters.
 */
export function suggestNameList(
  store: Store,
  text: string,
  kind: 'company' | 'title',
): { list: string; record: RecordView }[] {
  const index = store.catalog.current();
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf('，'), text.lastIndexOf('、'));
  const before = splitNames(text.slice(0, cut + 1));
  const typed = text.slice(cut + 1);
  const names = kind === 'company' ? index.companyNames : index.titleNames;
  const found = typed.trim()
    ? names.search(typed, 25).map((match) => match.item as Company | Title)
    : kind === 'company'
      ? [...index.companies.values()].slice(0, 25)
      : [];
  return found
    .filter((item) => !before.some((name) => normalizeName(name) === normalizeName(item.name)))
    .map((item) => ({
      list: [...before, item.name].join(', '),
      record: kind === 'company' ? { kind, company: item as Company } : { kind, title: item as Title },
    }));
}

/** suggestTargets on the current catalog, for autocomplete. */
export const suggestRecords = (store: Store, query: string, kinds: readonly RecordKind[], limit = 25) =>
  suggestTargets(store.catalog.current(), query, kinds, limit);
