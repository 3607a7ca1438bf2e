import type { DealKind } from '../../domain/types.js';
import type { DealLine } from '../../services/deals.js';
import type { Company } from '../../domain/types.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, formatDate, formatSource, safe } from './format.js';

export const DEALS_PER_PAGE = 5;

export const DEAL_KIND_LABELS: Record<DealKind, string> = {
  'strategic-partnership': 'Strategic partnership',
  'co-production': 'Co-production',
  investment: 'Investment',
  'platform-zone': 'Platform zone',
  'joint-ip': 'Joint IP',
  distribution: 'Distribution',
};

export interface DealsPage {
  company: Company;
  partner?: Company;
  kind?: DealKind;
  lines: DealLine[];
  page: number;
}

export const pageCountOf = (lines: readonly unknown[]) => Math.max(1, Math.ceil(lines.length / DEALS_PER_PAGE));

/** One page of a company's deals, newest first. */
export function renderDealsPage({ company, partner, kind, lines, page }: DealsPage): MessageView {
  const pages = pageCountOf(lines);
  const shown = lines.slice(page * DEALS_PER_PAGE, (page + 1) * DEALS_PER_PAGE);
  const filters = [partner && `with ${safe(partner.name)}`, kind && DEAL_KIND_LABELS[kind].toLowerCase()]
    .filter(Boolean)
    .join(', ');
  const count = `${lines.length} partnership${lines.length === 1 ? '' : 's'}${filters ? ` (${filters})` : ''}, newest first.`;
  return {
    embeds: [
      {
        title: `${company.name}: partnerships`,
        color: BRAND_COLOR,
        description: lines.length
          ? count
          : `No partnerships${filters ? ` ${filters}` : ''} are recorded for ${safe(company.name)} yet.`,
        fields: shown.map(({ deal, partners, titles }) => ({
          name: `${formatDate(deal.date)} · ${partners.length ? partners.map((p) => p.name).join(', ') : `${company.name} (own plan)`}`,
          value: [
            `${DEAL_KIND_LABELS[deal.kind]} · ${deal.status}`,
            safe(deal.summary),
            titles.length ? `Titles: ${titles.map((t) => safe(t.name)).join(', ')}` : '',
            `*Source: ${safe(formatSource(deal.source))}*`,
          ]
            .filter(Boolean)
            .join('\n'),
        })),
        footer: { text: pages > 1 ? `Page ${page + 1} of ${pages}` : `${company.name} · ${company.kind}` },
      },
    ],
  };
}
