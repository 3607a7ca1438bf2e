import type { CompanyCreditLine } from '../../domain/index-records.js';
import type { CreditRole, Title } from '../../domain/types.js';
import { countryName, formatDate } from '../../i18n/format.js';
import { commandRef, t, type Locale } from '../../i18n/index.js';
import { displayCompanyName, displayName } from '../../i18n/names.js';
import type { CompanyProfile } from '../../services/companies.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, formatSource, safe } from './format.js';

export const COMPANY_TITLES_PER_PAGE = 8;

/** One credited title with every part the company had in it. */
interface TitleCredits {
  title: Title;
  roles: CreditRole[];
}

/** Credits grouped by title, newest first (the credits come sorted). */
export function titlesOf(credits: readonly CompanyCreditLine[]): TitleCredits[] {
  const byTitle = new Map<string, TitleCredits>();
  for (const credit of credits) {
    let entry = byTitle.get(credit.title.id);
    if (!entry) byTitle.set(credit.title.id, (entry = { title: credit.title, roles: [] }));
    if (!entry.roles.includes(credit.role)) entry.roles.push(credit.role);
  }
  return [...byTitle.values()];
}

export const companyPageCount = (profile: CompanyProfile) =>
  Math.max(1, Math.ceil(titlesOf(profile.credits).length / COMPANY_TITLES_PER_PAGE));

/** " · 🌏 KR–VN co-production" for a title made across borders, in the reader's words. */
export const coProductionMark = (title: Title, locale: Locale) =>
  t(locale, 'coProduction', { countries: title.originCountries.join('–') });

/** /company: what a company is, what it made or distributed (paged), whom it works with, and its deals. */
export function renderCompany(profile: CompanyProfile, page: number, locale: Locale): MessageView {
  const { company } = profile;
  const name = (c: Parameters<typeof displayCompanyName>[0]) => safe(displayCompanyName(c, locale));
  const titles = titlesOf(profile.credits);
  const pages = Math.max(1, Math.ceil(titles.length / COMPANY_TITLES_PER_PAGE));
  const shown = titles.slice(page * COMPANY_TITLES_PER_PAGE, (page + 1) * COMPANY_TITLES_PER_PAGE);
  const crossBorder = new Set(profile.crossBorder.map((title) => title.id));
  const role = (r: CreditRole) => t(locale, `creditRoles.${r}`);
  const sources = [...new Set(profile.credits.map((credit) => credit.source))].map((source) =>
    source === 'curated' || source === 'kobis-movies' ? t(locale, `company.creditSources.${source}`) : source,
  );
  return {
    embeds: [
      {
        title: name(company),
        color: BRAND_COLOR,
        description: [
          [
            t(locale, `companyKinds.${company.kind}`),
            countryName(locale, company.country),
            profile.parent && t(locale, 'company.partOf', { name: name(profile.parent) }),
          ]
            .filter(Boolean)
            .join(' · '),
          company.aliases.length ? t(locale, 'company.aliases', { names: company.aliases.map(safe).join(', ') }) : '',
          profile.subsidiaries.length
            ? t(locale, 'company.owns', { names: profile.subsidiaries.map(name).join(', ') })
            : '',
        ]
          .filter(Boolean)
          .join('\n'),
        fields: [
          {
            name: t(locale, 'company.credits', { count: profile.credits.length }),
            value:
              Object.entries(profile.roleCounts)
                .map(([r, count]) => t(locale, 'company.role', { role: role(r as CreditRole), count: count ?? 0 }))
                .join(' · ') || t(locale, 'company.noCredits'),
          },
          {
            name: pages > 1 ? t(locale, 'company.titlesPaged', { page: page + 1, pages }) : t(locale, 'company.titles'),
            value: shown
              .map(({ title, roles }) =>
                t(locale, 'company.titleLine', {
                  date: title.releaseDate ? `${formatDate(locale, title.releaseDate)} · ` : '',
                  name: safe(displayName(title, locale)),
                  roles: roles.map(role).join(', '),
                  mark: crossBorder.has(title.id) ? coProductionMark(title, locale) : '',
                }),
              )
              .join('\n'),
          },
          {
            name: t(locale, 'company.crossBorder', { count: profile.crossBorder.length }),
            value: profile.crossBorder
              .slice(0, 10)
              .map((title) => safe(displayName(title, locale)))
              .join(', '),
          },
          {
            name: t(locale, 'company.partners'),
            value: profile.partners
              .map((p) => {
                const shared = [
                  p.sharedTitles ? t(locale, 'company.sharedTitles', { count: p.sharedTitles }) : '',
                  p.sharedDeals ? t(locale, 'company.sharedDeals', { count: p.sharedDeals }) : '',
                ].filter(Boolean);
                return `**${name(p.company)}** · ${shared.join(', ')}`;
              })
              .join('\n'),
          },
          {
            name: t(locale, 'company.deals', { count: profile.deals.length }),
            value: [
              ...profile.deals
                .slice(0, 3)
                .map(
                  ({ deal, partners }) =>
                    `${formatDate(locale, deal.date)} · ${partners.map(name).join(', ') || name(company)}: ${safe(deal.summary)}`,
                ),
              profile.deals.length > 3
                ? t(locale, 'company.moreDeals', { count: profile.deals.length - 3, command: commandRef('deals') })
                : '',
            ]
              .filter(Boolean)
              .join('\n'),
          },
          {
            name: t(locale, 'company.sources'),
            value:
              t(locale, 'company.sourceLine', { company: formatSource(locale, company.source) }) +
              (sources.length ? t(locale, 'company.sourceCredits', { sources: sources.join(', ') }) : ''),
          },
        ],
      },
    ],
  };
}
