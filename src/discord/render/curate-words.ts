import type { FieldValue } from '../../domain/curation.js';
import type { CurationProblem } from '../../domain/curation-problems.js';
import type { EditorPolicy } from '../../domain/editors.js';
import type { DealKind, SourceRef } from '../../domain/types.js';
import type { DealRecord, RecordView } from '../../services/curation-common.js';
import { truncate } from '../limits.js';
import { DEAL_KIND_LABELS } from './deals.js';
import { formatDate, formatSource, safe } from './format.js';

// Every sentence /curate says lives in this file and curate.ts, behind a `locale` parameter, so that moving them
// into the message catalogs (issue 12) changes no caller. Only English exists so far.
export type Locale = string;

const quote = (text: string, max = 60) => `“${safe(truncate(text, max))}”`;
const DATE_FORMATS = '`2025-05`, `2025-05-14` or `May 2025`';

/** One problem, as a sentence that says what to type instead. */
export function problemText(problem: CurationProblem, _locale: Locale): string {
  switch (problem.code) {
    case 'empty':
      return `**${problem.option}** is empty: write something there.`;
    case 'too-long':
      return `**${problem.option}** is ${problem.length} characters long; at most ${problem.max} fit.`;
    case 'date-invalid':
      return `**${problem.option}**: ${quote(problem.value)} is not a date I can read. Write ${DATE_FORMATS}.`;
    case 'source-invalid':
      return `**source** must be the web address where you read it, starting with https:// (got ${quote(problem.value)}).`;
    case 'choice-unknown':
      return `**${problem.option}**: ${quote(problem.value)} is not one of: ${problem.choices.join(', ')}.`;
    case 'companies-too-few':
      return '**companies**: a partnership needs at least two companies, separated by commas (e.g. `CJ ENM, TBS`).';
    case 'companies-too-many':
      return `**companies**: ${problem.count} companies is too many for one deal; at most ${problem.max}.`;
    case 'company-repeated':
      return `**companies**: ${quote(problem.name)} is named twice (or under two of its names).`;
    case 'title-unknown':
      return `**titles**: no title matches ${quote(problem.name)}.${didYouMean(problem.suggestions)}`;
    case 'target-unknown':
      return `**target**: no ${problem.kinds.join(' or ')} matches ${quote(problem.query)}.${didYouMean(problem.suggestions)} Pick one from the list as you type.`;
    case 'field-not-applicable':
      return `**field**: a ${problem.kind} has no ${quote(problem.field)} to fix. For a ${problem.kind}, pick one of: ${problem.fields.join(', ')}.`;
    case 'country-invalid':
      return `**value**: ${quote(problem.value)} is not a two-letter country code such as KR, JP or US.`;
    case 'value-unchanged':
      return '**value** is what is already recorded: nothing to change.';
    case 'alias-exists':
      return `**alias**: ${quote(problem.alias)} is already one of its names.`;
    case 'unsearchable':
      return `**${problem.option}**: ${quote(problem.value)} has no letters or digits, so nobody could search for it.`;
    case 'change-unknown':
      return `**change**: there is no change ${quote(problem.query)}. Pick one from the list, or see \`/curate history\`.`;
    case 'already-undone':
      return `Change #${problem.seq} is already undone (by #${problem.by}). To bring it back, undo #${problem.by}.`;
    case 'changed-since':
      return `Change #${problem.seq} cannot be undone alone: #${problem.later} changed the same field since. Undo #${problem.later} first.`;
    case 'company-in-use':
      return `Change #${problem.seq} added a company that ${problem.deals} deal${problem.deals === 1 ? ' still names' : 's still name'}. Retire or undo ${problem.deals === 1 ? 'it' : 'them'} first.`;
  }
}

const didYouMean = (names: readonly string[]) =>
  names.length
    ? ` Did you mean: ${names
        .slice(0, 3)
        .map((name) => `**${safe(name)}**`)
        .join(', ')}?`
    : '';

/** Every problem at once, and that nothing was saved. */
export function problemsMessage(problems: readonly CurationProblem[], locale: Locale): string {
  return ['Nothing was saved:', ...problems.map((problem) => `• ${problemText(problem, locale)}`)].join('\n');
}

/** Who can edit, for someone who cannot; mentions render as names and, with mentions off, ping nobody. */
export function notEditorMessage(policy: EditorPolicy, _locale: Locale): string {
  const who = [
    policy.ownerName ? `the bot's owner (**${safe(policy.ownerName)}**)` : "the bot's owner or team",
    ...policy.userIds.map((id) => `<@${id}>`),
    ...policy.roleIds.map((id) => `members with <@&${id}>`),
  ];
  return `Only withk's editors can change its data: ${who.join(', ')}. Nothing was changed. Ask one of them, or the bot's operator to add you (WITHK_EDITOR_USER_IDS / WITHK_EDITOR_ROLE_IDS).`;
}

/** A /curate subcommand this version does not know (registered by a newer or older version). */
export const unknownPartMessage = (_locale: Locale) => 'That part of /curate is not in this version of withk.';

/** "CJ ENM × TBS · Co-production · Mar 2025". */
export function dealLabel({ deal, parties }: DealRecord, _locale: Locale): string {
  const names = parties.length ? parties.map((party) => party.name).join(' × ') : deal.partyIds.join(' × ');
  return `${names} · ${DEAL_KIND_LABELS[deal.kind]} · ${formatDate(deal.date)}`;
}

/** A record's name for people: a deal's label, a title's or company's name (with what it is). */
export function recordLabel(record: RecordView | undefined, locale: Locale): string {
  if (!record) return 'a record';
  if ('missing' in record) return `${record.kind} ${record.id}`;
  if (record.kind === 'deal') return `${dealLabel(record, locale)}${record.retired ? ' (retired)' : ''}`;
  return record.kind === 'title' ? `${record.title.name} (title)` : `${record.company.name} (company)`;
}

/** A stored field value as people read it. */
export function fieldValueText(field: string, value: FieldValue, _locale: Locale): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'object') return sourceText(value as SourceRef, _locale);
  if (field === 'date' || field === 'releaseDate') return formatDate(value);
  if (field === 'kind' && value in DEAL_KIND_LABELS) return DEAL_KIND_LABELS[value as DealKind];
  return truncate(value, 80);
}

/**
 * A source as people read it, linked to the article when it has an address (two articles of one site on one day
 * still differ). Markdown-safe: the label is escaped, and the brackets a link could break on are percent-encoded.
 */
export function sourceText(source: SourceRef, _locale: Locale): string {
  const label = safe(formatSource(source));
  return source.url ? `[${label}](${source.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : label;
}

/** Field names as editors know them. */
export const FIELD_WORDS: Record<string, string> = {
  date: 'date',
  releaseDate: 'release date',
  status: 'status',
  kind: 'kind',
  summary: 'summary',
  synopsis: 'synopsis',
  titleIds: 'titles',
  source: 'source',
  name: 'name',
  country: 'country',
  originCountries: 'countries',
};
