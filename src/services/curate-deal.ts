import type { CatalogIndex } from '../domain/catalog-index.js';
import type { CurationChange, Editor } from '../domain/curation.js';
import {
  checkSearchableName,
  checkText,
  parseCurationDate,
  parseSourceUrl,
  pickChoice,
  splitNames,
} from '../domain/curation-input.js';
import {
  MAX_NAME,
  MAX_PARTIES,
  MAX_SUMMARY,
  ok,
  refuse,
  type Checked,
  type CurationProblem,
} from '../domain/curation-problems.js';
import { compareDeals, findDealMatch, mergeDealUpdate } from '../domain/deal-match.js';
import { normalizeName, slugify } from '../domain/normalize.js';
import { DEAL_KINDS, DEAL_STATUSES, type Company, type Deal } from '../domain/types.js';
import type { Store } from '../store/store.js';
import { changeBy, curationOf, dayOf, dealRecord, oneAtATime, type DealRecord } from './curation-common.js';
import { createDraftBox } from './curation-drafts.js';
import { findCompany, resolveTitles } from './curation-targets.js';

/** What an editor typed in `/curate deal` (or `npm run curate -- deal`), unparsed. */
export interface DealInput {
  companies: string;
  kind: string;
  date: string;
  status: string;
  summary: string;
  source: string;
  titles?: string;
}

interface DealDraft {
  stage: 'companies' | 'preview' | 'update';
  deal: Deal;
  /** Companies the editor is creating with this deal (after confirming their names). */
  newCompanies: Company[];
  existingId?: string;
}

export interface DraftInfo {
  id: string;
  expiresAt: number;
}

/** Where adding a deal stands; each step but the last three waits for the editor's button. */
export type DealStep =
  | { step: 'refused'; problems: CurationProblem[] }
  | { step: 'duplicate'; existing: DealRecord }
  | { step: 'confirm-companies'; draft: DraftInfo; unknown: { name: string; suggestions: string[] }[] }
  | { step: 'preview'; draft: DraftInfo; proposed: DealRecord; newCompanies: Company[] }
  | { step: 'update-offer'; draft: DraftInfo; existing: DealRecord; updated: DealRecord; proposed: DealRecord }
  | { step: 'saved'; changes: CurationChange[]; record: DealRecord; updated: boolean }
  | { step: 'cancelled' }
  | { step: 'expired' }
  | { step: 'not-yours' };

/** What the editor pressed. */
export type DealChoice = 'create' | 'save' | 'update' | 'new' | 'cancel';

const drafts = createDraftBox<DealDraft>();

/**
 * Checks a proposed deal and says what happens next: refused (every problem at once), a duplicate, unknown
 * companies to confirm, an update of a near-identical deal to offer, or a preview to save. Nothing is saved here.
 */
export function proposeDeal(store: Store, input: DealInput, editor: Editor, now: Date): DealStep {
  const index = store.catalog.current();
  const today = dayOf(now);
  const problems: CurationProblem[] = [];
  const take = <T>(checked: Checked<T>) => {
    if (checked.ok) return checked.value;
    problems.push(...checked.problems);
    return undefined;
  };
  const kind = take(pickChoice(input.kind, DEAL_KINDS, 'kind'));
  const status = take(pickChoice(input.status, DEAL_STATUSES, 'status'));
  const date = take(parseCurationDate(input.date));
  const summary = take(checkText(input.summary, 'summary', MAX_SUMMARY));
  const source = take(parseSourceUrl(input.source, today));
  const titles = take(resolveTitles(index, input.titles ?? '')) ?? [];
  const parties = take(resolveParties(index, input.companies));
  if (problems.length || !kind || !status || !date || !summary || !source || !parties)
    return { step: 'refused', problems };

  const taken = takenCompanyIds(index);
  const newCompanies: Company[] = [];
  const partyIds = parties.map((party) => {
    if ('company' in party) return party.company.id;
    const company = newCompany(party.name, taken, source, today);
    newCompanies.push(company);
    return company.id;
  });
  const deal: Deal = {
    id: '',
    partyIds,
    kind,
    date,
    status,
    titleIds: titles.map((title) => title.id),
    summary,
    source,
    asOf: today,
  };
  deal.id = uniqueDealId(index, deal, newCompanies);
  const value: DealDraft = { stage: 'companies', deal, newCompanies };
  const unknown = parties.flatMap((party) => ('company' in party ? [] : [party]));
  if (unknown.length) {
    const draft = drafts.put(editor.id, value, now);
    return { step: 'confirm-companies', draft: info(draft), unknown };
  }
  return classify(index, value, editor, now);
}

/** The editor pressed a button on a preview: continue, save or cancel. Saving re-checks against the latest data. */
export async function continueDeal(
  store: Store,
  draftId: string,
  choice: DealChoice,
  editor: Editor,
  now: Date,
): Promise<DealStep> {
  const found = drafts.get(draftId, editor.id, now);
  if (!found.found) return { step: found.reason };
  const { value } = found.draft;
  if (choice === 'cancel') {
    drafts.delete(draftId);
    return { step: 'cancelled' };
  }
  if (choice === 'create' && value.stage === 'companies') {
    drafts.delete(draftId);
    return classify(store.catalog.current(), { ...value, stage: 'preview' }, editor, now);
  }
  const wanted: Record<DealDraft['stage'], DealChoice[]> = {
    preview: ['save'],
    update: ['update', 'new'],
    companies: [],
  };
  if (!wanted[value.stage].includes(choice)) return { step: 'expired' };
  drafts.delete(draftId);
  return oneAtATime(store, () => save(store, value, choice === 'update', editor, now));
}

/** Duplicate, update offer or preview, for a draft whose companies are settled. */
function classify(index: CatalogIndex, value: DealDraft, editor: Editor, now: Date): DealStep {
  const match = value.newCompanies.length ? undefined : findDealMatch(index.catalog.deals, value.deal);
  if (match?.match === 'duplicate') return { step: 'duplicate', existing: dealRecord(index, match.deal) };
  if (match?.match === 'update') {
    const draft = drafts.put(editor.id, { ...value, stage: 'update', existingId: match.deal.id }, now);
    return {
      step: 'update-offer',
      draft: info(draft),
      existing: dealRecord(index, match.deal),
      updated: dealRecord(index, mergeDealUpdate(match.deal, value.deal)),
      proposed: dealRecord(index, value.deal),
    };
  }
  const draft = drafts.put(editor.id, { ...value, stage: 'preview' }, now);
  return {
    step: 'preview',
    draft: info(draft),
    proposed: dealRecord(index, value.deal, value.newCompanies),
    newCompanies: value.newCompanies,
  };
}

async function save(store: Store, value: DealDraft, asUpdate: boolean, editor: Editor, now: Date): Promise<DealStep> {
  const index = store.catalog.current();
  const by = changeBy(editor, now, value.deal.source);
  if (asUpdate) {
    const known = index.catalog.deals.find((deal) => deal.id === value.existingId);
    if (!known) return { step: 'expired' };
    const updated = mergeDealUpdate(known, value.deal);
    const fields = (['date', 'status', 'summary', 'titleIds', 'source'] as const)
      .filter((field) => JSON.stringify(known[field]) !== JSON.stringify(updated[field]))
      .map((field) => ({ field, before: known[field], after: updated[field] }));
    if (fields.length === 0) return { step: 'duplicate', existing: dealRecord(index, known) };
    const changes = await store.curation.append([
      { ...by, action: 'edit', target: { kind: 'deal', id: known.id }, fields },
    ]);
    return { step: 'saved', changes, record: dealRecord(store.catalog.current(), updated), updated: true };
  }
  // Another editor may have saved the same deal or company since the preview: check again, now, in order.
  const taken = takenCompanyIds(index);
  const created: Company[] = [];
  const actualId = new Map<string, string>();
  for (const planned of value.newCompanies) {
    const existing = findCompany(index, planned.name);
    const company = existing ?? { ...planned, id: unique(slugify(planned.name), taken) };
    taken.add(company.id);
    if (!existing) created.push(company);
    actualId.set(planned.id, company.id);
  }
  const deal = { ...value.deal, partyIds: value.deal.partyIds.map((id) => actualId.get(id) ?? id) };
  const duplicate = index.catalog.deals.find((known) => compareDeals(known, deal) === 'duplicate');
  if (duplicate) return { step: 'duplicate', existing: dealRecord(index, duplicate) };
  deal.id = uniqueDealId(index, deal, created);
  const changes = await store.curation.append([
    ...created.map((company) => ({ ...by, id: `${by.id}-${company.id}`, action: 'add-company' as const, company })),
    { ...by, action: 'add-deal', deal },
  ]);
  return { step: 'saved', changes, record: dealRecord(store.catalog.current(), deal), updated: false };
}

type Party = { company: Company } | { name: string; suggestions: string[] };

/** Two or more distinct companies, in the order typed: known ones, and names nobody knows yet (with suggestions). */
function resolveParties(index: CatalogIndex, text: string): Checked<Party[]> {
  const problems: CurationProblem[] = [];
  const parties: Party[] = [];
  const seen = new Set<string>();
  for (const raw of splitNames(text)) {
    const name = checkSearchableName(raw, 'companies', MAX_NAME);
    if (!name.ok) {
      problems.push(...name.problems);
      continue;
    }
    const company = findCompany(index, name.value);
    const key = company ? `id:${company.id}` : `name:${normalizeName(name.value)}`;
    if (seen.has(key)) problems.push({ code: 'company-repeated', name: name.value.slice(0, 80) });
    seen.add(key);
    if (company) parties.push({ company });
    else
      parties.push({ name: name.value, suggestions: index.companyNames.search(name.value, 3).map((m) => m.item.name) });
  }
  if (seen.size < 2 && !problems.length) problems.push({ code: 'companies-too-few', count: seen.size });
  if (seen.size > MAX_PARTIES) problems.push({ code: 'companies-too-many', count: seen.size, max: MAX_PARTIES });
  return problems.length ? refuse(...problems) : ok(parties);
}

/** Every company id in use, or ever added by an editor (an undone company's id is not given to another). */
function takenCompanyIds(index: CatalogIndex): Set<string> {
  return new Set([
    ...index.companies.keys(),
    ...curationOf(index).flatMap((c) => (c.action === 'add-company' ? [c.company.id] : [])),
  ]);
}

/** A company an editor names for the first time: country and kind unknown until someone fixes them. */
function newCompany(name: string, taken: Set<string>, source: Deal['source'], today: string): Company {
  const id = unique(slugify(name), taken);
  taken.add(id);
  return { id, name, aliases: [], country: 'ZZ', kind: 'production', source, asOf: today };
}

/** `cj-enm-tbs-co-production-2025-03`, with a number added when that id was ever used. */
function uniqueDealId(index: CatalogIndex, deal: Deal, extra: readonly Company[]): string {
  const name = (id: string) => index.companies.get(id)?.name ?? extra.find((c) => c.id === id)?.name ?? id;
  const base = slugify([...deal.partyIds.map(name), deal.kind, deal.date].join(' '));
  const taken = new Set([
    ...index.catalog.deals.map((d) => d.id),
    ...curationOf(index).flatMap((c) => (c.action === 'add-deal' ? [c.deal.id] : [])),
  ]);
  return unique(base, taken);
}

function unique(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const info = (draft: { id: string; expiresAt: number }): DraftInfo => ({ id: draft.id, expiresAt: draft.expiresAt });
