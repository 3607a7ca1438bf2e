import { SlashCommandBuilder } from '@discordjs/builders';
import { MAX_NAME, MAX_REASON, MAX_SYNOPSIS, MAX_URL } from '../../src/domain/curation-problems.js';
import { DEAL_KINDS, DEAL_STATUSES } from '../../src/domain/types.js';
import { localizedChoice } from '../../src/i18n/index.js';
import { localizeCommand } from '../../src/i18n/localize-command.js';
import { FIX_CHOICES } from '../../src/services/curation-fields.js';

/**
 * /curate and its subcommands; every answer is private to the editor. Descriptions and the Korean and Japanese
 * names come from the catalogs (commands.curate). Lengths are generous on purpose: the services check each
 * value and say what is wrong, where Discord would only refuse the whole command.
 */
export const curateCommand = localizeCommand(
  new SlashCommandBuilder()
    .setName('curate')
    .addSubcommand((s) =>
      s
        .setName('deal')
        .addStringOption((o) => o.setName('companies').setRequired(true).setMaxLength(300).setAutocomplete(true))
        .addStringOption((o) =>
          o
            .setName('kind')
            .setRequired(true)
            .addChoices(DEAL_KINDS.map((kind) => localizedChoice(`dealKinds.${kind}`, kind))),
        )
        .addStringOption((o) => o.setName('date').setRequired(true).setMaxLength(40))
        .addStringOption((o) =>
          o
            .setName('status')
            .setRequired(true)
            .addChoices(DEAL_STATUSES.map((status) => localizedChoice(`dealStatuses.${status}`, status))),
        )
        .addStringOption((o) => o.setName('summary').setRequired(true).setMaxLength(1000))
        .addStringOption((o) => o.setName('source').setRequired(true).setMaxLength(MAX_URL))
        .addStringOption((o) => o.setName('titles').setMaxLength(300).setAutocomplete(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('alias')
        .addStringOption((o) => o.setName('target').setRequired(true).setMaxLength(200).setAutocomplete(true))
        .addStringOption((o) =>
          o
            .setName('alias')
            .setRequired(true)
            .setMaxLength(MAX_NAME * 2),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('fix')
        .addStringOption((o) => o.setName('target').setRequired(true).setMaxLength(200).setAutocomplete(true))
        .addStringOption((o) =>
          o
            .setName('field')
            .setRequired(true)
            .addChoices(FIX_CHOICES.map((field) => localizedChoice(`curate.fields.${field}`, field))),
        )
        .addStringOption((o) =>
          o
            .setName('value')
            .setRequired(true)
            .setMaxLength(MAX_SYNOPSIS * 2),
        )
        .addStringOption((o) => o.setName('source').setRequired(true).setMaxLength(MAX_URL)),
    )
    .addSubcommand((s) =>
      s
        .setName('retire')
        .addStringOption((o) => o.setName('target').setRequired(true).setMaxLength(200).setAutocomplete(true))
        .addStringOption((o) =>
          o
            .setName('reason')
            .setRequired(true)
            .setMaxLength(MAX_REASON * 2),
        ),
    )
    .addSubcommand((s) =>
      s.setName('history').addStringOption((o) => o.setName('target').setMaxLength(200).setAutocomplete(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('undo')
        .addStringOption((o) => o.setName('change').setRequired(true).setMaxLength(100).setAutocomplete(true)),
    ),
  'curate',
);
