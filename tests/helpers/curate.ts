import type { InteractionOutcome } from '../support/emulator/index.js';
import { embedsOf, type Withk } from './start-withk.js';

export type Button = { custom_id: string; label: string; disabled?: boolean };

/** Everything an answer says: the reply or the edited deferred reply, content and embeds. */
export function answerText(outcome: Pick<InteractionOutcome, 'callback' | 'original' | 'followUps'>): string {
  const parts = [outcome.callback?.data?.content ?? '', outcome.original?.content ?? ''];
  for (const embed of embedsOf(outcome)) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  for (const followUp of outcome.followUps) parts.push(followUp.content ?? '');
  return parts.join('\n');
}

/** The buttons of the latest version of an answer. */
export function buttonsOf(outcome: Pick<InteractionOutcome, 'callback' | 'original'>): Button[] {
  const rows = (outcome.original?.components ?? outcome.callback?.data?.components ?? []) as { components: Button[] }[];
  return rows.flatMap((row) => row.components);
}

/** Sends `/curate <sub>` with string options. */
export function curate(
  withk: Withk,
  subcommand: string,
  options: Record<string, string>,
  as: { userId?: string; roles?: string[] } = {},
) {
  return withk.emulator.command({
    name: 'curate',
    subcommand,
    options: Object.entries(options).map(([name, value]) => ({ name, type: 3, value })),
    ...as,
  });
}

/** Presses the button labelled `label` on an answer. */
export async function press(
  withk: Withk,
  outcome: Pick<InteractionOutcome, 'callback' | 'original'>,
  label: string,
  as: { userId?: string; roles?: string[] } = {},
) {
  const button = buttonsOf(outcome).find((b) => b.label === label);
  if (!button)
    throw new Error(
      `No “${label}” button among: ${buttonsOf(outcome)
        .map((b) => b.label)
        .join(', ')}`,
    );
  return withk.emulator.button({ customId: button.custom_id, ...as });
}

/** `/deals company:<name>` as everyone sees it. */
export async function dealsText(withk: Withk, company: string): Promise<string> {
  return answerText(
    await withk.emulator.command({ name: 'deals', options: [{ name: 'company', type: 3, value: company }] }),
  );
}

/** Every page of `/deals company:<name>`, turned with its Next button. */
export async function allDealsText(withk: Withk, company: string): Promise<string> {
  let outcome: Pick<InteractionOutcome, 'callback' | 'original'> = await withk.emulator.command({
    name: 'deals',
    options: [{ name: 'company', type: 3, value: company }],
  });
  const pages = [answerText({ ...outcome, followUps: [] })];
  for (let guard = 0; guard < 20; guard++) {
    const next = buttonsOf(outcome).find((b) => b.label.startsWith('Next') && !b.disabled);
    if (!next) break;
    const clicked = await withk.emulator.button({ customId: next.custom_id });
    outcome = { callback: clicked.callback, original: clicked.callback?.data };
    pages.push(answerText({ ...outcome, followUps: [] }));
  }
  return pages.join('\n');
}
