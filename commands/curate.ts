import { MessageFlags, type Interaction } from 'discord.js';
import type { Command, Deps } from '../src/discord/command.js';
import { editorOf } from '../src/discord/editors.js';
import { notEditorError, unknownPartError } from '../src/discord/render/curate-problems.js';
import type { Editor } from '../src/domain/curation.js';
import { suggestCurate } from './curate/autocomplete.js';
import { curateCommand } from './curate/definition.js';
import { addDeal, pressDealButton } from './curate/deal.js';
import { alias, fix, history, retire, turnHistoryPage, undo } from './curate/edits.js';

const SUBCOMMANDS = { deal: addDeal, alias, fix, retire, history, undo } as const;

/** /curate: editors change withk's data from Discord; everyone else is told who can. All answers are private. */
export default {
  data: curateCommand,

  isPrivate: () => true,

  async execute(interaction, deps) {
    if (!interaction.deferred) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const editor = await requireEditor(interaction, deps);
    const run = SUBCOMMANDS[interaction.options.getSubcommand() as keyof typeof SUBCOMMANDS];
    if (!run) throw unknownPartError();
    return run(interaction, editor, deps);
  },

  async autocomplete(interaction, deps) {
    const who = await editorOf(interaction, deps);
    await interaction.respond('editor' in who ? suggestCurate(interaction, deps) : []);
  },

  async button(interaction, deps) {
    const editor = await requireEditor(interaction, deps);
    if (interaction.customId.startsWith('curate:d:')) return pressDealButton(interaction, editor, deps);
    return turnHistoryPage(interaction, deps);
  },
} satisfies Command;

/** The editor asking, or a private refusal naming who can edit; nothing changes for a refused person. */
async function requireEditor(interaction: Interaction, deps: Deps): Promise<Editor> {
  const who = await editorOf(interaction, deps);
  if ('refused' in who) throw notEditorError(who.refused);
  return who.editor;
}
