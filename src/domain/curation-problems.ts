import type { RecordKind } from './curation.js';

/** The longest deal summary an editor may write (a /deals field shows it whole). */
export const MAX_SUMMARY = 300;
/** Longest alias, name, reason and synopsis an editor may type. */
export const MAX_NAME = 100;
export const MAX_REASON = 300;
export const MAX_SYNOPSIS = 1000;
export const MAX_URL = 500;
/** Parties a deal may name at once. */
export const MAX_PARTIES = 8;

/** The option a problem is about, so the answer can name it. */
export type CurateOption =
  | 'companies'
  | 'kind'
  | 'date'
  | 'status'
  | 'summary'
  | 'source'
  | 'titles'
  | 'target'
  | 'alias'
  | 'field'
  | 'value'
  | 'reason'
  | 'change';

/**
 * Why an edit was refused, as data: renderers turn each into a sentence in the reader's language, and nothing is
 * saved when there is one.
 */
export type CurationProblem =
  | { code: 'empty'; option: CurateOption }
  | { code: 'too-long'; option: CurateOption; length: number; max: number }
  | { code: 'date-invalid'; option: CurateOption; value: string }
  | { code: 'source-invalid'; value: string }
  | { code: 'choice-unknown'; option: CurateOption; value: string; choices: readonly string[] }
  | { code: 'companies-too-few'; count: number }
  | { code: 'companies-too-many'; count: number; max: number }
  | { code: 'company-repeated'; name: string }
  | { code: 'title-unknown'; name: string; suggestions: string[] }
  | { code: 'target-unknown'; query: string; suggestions: string[]; kinds: readonly RecordKind[] }
  | { code: 'field-not-applicable'; kind: RecordKind; field: string; fields: readonly string[] }
  | { code: 'country-invalid'; value: string }
  | { code: 'tmdb-invalid'; value: string }
  | { code: 'value-unchanged' }
  | { code: 'alias-exists'; alias: string }
  | { code: 'unsearchable'; option: CurateOption; value: string }
  | { code: 'change-unknown'; query: string }
  | { code: 'already-undone'; seq: number; by: number }
  | { code: 'changed-since'; seq: number; later: number }
  | { code: 'company-in-use'; seq: number; deals: number };

/** A parsed value, or the problems that stop it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: CurationProblem[] };

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
export const refuse = <T = never>(...problems: CurationProblem[]): Checked<T> => ({ ok: false, problems });
