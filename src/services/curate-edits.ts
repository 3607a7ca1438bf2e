import {
  targetOf,
  type CurationChange,
  type Editor,
  type FieldValue,
  type FixableField,
  type RecordKind,
} from '../domain/curation.js';
import { checkSearchableName, checkText, parseSourceUrl } from '../domain/curation-input.js';
import { MAX_NAME, MAX_REASON, refuse, type Checked, type CurationProblem } from '../domain/curation-problems.js';
import { checkUndo, findChange } from '../domain/curation-undo.js';
import { normalizeName } from '../domain/normalize.js';
import type { Store } from '../store/store.js';
import { changeBy, curationOf, dayOf, oneAtATime, refOf, viewRecord, type RecordView } from './curation-common.js';
import { parseFixValue, recordFieldOf, type FixChoice } from './curation-fields.js';
import { resolveTarget } from './curation-targets.js';

/** A saved change and the record it is about, as it is now. */
export type EditResult =
  { ok: true; change: CurationChange; record: RecordView } | { ok: false; problems: CurationProblem[] };

/** Adds a name (another language, a romanization, a former name) under which a title or company is found. */
export function addAlias(
  store: Store,
  input: { target: string; alias: string },
  editor: Editor,
  now: Date,
): Promise<EditResult> {
  return oneAtATime(store, async () => {
    const index = store.catalog.current();
    const target = resolveTarget(index, input.target, ['title', 'company']);
    const alias = checkSearchableName(input.alias, 'alias', MAX_NAME);
    if (!target.ok || !alias.ok) return failed(target, alias);
    const record = target.value;
    if (namesOf(record).some((name) => normalizeName(name) === normalizeName(alias.value)))
      return failed(refuse({ code: 'alias-exists', alias: alias.value }));
    const ref = refOf(record);
    return saved(store, { ...changeBy(editor, now), action: 'add-alias', target: ref, alias: alias.value }, ref);
  });
}

/** Corrects one field of a title, company or deal; the old value stays in the history. A deal also takes the source. */
export function fixField(
  store: Store,
  input: { target: string; field: FixChoice; value: string; source: string },
  editor: Editor,
  now: Date,
): Promise<EditResult> {
  return oneAtATime(store, async () => {
    const index = store.catalog.current();
    const target = resolveTarget(index, input.target, ['deal', 'title', 'company']);
    const source = parseSourceUrl(input.source, dayOf(now));
    if (!target.ok || !source.ok) return failed(target, source);
    const record = target.value;
    const field = recordFieldOf(record.kind, input.field);
    if (!field.ok) return failed(field);
    const value = parseFixValue(index, record.kind, field.value, input.value);
    if (!value.ok) return failed(value);
    const current = currentOf(record);
    const before = (current[field.value] ?? null) as FieldValue;
    if (JSON.stringify(before) === JSON.stringify(value.value)) return failed(refuse({ code: 'value-unchanged' }));
    const fields: { field: FixableField; before: FieldValue; after: FieldValue }[] = [
      { field: field.value, before, after: value.value },
    ];
    const oldSource = current.source as FieldValue;
    if (record.kind === 'deal' && JSON.stringify(oldSource) !== JSON.stringify(source.value))
      fields.push({ field: 'source', before: oldSource, after: source.value });
    const ref = refOf(record);
    return saved(store, { ...changeBy(editor, now, source.value), action: 'edit', target: ref, fields }, ref);
  });
}

/** Withdraws a deal that proved false: it leaves every answer but stays in the history (undo brings it back). */
export function retireDeal(
  store: Store,
  input: { target: string; reason: string },
  editor: Editor,
  now: Date,
): Promise<EditResult> {
  return oneAtATime(store, async () => {
    const target = resolveTarget(store.catalog.current(), input.target, ['deal']);
    const reason = checkText(input.reason, 'reason', MAX_REASON);
    if (!target.ok || !reason.ok) return failed(target, reason);
    const ref = refOf(target.value);
    return saved(store, { ...changeBy(editor, now), action: 'retire', target: ref, reason: reason.value }, ref);
  });
}

/** Reverts one change (by "#12", "12" or its id); the undo is itself a change, which can be undone in turn. */
export function undoChange(
  store: Store,
  input: { change: string },
  editor: Editor,
  now: Date,
): Promise<
  (EditResult & { ok: false }) | { ok: true; change: CurationChange; undone: CurationChange; record?: RecordView }
> {
  return oneAtATime(store, async () => {
    const index = store.catalog.current();
    const log = curationOf(index);
    const change = findChange(log, input.change);
    if (!change) return failed(refuse({ code: 'change-unknown', query: input.change.trim().slice(0, 40) }));
    const check = checkUndo(log, index.catalog, change);
    if (!check.ok) return failed(check);
    const [saved] = await store.curation.append([{ ...changeBy(editor, now), action: 'undo', changeId: change.id }]);
    const ref = targetOf(change);
    const record = ref && viewRecord(store.catalog.current(), ref);
    return { ok: true as const, change: saved!, undone: change, ...(record ? { record } : {}) };
  });
}

async function saved(
  store: Store,
  change: Parameters<Store['curation']['append']>[0][number],
  ref: { kind: RecordKind; id: string },
): Promise<EditResult> {
  const [stored] = await store.curation.append([change]);
  return { ok: true, change: stored!, record: viewRecord(store.catalog.current(), ref) };
}

function failed(...checks: Checked<unknown>[]): { ok: false; problems: CurationProblem[] } {
  return { ok: false, problems: checks.flatMap((check) => (check.ok ? [] : check.problems)) };
}

function currentOf(record: RecordView): Record<string, unknown> {
  if ('missing' in record) return {};
  if (record.kind === 'deal') return record.deal as unknown as Record<string, unknown>;
  return (record.kind === 'title' ? record.title : record.company) as unknown as Record<string, unknown>;
}

function namesOf(record: RecordView): string[] {
  if (record.kind === 'title' && 'title' in record)
    return [record.title.name, ...record.title.aliases, ...record.title.originalNames.map((o) => o.name)];
  if (record.kind === 'company' && 'company' in record) return [record.company.name, ...record.company.aliases];
  return [];
}
