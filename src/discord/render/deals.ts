import type { Company, DealKind } from '../../domain/types.js';
import { formatDate } from '../../i18n/format.js';
import { t, type Locale } from '../../i18n/index.js';
import { displayCompanyName, displayName } from '../../i18n/names.js';
import type { DealLine } from '../../services/deals.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, formatSource, safe } from './format.js';

export const DEALS_PER_PAGE = 5;

export interface DealsPage {
  company: Company;
  partner?: Company;
  kind?: DealKind;
  lines: DealLine[];
  page: number;
}

export const pageCountOf = (lines: readonly unknown[]) => Math.max(1, Math.ceil(lines.length / DEALS_PER_PAGE));

/** One deal as a /deals field in the reader's language, from `company`'s point of view (its partners, or its own plan). */
export function renderDealField(
  { deal, partners, titles }: DealLine,
  company: Company,
  locale: Locale,
): { name: string; value: string } {
  return {
    name: t(locale, 'deals.heading', {
      date: formatDate(locale, deal.date),
      partners: partners.length
        ? partners.map((p) => displayCompanyName(p, locale)).join(t(locale, 'common.separator'))
        : t(locale, 'deals.ownPlan', { company: displayCompanyName(company, locale) }),
    }),
    value: [
      t(locale, 'deals.kindAndStatus', {
        kind: t(locale, `dealKinds.${deal.kind}`),
        status: t(locale, `dealStatuses.${deal.status}`),
      }),
      safe(deal.summary),
      titles.length
        ? t(locale, 'deals.titles', {
            titles: titles.map((title) => safe(displayName(title, locale))).join(t(locale, 'common.separator')),
          })
        : '',
      t(locale, 'deals.source', { source: safe(formatSource(locale, deal.source)) }),
    ]
      .filter(Boolean)
      .join('\n'),
  };
}

/** One page of a company's deals, newest first, in the reader's language. */
export function renderDealsPage({ company, partner, kind, lines, page }: DealsPage, locale: Locale): MessageView {
  const pages = pageCountOf(lines);
  const shown = lines.slice(page * DEALS_PER_PAGE, (page + 1) * DEALS_PER_PAGE);
  const companyName = displayCompanyName(company, locale);
  const filters = [
    partner && t(locale, 'deals.withPartner', { partner: safe(displayCompanyName(partner, locale)) }),
    kind && t(locale, `dealKinds.${kind}`).toLocaleLowerCase(locale),
  ]
    .filter(Boolean)
    .join(t(locale, 'common.separator'));
  const count = lines.length;
  return {
    embeds: [
      {
        title: t(locale, 'deals.title', { company: companyName }),
        color: BRAND_COLOR,
        description: count
          ? filters
            ? t(locale, 'deals.countFiltered', { count, filters })
            : t(locale, 'deals.count', { count })
          : filters
            ? t(locale, 'deals.noneFiltered', { company: safe(companyName), filters })
            : t(locale, 'deals.none', { company: safe(companyName) }),
        fields: shown.map((line) => renderDealField(line, company, locale)),
        footer: {
          text:
            pages > 1
              ? t(locale, 'deals.page', { page: page + 1, pages })
              : t(locale, 'deals.companyFooter', {
                  company: companyName,
                  kind: t(locale, `companyKinds.${company.kind}`),
                }),
        },
      },
    ],
  };
}
