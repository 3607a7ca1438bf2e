import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { CurationChange } from '../../domain/curation.js';
import type { Company } from '../../domain/types.js';
import type { DealChoice, DealStep } from '../../services/curate-deal.js';
import type { DealRecord, RecordView } from '../../services/curation-common.js';
import type { MessageView } from '../reply.js';
import { dealLabel, problemsMessage, recordLabel, type Locale } from './curate-words.js';
import { renderDealField } from './deals.js';
import { BRAND_COLOR, safe } from './format.js';

/** Custom ids of preview buttons: `curate:d:<draft>:<choice>`. */
export const draftButtonId = (draftId: string, choice: DealChoice) => `curate:d:${draftId}:${choice}`;

export function readDraftButton(customId: string): { draftId: string; choice: DealChoice } | undefined {
  const match = /^curate:d:([\w-]+):(create|save|update|new|cancel)$/.exec(customId);
  return match ? { draftId: match[1]!, choice: match[2] as DealChoice } : undefined;
}

const BUTTON_WORDS: Record<DealChoice, [string, ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success]> = {
  create: ['Create and continue', ButtonStyle.Primary],
  save: ['Save', ButtonStyle.Success],
  update: ['Update it', ButtonStyle.Success],
  new: ['Add as new', ButtonStyle.Secondary],
  cancel: ['Cancel', ButtonStyle.Secondary],
};

function buttons(draftId: string, choices: DealChoice[]): APIActionRowComponent<APIButtonComponent>[] {
  return [
    {
      type: ComponentType.ActionRow,
      components: choices.map((choice) => ({
        type: ComponentType.Button,
        style: BUTTON_WORDS[choice][1],
        label: BUTTON_WORDS[choice][0],
        custom_id: draftButtonId(draftId, choice),
      })),
    },
  ];
}

/** The deal as `/deals <its first party>` shows it. */
function dealField(record: DealRecord, extra: readonly Company[] = []) {
  const [lead, ...partners] = record.parties;
  const company = lead ?? extra[0] ?? { name: record.deal.partyIds[0] ?? '?' };
  return renderDealField({ deal: record.deal, partners, titles: record.titles }, company as Company);
}

const BUTTONS_NOTE = 'Only you can use these buttons, for 5 minutes.';

/** Each step of adding a deal, for the editor alone (at a terminal, `buttons: false`: flags stand in for them). */
export function renderDealStep(step: DealStep, locale: Locale, { buttons: withButtons = true } = {}): MessageView {
  const MINUTES = withButtons ? BUTTONS_NOTE : '';
  const view = (content: string, extra: Partial<MessageView> = {}): MessageView => ({
    content,
    embeds: [],
    components: [],
    ephemeral: true,
    ...extra,
  });
  switch (step.step) {
    case 'refused':
      return view(problemsMessage(step.problems, locale));
    case 'duplicate':
      return view(
        `Nothing was saved: withk already has this deal, **${safe(dealLabel(step.existing, locale))}**. To correct it, use \`/curate fix\`.`,
      );
    case 'confirm-companies':
      return view('', {
        embeds: [
          {
            title: 'New companies?',
            color: BRAND_COLOR,
            description: [
              'These names match no company withk knows:',
              ...step.unknown.map(
                (u) =>
                  `• **${safe(u.name)}**${u.suggestions.length ? ` (did you mean ${u.suggestions.map((s) => `**${safe(s)}**`).join(', ')}?)` : ''}`,
              ),
              '',
              'Create them (country and kind unknown until someone sets them with `/curate fix`) and continue, or cancel and correct the names.',
              MINUTES,
            ].join('\n'),
          },
        ],
        components: buttons(step.draft.id, ['create', 'cancel']),
      });
    case 'preview':
      return view('', {
        embeds: [
          {
            title: `Preview: as /deals ${step.proposed.parties[0]?.name ?? ''} will show it`,
            color: BRAND_COLOR,
            description: [
              step.newCompanies.length
                ? `Saving also creates: ${step.newCompanies.map((c) => `**${safe(c.name)}**`).join(', ')}.`
                : '',
              `Check it, then Save. ${MINUTES}`,
            ]
              .filter(Boolean)
              .join('\n'),
            fields: [dealField(step.proposed, step.newCompanies)],
          },
        ],
        components: buttons(step.draft.id, ['save', 'cancel']),
      });
    case 'update-offer':
      return view('', {
        embeds: [
          {
            title: 'withk already has this deal',
            color: BRAND_COLOR,
            description: `Yours adds a more precise date or a new source. Update the recorded deal (its history keeps the old values), or add yours as a separate deal. ${MINUTES}`,
            fields: [
              { ...dealField(step.existing), name: `Recorded now: ${dealField(step.existing).name}` },
              { ...dealField(step.updated), name: `After the update: ${dealField(step.updated).name}` },
            ],
          },
        ],
        components: buttons(step.draft.id, ['update', 'new', 'cancel']),
      });
    case 'saved':
      return view(
        `${step.updated ? 'Updated' : 'Saved'} as change #${step.changes.at(-1)?.seq}: **${safe(dealLabel(step.record, locale))}**. \`/deals ${step.record.parties[0]?.name ?? ''}\` shows it now; \`/curate undo\` reverts it.`,
        { embeds: [{ color: BRAND_COLOR, fields: [dealField(step.record)] }] },
      );
    case 'cancelled':
      return view('Cancelled: nothing was saved.');
    case 'expired':
      return view(
        'This preview has expired (after 5 minutes, or withk restarted). Nothing was saved: run `/curate deal` again.',
      );
    case 'not-yours':
      return view('Only the editor who opened this preview can use its buttons.');
  }
}

/** A saved alias, fix or retire. */
export function renderSavedEdit(change: CurationChange, record: RecordView, locale: Locale): MessageView {
  const what = {
    'add-alias': 'Alias added',
    edit: 'Corrected',
    retire: 'Retired (it no longer appears in answers)',
  }[change.action as 'add-alias' | 'edit' | 'retire'];
  return {
    content: `${what ?? 'Saved'}: **${safe(recordLabel(record, locale))}**, change #${change.seq}. Every answer shows it now; \`/curate undo change:#${change.seq}\` reverts it.`,
    ephemeral: true,
  };
}

/** A saved undo. */
export function renderUndone(
  change: CurationChange,
  undone: CurationChange,
  record: RecordView | undefined,
  locale: Locale,
): MessageView {
  const restored = undone.action === 'retire' ? ` **${safe(recordLabel(record, locale))}** is back in answers.` : '';
  return {
    content: `Undid #${undone.seq} as change #${change.seq}.${restored} \`/curate undo change:#${change.seq}\` would redo it.`,
    ephemeral: true,
  };
}
