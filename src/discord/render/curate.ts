import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { CurationChange } from '../../domain/curation.js';
import type { Company } from '../../domain/types.js';
import { commandRef, optionName, t, type Locale } from '../../i18n/index.js';
import { displayCompanyName } from '../../i18n/names.js';
import type { DealChoice, DealStep } from '../../services/curate-deal.js';
import type { DealRecord, RecordView } from '../../services/curation-common.js';
import { DRAFT_LIFETIME_MS } from '../../services/curation-drafts.js';
import type { MessageView } from '../reply.js';
import { refusedArgs } from './curate-problems.js';
import { dealLabel, recordLabel } from './curate-words.js';
import { renderDealField } from './deals.js';
import { BRAND_COLOR, safe } from './format.js';

/** Custom ids of preview buttons: `curate:d:<draft>:<choice>`. */
export const draftButtonId = (draftId: string, choice: DealChoice) => `curate:d:${draftId}:${choice}`;

export function readDraftButton(customId: string): { draftId: string; choice: DealChoice } | undefined {
  const match = /^curate:d:([\w-]+):(create|save|update|new|cancel)$/.exec(customId);
  return match ? { draftId: match[1]!, choice: match[2] as DealChoice } : undefined;
}

const BUTTON_STYLES: Record<DealChoice, ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success> = {
  create: ButtonStyle.Primary,
  save: ButtonStyle.Success,
  update: ButtonStyle.Success,
  new: ButtonStyle.Secondary,
  cancel: ButtonStyle.Secondary,
};

function buttons(draftId: string, choices: DealChoice[], locale: Locale): APIActionRowComponent<APIButtonComponent>[] {
  return [
    {
      type: ComponentType.ActionRow,
      components: choices.map((choice) => ({
        type: ComponentType.Button,
        style: BUTTON_STYLES[choice],
        label: t(locale, `curate.buttons.${choice}`),
        custom_id: draftButtonId(draftId, choice),
      })),
    },
  ];
}

const MINUTES = DRAFT_LIFETIME_MS / 60_000;
const leadName = (record: DealRecord, locale: Locale) =>
  record.parties[0] ? displayCompanyName(record.parties[0], locale) : '';

/** The deal as `/deals <its first party>` shows it. */
function dealField(record: DealRecord, locale: Locale, extra: readonly Company[] = []) {
  const [lead, ...partners] = record.parties;
  const company = lead ?? extra[0] ?? { name: record.deal.partyIds[0] ?? '?' };
  return renderDealField({ deal: record.deal, partners, titles: record.titles }, company as Company, locale);
}

const view = (content: string, extra: Partial<MessageView> = {}): MessageView => ({
  content,
  embeds: [],
  components: [],
  ephemeral: true,
  ...extra,
});

/** Each step of adding a deal, for the editor alone (at a terminal, `buttons: false`: flags stand in for them). */
export function renderDealStep(step: DealStep, locale: Locale, { buttons: withButtons = true } = {}): MessageView {
  const note = withButtons ? t(locale, 'curate.buttonsNote', { count: MINUTES }) : '';
  const lines = (...texts: string[]) => texts.filter(Boolean).join('\n');
  switch (step.step) {
    case 'refused':
      return view(t(locale, 'curate.refused', refusedArgs(step.problems)));
    case 'duplicate':
      return view(
        t(locale, 'curate.duplicate', {
          deal: safe(dealLabel(step.existing, locale)),
          fix: commandRef('curate', 'fix'),
        }),
      );
    case 'confirm-companies':
      return view('', {
        embeds: [
          {
            title: t(locale, 'curate.newCompanies.title'),
            color: BRAND_COLOR,
            description: lines(
              t(locale, 'curate.newCompanies.intro'),
              ...step.unknown.map((u) =>
                t(locale, 'curate.newCompanies.item', {
                  name: safe(u.name),
                  suggestions: u.suggestions.length
                    ? t(locale, 'curate.newCompanies.suggestions', {
                        names: u.suggestions.map((s) => `**${safe(s)}**`).join(t(locale, 'common.separator')),
                      })
                    : '',
                }),
              ),
              '',
              t(locale, 'curate.newCompanies.ask', { fix: commandRef('curate', 'fix') }),
              note,
            ),
          },
        ],
        components: buttons(step.draft.id, ['create', 'cancel'], locale),
      });
    case 'preview':
      return view('', {
        embeds: [
          {
            title: t(locale, 'curate.preview.title', {
              deals: commandRef('deals'),
              company: leadName(step.proposed, locale),
            }),
            color: BRAND_COLOR,
            description: lines(
              step.newCompanies.length
                ? t(locale, 'curate.preview.creates', {
                    companies: step.newCompanies.map((c) => `**${safe(c.name)}**`).join(t(locale, 'common.separator')),
                  })
                : '',
              t(locale, 'curate.preview.check'),
              note,
            ),
            fields: [dealField(step.proposed, locale, step.newCompanies)],
          },
        ],
        components: buttons(step.draft.id, ['save', 'cancel'], locale),
      });
    case 'update-offer': {
      const existing = dealField(step.existing, locale);
      const updated = dealField(step.updated, locale);
      return view('', {
        embeds: [
          {
            title: t(locale, 'curate.updateOffer.title'),
            color: BRAND_COLOR,
            description: lines(t(locale, 'curate.updateOffer.description'), note),
            fields: [
              { ...existing, name: t(locale, 'curate.updateOffer.now', { heading: existing.name }) },
              { ...updated, name: t(locale, 'curate.updateOffer.after', { heading: updated.name }) },
            ],
          },
        ],
        components: buttons(step.draft.id, ['update', 'new', 'cancel'], locale),
      });
    }
    case 'saved':
      return view(
        t(locale, step.updated ? 'curate.updated' : 'curate.saved', {
          seq: step.changes.at(-1)?.seq ?? 0,
          deal: safe(dealLabel(step.record, locale)),
          deals: commandRef('deals'),
          company: leadName(step.record, locale).replace(/`/g, ''),
          undo: commandRef('curate', 'undo'),
        }),
        { embeds: [{ color: BRAND_COLOR, fields: [dealField(step.record, locale)] }] },
      );
    case 'cancelled':
      return view(t(locale, 'curate.cancelled'));
    case 'expired':
      return view(t(locale, 'curate.expired', { count: MINUTES, deal: commandRef('curate', 'deal') }));
    case 'not-yours':
      return view(t(locale, 'curate.notYours'));
  }
}

const EDIT_WORDS = {
  'add-alias': 'curate.edit.aliasAdded',
  edit: 'curate.edit.corrected',
  retire: 'curate.edit.retired',
} as const;

/** A saved alias, fix or retire. */
export function renderSavedEdit(change: CurationChange, record: RecordView, locale: Locale): MessageView {
  const what = EDIT_WORDS[change.action as keyof typeof EDIT_WORDS] ?? 'curate.edit.corrected';
  return {
    content: t(locale, 'curate.edit.saved', {
      what: t(locale, what),
      record: safe(recordLabel(record, locale)),
      seq: change.seq,
      undo: commandRef('curate', 'undo'),
      change: optionName(locale, 'curate.options.undo.options.change'),
    }),
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
  return {
    content: t(locale, 'curate.undone', {
      undone: undone.seq,
      seq: change.seq,
      restored:
        undone.action === 'retire' ? t(locale, 'curate.restored', { record: safe(recordLabel(record, locale)) }) : '',
      undo: commandRef('curate', 'undo'),
      change: optionName(locale, 'curate.options.undo.options.change'),
    }),
    ephemeral: true,
  };
}
