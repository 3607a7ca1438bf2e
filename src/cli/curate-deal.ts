import { renderDealStep } from '../discord/render/curate.js';
import type { MessageView } from '../discord/reply.js';
import type { Editor } from '../domain/curation.js';
import { continueDeal, proposeDeal, type DealStep } from '../services/curate-deal.js';
import type { Store } from '../services/deps.js';
import type { CurateArgs } from './curate.js';

/**
 * `npm run curate -- deal`: the same steps as /curate deal, with flags for the buttons. Unknown companies need
 * --create; a near-identical deal needs --update or --as-new; otherwise the deal is saved as previewed.
 */
export async function addDealFromTerminal(
  store: Store,
  args: CurateArgs,
  editor: Editor,
  now: Date,
  print: (view: MessageView, code: number) => number,
): Promise<number> {
  const text = (name: keyof CurateArgs) => String(args[name] ?? '');
  let step: DealStep = proposeDeal(
    store,
    {
      companies: text('companies'),
      kind: text('kind'),
      date: text('date'),
      status: text('status'),
      summary: text('summary'),
      source: text('source'),
      titles: text('titles'),
    },
    editor,
    now,
  );
  const show = (code: number, hint = '') => {
    const view = renderDealStep(step, 'en', { buttons: false });
    return print({ ...view, content: [view.content, hint].filter(Boolean).join('\n') }, code);
  };
  if (step.step === 'confirm-companies') {
    if (!args.create) return show(1, 'Nothing was saved. Run again with --create to create them.');
    step = await continueDeal(store, step.draft.id, 'create', editor, now);
  }
  if (step.step === 'update-offer') {
    if (!args.update && !args['as-new'])
      return show(1, 'Nothing was saved. Run again with --update to update it, or --as-new to add a separate deal.');
    step = await continueDeal(store, step.draft.id, args.update ? 'update' : 'new', editor, now);
  }
  if (step.step === 'preview') step = await continueDeal(store, step.draft.id, 'save', editor, now);
  return show(step.step === 'saved' ? 0 : 1);
}
