import type { AutocompleteInteraction } from 'discord.js';
import type { Deps } from '../../src/discord/command.js';
import { fitChoices } from '../../src/discord/limits.js';
import { changeChoiceName } from '../../src/discord/render/curate-history.js';
import { recordLabel } from '../../src/discord/render/curate-words.js';
import type { RecordKind } from '../../src/domain/curation.js';
import { toLocale } from '../../src/i18n/index.js';
import { suggestChanges } from '../../src/services/curation-history.js';
import { suggestNameList, suggestRecords } from '../../src/services/curation-targets.js';

/** Which records each subcommand's `target` may be. */
const TARGET_KINDS: Record<string, RecordKind[]> = {
  alias: ['title', 'company'],
  fix: ['deal', 'title', 'company'],
  retire: ['deal'],
  history: ['deal', 'title', 'company'],
};

/** Suggestions for whichever /curate option is being typed (editors only; others get none). */
export function suggestCurate(interaction: AutocompleteInteraction, deps: Deps): { name: string; value: string }[] {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  const locale = toLocale(interaction.locale);
  switch (focused.name) {
    case 'companies':
    case 'titles':
      return fitChoices(
        suggestNameList(deps.store, typed, focused.name === 'companies' ? 'company' : 'title').map((choice) => ({
          name: choice.list,
          value: choice.list,
        })),
      );
    case 'target': {
      const kinds = TARGET_KINDS[interaction.options.getSubcommand(false) ?? ''] ?? [];
      return fitChoices(
        suggestRecords(deps.store, typed, kinds).map((choice) => ({
          name: recordLabel(choice.record, locale),
          value: choice.value,
        })),
      );
    }
    case 'change':
      return fitChoices(
        suggestChanges(deps.store, typed).map((entry) => ({
          name: changeChoiceName(entry, locale),
          value: `#${entry.change.seq}`,
        })),
      );
    default:
      return [];
  }
}
