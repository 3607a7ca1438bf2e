import type { Company, Deal, SourceRef } from './types.js';

/** Who made a change: a Discord user, the operator at a terminal, the seed migration, or another instance. */
export interface Editor {
  /** A Discord user id, or `terminal` / `seed` for changes made outside Discord. */
  id: string;
  /** The name shown in the history (a Discord username, the operator's login, "seed catalog"). */
  name: string;
  via: 'discord' | 'terminal' | 'seed';
}

export type RecordKind = 'deal' | 'title' | 'company';

/** A curated or imported record a change is about. */
export interface RecordRef {
  kind: RecordKind;
  id: string;
}

/** The record fields an editor may correct, per kind of record (the names are the record's own properties). */
export const FIXABLE_FIELDS = {
  deal: ['date', 'status', 'kind', 'summary', 'titleIds', 'source'],
  title: ['name', 'releaseDate', 'kind', 'synopsis', 'originCountries', 'tmdbChoice'],
  company: ['name', 'country', 'kind'],
} as const satisfies Record<RecordKind, readonly string[]>;

export type FixableField = (typeof FIXABLE_FIELDS)[RecordKind][number];

/** A field's value as stored in the history; null stands for "not set". */
export type FieldValue = string | string[] | SourceRef | null;

/** One field of one record, before and after a change: the history keeps the old value. */
export interface FieldChange {
  field: FixableField;
  before: FieldValue;
  after: FieldValue;
}

/** What a change does. */
export type ChangeAction =
  | { action: 'add-deal'; deal: Deal }
  | { action: 'add-company'; company: Company }
  | { action: 'add-alias'; target: RecordRef; alias: string }
  | { action: 'edit'; target: RecordRef; fields: FieldChange[] }
  | { action: 'retire'; target: RecordRef; reason: string }
  | { action: 'undo'; changeId: string };

/** A change as a service proposes it, before the store numbers it. */
export type NewCurationChange = ChangeAction & {
  /** Unique across withk instances, so histories can be merged. */
  id: string;
  /** UTC ISO instant. */
  at: string;
  editor: Editor;
  /** Where the editor read it; absent for an alias or an undo. */
  source?: SourceRef;
};

/** A stored change: `seq` orders the history of this instance (1, 2, …) and is how people name a change (#12). */
export type CurationChange = NewCurationChange & { seq: number };

/** Changes as stored: oldest first. */
export type CurationLog = readonly CurationChange[];

/** The record a change is about, whatever its action (an undo is about the change it reverts: no record). */
export function targetOf(change: ChangeAction): RecordRef | undefined {
  switch (change.action) {
    case 'add-deal':
      return { kind: 'deal', id: change.deal.id };
    case 'add-company':
      return { kind: 'company', id: change.company.id };
    case 'undo':
      return undefined;
    default:
      return change.target;
  }
}

export const sameRef = (a: RecordRef | undefined, b: RecordRef | undefined) =>
  !!a && !!b && a.kind === b.kind && a.id === b.id;

/** `deal:cj-enm-tbs` ⇄ { kind: 'deal', id: 'cj-enm-tbs' }: how autocomplete hands a record back. */
export const encodeRef = (ref: RecordRef) => `${ref.kind}:${ref.id}`;

export function decodeRef(text: string): RecordRef | undefined {
  const match = /^(deal|title|company):(.+)$/.exec(text.trim());
  return match ? { kind: match[1] as RecordKind, id: match[2]! } : undefined;
}

/**
 * The ids of changes an effective undo reverts. Read newest first: an undo that was itself undone reverts nothing,
 * so undoing an undo brings the original change back.
 */
export function undoneChangeIds(log: CurationLog): Set<string> {
  const undone = new Set<string>();
  for (let i = log.length - 1; i >= 0; i--) {
    const change = log[i]!;
    if (change.action === 'undo' && !undone.has(change.id)) undone.add(change.changeId);
  }
  return undone;
}
