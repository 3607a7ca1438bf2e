import type { RecordKind } from '../../domain/curation.js';
import type { CurateOption, CurationProblem } from '../../domain/curation-problems.js';
import type { EditorPolicy } from '../../domain/editors.js';
import { UserError } from '../../domain/user-error.js';
import { commandRef, list, ref, type MessageArg, type MessageKey } from '../../i18n/index.js';
import { FIX_CHOICES } from '../../services/curation-fields.js';
import { truncate } from '../limits.js';
import { choiceLabelKey } from './curate-words.js';
import { safe } from './format.js';

// Problems become nested messages, rendered in the asker's language when the router (or a renderer) shows them.

/** Each /curate option as the editor's client names it (an option of one name is named alike in every subcommand). */
const OPTION_NAMES: Record<CurateOption, MessageKey> = {
  companies: 'commands.curate.options.deal.options.companies.name',
  kind: 'commands.curate.options.deal.options.kind.name',
  date: 'commands.curate.options.deal.options.date.name',
  status: 'commands.curate.options.deal.options.status.name',
  summary: 'commands.curate.options.deal.options.summary.name',
  source: 'commands.curate.options.deal.options.source.name',
  titles: 'commands.curate.options.deal.options.titles.name',
  target: 'commands.curate.options.alias.options.target.name',
  alias: 'commands.curate.options.alias.options.alias.name',
  field: 'commands.curate.options.fix.options.field.name',
  value: 'commands.curate.options.fix.options.value.name',
  reason: 'commands.curate.options.retire.options.reason.name',
  change: 'commands.curate.options.undo.options.change.name',
};

const option = (name: CurateOption) => ref(OPTION_NAMES[name]);
const quote = (text: string, max = 60) => ref('common.quoted', { text: safe(truncate(text, max)) });
const didYouMean = (names: readonly string[]): MessageArg =>
  names.length ? ref('curate.didYouMean', { names: list(names.slice(0, 3).map((name) => `**${safe(name)}**`)) }) : '';

/** A value to pick, in code as it must be typed, with its name in the reader's language when it has one. */
function choiceArg(value: string): MessageArg {
  const label = choiceLabelKey(value);
  return label ? ref('curate.choice', { value, label: ref(label) }) : `\`${value.replace(/`/g, '')}\``;
}

const fieldArg = (field: string): MessageArg =>
  (FIX_CHOICES as readonly string[]).includes(field)
    ? ref(`curate.fields.${field as (typeof FIX_CHOICES)[number]}`)
    : quote(field, 40);

/** What a target may be, as one phrase: "deal", "title or company", "title, company or deal". */
function targetsArg(kinds: readonly RecordKind[]): MessageArg {
  if (kinds.length === 1 && kinds[0] === 'deal') return ref('curate.targets.deal');
  return ref(kinds.includes('deal') ? 'curate.targets.any' : 'curate.targets.titleOrCompany');
}

/** One problem, as a sentence that says what to type instead. */
export function problemArg(problem: CurationProblem): MessageArg {
  switch (problem.code) {
    case 'empty':
      return ref('curate.problems.empty', { option: option(problem.option) });
    case 'too-long':
      return ref('curate.problems.tooLong', {
        option: option(problem.option),
        length: problem.length,
        max: problem.max,
      });
    case 'date-invalid':
      return ref('curate.problems.dateInvalid', { option: option(problem.option), value: quote(problem.value) });
    case 'source-invalid':
      return ref('curate.problems.sourceInvalid', { option: option('source'), value: quote(problem.value) });
    case 'choice-unknown':
      return ref('curate.problems.choiceUnknown', {
        option: option(problem.option),
        value: quote(problem.value),
        choices: list(problem.choices.map(choiceArg)),
      });
    case 'companies-too-few':
      return ref('curate.problems.companiesTooFew', { option: option('companies') });
    case 'companies-too-many':
      return ref('curate.problems.companiesTooMany', {
        option: option('companies'),
        parties: problem.count,
        max: problem.max,
      });
    case 'company-repeated':
      return ref('curate.problems.companyRepeated', { option: option('companies'), name: quote(problem.name) });
    case 'title-unknown':
      return ref('curate.problems.titleUnknown', {
        option: option('titles'),
        name: quote(problem.name),
        suggestions: didYouMean(problem.suggestions),
      });
    case 'target-unknown':
      return ref('curate.problems.targetUnknown', {
        option: option('target'),
        kinds: targetsArg(problem.kinds),
        query: quote(problem.query),
        suggestions: didYouMean(problem.suggestions),
      });
    case 'field-not-applicable':
      return ref('curate.problems.fieldNotApplicable', {
        option: option('field'),
        kind: ref(`curate.kinds.${problem.kind}`),
        field: fieldArg(problem.field),
        fields: list(problem.fields.map(fieldArg)),
      });
    case 'country-invalid':
      return ref('curate.problems.countryInvalid', { option: option('value'), value: quote(problem.value) });
    case 'tmdb-invalid':
      return ref('curate.problems.tmdbInvalid', { option: option('value'), value: quote(problem.value) });
    case 'value-unchanged':
      return ref('curate.problems.valueUnchanged', { option: option('value') });
    case 'alias-exists':
      return ref('curate.problems.aliasExists', { option: option('alias'), alias: quote(problem.alias) });
    case 'unsearchable':
      return ref('curate.problems.unsearchable', { option: option(problem.option), value: quote(problem.value) });
    case 'change-unknown':
      return ref('curate.problems.changeUnknown', {
        option: option('change'),
        query: quote(problem.query),
        history: commandRef('curate', 'history'),
      });
    case 'already-undone':
      return ref('curate.problems.alreadyUndone', { seq: problem.seq, by: problem.by });
    case 'changed-since':
      return ref('curate.problems.changedSince', { seq: problem.seq, later: problem.later });
    case 'company-in-use':
      return ref('curate.problems.companyInUse', { seq: problem.seq, count: problem.deals });
  }
}

/** Every problem at once, and that nothing was saved: what a refused edit answers. */
export const refusedArgs = (problems: readonly CurationProblem[]) => ({
  problems: list(problems.map(problemArg), '\n• '),
});

/** A refused edit, for the router to answer privately in the editor's language. */
export const refusedError = (problems: readonly CurationProblem[]) =>
  new UserError('curate.refused', refusedArgs(problems));

/** Who can edit, for someone who cannot; mentions render as names and, with mentions off, ping nobody. */
export function notEditorError(policy: EditorPolicy): UserError {
  const editors: MessageArg[] = [
    policy.ownerName ? ref('curate.owner', { name: safe(policy.ownerName) }) : ref('curate.ownerOrTeam'),
    ...policy.userIds.map((id) => `<@${id}>`),
    ...policy.roleIds.map((id) => ref('curate.roleMembers', { role: `<@&${id}>` })),
  ];
  return new UserError('curate.notEditor', { editors: list(editors) });
}

/** A /curate subcommand this version does not know (registered by a newer or older version). */
export const unknownPartError = () => new UserError('curate.unknownPart', { command: commandRef('curate') });
