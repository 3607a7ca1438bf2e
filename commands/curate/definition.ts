import { SlashCommandBuilder } from '@discordjs/builders';
import { MAX_NAME, MAX_REASON, MAX_SUMMARY, MAX_SYNOPSIS, MAX_URL } from '../../src/domain/curation-problems.js';
import { DEAL_KINDS, DEAL_STATUSES } from '../../src/domain/types.js';
import { DEAL_KIND_LABELS } from '../../src/discord/render/deals.js';
import { FIX_CHOICES } from '../../src/services/curation-fields.js';

const SOURCE = 'The web address where you read it (https://…)';

/** /curate and its subcommands; every answer is private to the editor. */
export const curateCommand = new SlashCommandBuilder()
  .setName('curate')
  .setDescription('Editors: add and correct partnerships, titles and names, with sources and history')
  .addSubcommand((s) =>
    s
      .setName('deal')
      .setDescription('Add a partnership between two or more companies')
      .addStringOption((o) =>
        o
          .setName('companies')
          .setDescription('Two or more companies, separated by commas, e.g. CJ ENM, TBS')
          .setRequired(true)
          .setMaxLength(300)
          .setAutocomplete(true),
      )
      .addStringOption((o) =>
        o
          .setName('kind')
          .setDescription('What kind of deal')
          .setRequired(true)
          .addChoices(DEAL_KINDS.map((kind) => ({ name: DEAL_KIND_LABELS[kind], value: kind }))),
      )
      .addStringOption((o) =>
        o.setName('date').setDescription('2025-05, 2025-05-14 or May 2025').setRequired(true).setMaxLength(40),
      )
      .addStringOption((o) =>
        o
          .setName('status')
          .setDescription('Where it stands')
          .setRequired(true)
          .addChoices(DEAL_STATUSES.map((status) => ({ name: status, value: status }))),
      )
      .addStringOption((o) =>
        o
          .setName('summary')
          .setDescription(`One or two sentences, at most ${MAX_SUMMARY} characters`)
          .setRequired(true)
          .setMaxLength(1000),
      )
      .addStringOption((o) => o.setName('source').setDescription(SOURCE).setRequired(true).setMaxLength(MAX_URL))
      .addStringOption((o) =>
        o
          .setName('titles')
          .setDescription('Titles it is about, separated by commas')
          .setMaxLength(300)
          .setAutocomplete(true),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('alias')
      .setDescription('Add a name under which a title or company is found')
      .addStringOption((o) =>
        o
          .setName('target')
          .setDescription('The title or company')
          .setRequired(true)
          .setMaxLength(200)
          .setAutocomplete(true),
      )
      .addStringOption((o) =>
        o
          .setName('alias')
          .setDescription('Another language, a romanization, a former name')
          .setRequired(true)
          .setMaxLength(MAX_NAME * 2),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('fix')
      .setDescription('Correct one field of a title, company or deal (the old value stays in the history)')
      .addStringOption((o) =>
        o
          .setName('target')
          .setDescription('The title, company or deal')
          .setRequired(true)
          .setMaxLength(200)
          .setAutocomplete(true),
      )
      .addStringOption((o) =>
        o
          .setName('field')
          .setDescription('What to correct')
          .setRequired(true)
          .addChoices(FIX_CHOICES.map((field) => ({ name: field, value: field }))),
      )
      .addStringOption((o) =>
        o
          .setName('value')
          .setDescription('The correct value')
          .setRequired(true)
          .setMaxLength(MAX_SYNOPSIS * 2),
      )
      .addStringOption((o) => o.setName('source').setDescription(SOURCE).setRequired(true).setMaxLength(MAX_URL)),
  )
  .addSubcommand((s) =>
    s
      .setName('retire')
      .setDescription('Withdraw a deal that proved false (it stays in the history)')
      .addStringOption((o) =>
        o.setName('target').setDescription('The deal').setRequired(true).setMaxLength(200).setAutocomplete(true),
      )
      .addStringOption((o) =>
        o
          .setName('reason')
          .setDescription('Why it is withdrawn')
          .setRequired(true)
          .setMaxLength(MAX_REASON * 2),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('history')
      .setDescription('The latest changes: who, when, what, source')
      .addStringOption((o) =>
        o.setName('target').setDescription('Only this title, company or deal').setMaxLength(200).setAutocomplete(true),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('undo')
      .setDescription('Revert one change (the undo is recorded as a change too)')
      .addStringOption((o) =>
        o
          .setName('change')
          .setDescription('The change, e.g. #12')
          .setRequired(true)
          .setMaxLength(100)
          .setAutocomplete(true),
      ),
  );
