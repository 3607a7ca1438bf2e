import { describe, expect, it } from 'vitest';
import { curateCommand } from '../../commands/curate/definition.js';
import { refusedArgs, problemArg } from '../../src/discord/render/curate-problems.js';
import { MAX_SUMMARY, type CurateOption, type CurationProblem } from '../../src/domain/curation-problems.js';
import { CATALOGS, LOCALES, t } from '../../src/i18n/index.js';

interface Option {
  name: string;
  name_localizations?: Record<string, string>;
  options?: Option[];
}

const OPTIONS: CurateOption[] = [
  'companies',
  'kind',
  'date',
  'status',
  'summary',
  'source',
  'titles',
  'target',
  'alias',
  'field',
  'value',
  'reason',
  'change',
];

/** One problem of every kind, with the values an editor might have typed. */
const EVERY_PROBLEM: CurationProblem[] = [
  { code: 'empty', option: 'summary' },
  { code: 'too-long', option: 'summary', length: 301, max: 300 },
  { code: 'date-invalid', option: 'date', value: 'soon' },
  { code: 'source-invalid', value: 'nope' },
  { code: 'choice-unknown', option: 'kind', value: 'merger', choices: ['co-production', 'odd`one'] },
  { code: 'companies-too-few', count: 1 },
  { code: 'companies-too-many', count: 9, max: 8 },
  { code: 'company-repeated', name: 'TBS' },
  { code: 'title-unknown', name: 'Infnite', suggestions: ['Infinite Loop'] },
  { code: 'target-unknown', query: 'xx', suggestions: [], kinds: ['deal'] },
  { code: 'field-not-applicable', kind: 'company', field: 'status', fields: ['kind', 'name', 'country'] },
  { code: 'country-invalid', value: 'Korea' },
  { code: 'value-unchanged' },
  { code: 'alias-exists', alias: 'WB' },
  { code: 'unsearchable', option: 'alias', value: '!!!' },
  { code: 'change-unknown', query: '#99' },
  { code: 'already-undone', seq: 3, by: 5 },
  { code: 'changed-since', seq: 3, later: 6 },
  { code: 'company-in-use', seq: 3, deals: 1 },
];

describe('/curate in the catalogs', () => {
  it.each(LOCALES)('names each option a problem is about as the %s client shows that option', (locale) => {
    const subcommands = (curateCommand.toJSON() as unknown as Option).options!;
    for (const option of OPTIONS) {
      const shown = t(locale, 'curate.refused', refusedArgs([{ code: 'empty', option }])).match(/\*\*(.+?)\*\*/)![1];
      const names = subcommands
        .flatMap((sub) => sub.options ?? [])
        .filter((o) => o.name === option)
        .map((o) => (locale === 'en' ? o.name : o.name_localizations?.[locale]));
      expect(names.length, option).toBeGreaterThan(0);
      // An option of one name is named alike in every subcommand, so the problem names it unambiguously.
      expect(new Set(names), option).toEqual(new Set([shown]));
    }
  });

  it.each(LOCALES)('words every problem in %s with nothing left to fill in, one line each', (locale) => {
    const text = t(locale, 'curate.refused', refusedArgs(EVERY_PROBLEM));
    expect(text.split('\n')).toHaveLength(EVERY_PROBLEM.length + 1);
    expect(text).not.toMatch(/{{|}}|undefined|\[object/);
    for (const problem of EVERY_PROBLEM)
      expect(t(locale, 'common.quoted', { text: problemArg(problem) }).length).toBeGreaterThan(4);
  });

  it('keeps a typed value inert in code where a choice is listed', () => {
    const text = t('en', 'curate.refused', refusedArgs([EVERY_PROBLEM[4]!]));
    expect(text).toContain('`co-production` (Co-production), `oddone`');
  });

  it.each(LOCALES)('tells %s editors the summary limit the services enforce', (locale) => {
    expect(CATALOGS[locale].commands.curate.options.deal.options.summary.description).toContain(String(MAX_SUMMARY));
  });
});
