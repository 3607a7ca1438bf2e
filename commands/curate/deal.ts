import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { Deps } from '../../src/discord/command.js';
import { readDraftButton, renderDealStep } from '../../src/discord/render/curate.js';
import { answer, answerPrivately, toPayload } from '../../src/discord/reply.js';
import type { Editor } from '../../src/domain/curation.js';
import { toLocale } from '../../src/i18n/index.js';
import { continueDeal, proposeDeal } from '../../src/services/curate-deal.js';

/** /curate deal: checks everything, then shows the deal as /deals will, with buttons for the editor alone. */
export async function addDeal(interaction: ChatInputCommandInteraction, editor: Editor, deps: Deps): Promise<void> {
  const option = (name: string) => interaction.options.getString(name) ?? '';
  const step = proposeDeal(
    deps.store,
    {
      companies: option('companies'),
      kind: option('kind'),
      date: option('date'),
      status: option('status'),
      summary: option('summary'),
      source: option('source'),
      titles: option('titles'),
    },
    editor,
    deps.clock(),
  );
  await answer(interaction, renderDealStep(step, toLocale(interaction.locale)));
}

/** Create / Save / Update / Add as new / Cancel on a preview. The preview message becomes the next step. */
export async function pressDealButton(interaction: ButtonInteraction, editor: Editor, deps: Deps): Promise<void> {
  const pressed = readDraftButton(interaction.customId);
  const step = pressed
    ? await (async () => {
        // Saving rebuilds the catalog's index: acknowledge first so Discord's 3 seconds never run out.
        await interaction.deferUpdate();
        return continueDeal(deps.store, pressed.draftId, pressed.choice, editor, deps.clock());
      })()
    : ({ step: 'expired' } as const);
  const view = renderDealStep(step, toLocale(interaction.locale));
  if (step.step === 'not-yours') return answerPrivately(interaction, view.content ?? '');
  const payload = toPayload(view);
  if (interaction.deferred) await interaction.editReply(payload);
  else await interaction.update(payload);
}
