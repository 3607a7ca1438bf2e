import type { CompanyCreditLine } from '../../domain/index-records.js';
import type { CompanyKind, CreditRole, Title } from '../../domain/types.js';
import type { CompanyProfile } from '../../services/companies.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, countryName, formatDate, safe } from './format.js';
import type { Locale } from './locale.js';

export const COMPANY_TITLES_PER_PAGE = 8;

/** One credited title with every part the company had in it. */
interface TitleCredits {
  title: Title;
  roles: CreditRole[];
  sources: string[];
}

const KINDS: Record<Locale, Record<CompanyKind, string>> = {
  en: {
    studio: 'Studio',
    broadcaster: 'Broadcaster',
    streamer: 'Streamer',
    production: 'Production company',
    distributor: 'Distributor',
    conglomerate: 'Conglomerate',
  },
  ko: {
    studio: '스튜디오',
    broadcaster: '방송사',
    streamer: '스트리밍 서비스',
    production: '제작사',
    distributor: '배급사',
    conglomerate: '그룹',
  },
  ja: {
    studio: 'スタジオ',
    broadcaster: '放送局',
    streamer: '配信サービス',
    production: '制作会社',
    distributor: '配給会社',
    conglomerate: 'グループ企業',
  },
};
const ROLES: Record<Locale, Record<CreditRole, string>> = {
  en: {
    production: 'Production',
    'co-production': 'Co-production',
    distribution: 'Distribution',
    import: 'Import',
    presenter: 'Presenter',
    'co-presenter': 'Co-presenter',
    'overseas-sales': 'Overseas sales',
    'accessible-version': 'Accessible version',
  },
  ko: {
    production: '제작',
    'co-production': '공동제작',
    distribution: '배급',
    import: '수입',
    presenter: '제공',
    'co-presenter': '공동제공',
    'overseas-sales': '해외세일즈',
    'accessible-version': '가치봄 제작',
  },
  ja: {
    production: '製作',
    'co-production': '共同製作',
    distribution: '配給',
    import: '輸入',
    presenter: '提供',
    'co-presenter': '共同提供',
    'overseas-sales': '海外セールス',
    'accessible-version': 'バリアフリー版制作',
  },
};
const SOURCES: Record<Locale, Record<string, string>> = {
  en: { curated: 'curated catalog', 'kobis-movies': 'KOBIS film records' },
  ko: { curated: '큐레이션 카탈로그', 'kobis-movies': 'KOBIS 영화정보' },
  ja: { curated: 'キュレーション済みカタログ', 'kobis-movies': 'KOBIS映画情報' },
};
const TEXT = {
  en: {
    partOf: (name: string) => `part of ${name}`,
    aliases: 'Also known as',
    owns: 'Owns',
    credits: (n: number) => `Credits (${n})`,
    titles: (page: number, pages: number) => `Titles, newest first${pages > 1 ? ` (page ${page} of ${pages})` : ''}`,
    noCredits: 'No film or series credits recorded yet.',
    crossBorder: (n: number) => `Cross-border co-productions (${n})`,
    partners: 'Works most with',
    partner: (titles: number, deals: number) =>
      [
        titles ? `${titles} shared title${titles === 1 ? '' : 's'}` : '',
        deals ? `${deals} deal${deals === 1 ? '' : 's'}` : '',
      ]
        .filter(Boolean)
        .join(', '),
    deals: (n: number) => `Deals (${n})`,
    moreDeals: (n: number, command: string) => `…and ${n} more: \`${command}\``,
    sources: 'Sources',
    sourceLine: (company: string, credits: string) => `Company: ${company}${credits ? ` · credits: ${credits}` : ''}`,
    crossMark: 'co-production',
  },
  ko: {
    partOf: (name: string) => `${name} 계열`,
    aliases: '다른 이름',
    owns: '자회사',
    credits: (n: number) => `크레딧 (${n})`,
    titles: (page: number, pages: number) => `작품, 최신순${pages > 1 ? ` (${pages}쪽 중 ${page}쪽)` : ''}`,
    noCredits: '기록된 영화·시리즈 크레딧이 아직 없습니다.',
    crossBorder: (n: number) => `국제 공동제작 (${n})`,
    partners: '자주 함께한 회사',
    partner: (titles: number, deals: number) =>
      [titles ? `공동 작품 ${titles}편` : '', deals ? `협약 ${deals}건` : ''].filter(Boolean).join(', '),
    deals: (n: number) => `협약 (${n})`,
    moreDeals: (n: number, command: string) => `…외 ${n}건: \`${command}\``,
    sources: '출처',
    sourceLine: (company: string, credits: string) => `회사: ${company}${credits ? ` · 크레딧: ${credits}` : ''}`,
    crossMark: '공동제작',
  },
  ja: {
    partOf: (name: string) => `${name}傘下`,
    aliases: '別名',
    owns: '子会社',
    credits: (n: number) => `クレジット（${n}）`,
    titles: (page: number, pages: number) => `作品、新しい順${pages > 1 ? `（${pages}ページ中${page}ページ）` : ''}`,
    noCredits: '記録された映画・シリーズのクレジットはまだありません。',
    crossBorder: (n: number) => `国際共同製作（${n}）`,
    partners: 'よく組む会社',
    partner: (titles: number, deals: number) =>
      [titles ? `共同作品${titles}本` : '', deals ? `提携${deals}件` : ''].filter(Boolean).join('、'),
    deals: (n: number) => `提携（${n}）`,
    moreDeals: (n: number, command: string) => `…ほか${n}件: \`${command}\``,
    sources: '出典',
    sourceLine: (company: string, credits: string) => `会社: ${company}${credits ? ` · クレジット: ${credits}` : ''}`,
    crossMark: '共同製作',
  },
} satisfies Record<Locale, unknown>;

/** Credits grouped by title, newest first (the credits come sorted). */
export function titlesOf(credits: readonly CompanyCreditLine[]): TitleCredits[] {
  const byTitle = new Map<string, TitleCredits>();
  for (const credit of credits) {
    let entry = byTitle.get(credit.title.id);
    if (!entry) byTitle.set(credit.title.id, (entry = { title: credit.title, roles: [], sources: [] }));
    if (!entry.roles.includes(credit.role)) entry.roles.push(credit.role);
    if (!entry.sources.includes(credit.source)) entry.sources.push(credit.source);
  }
  return [...byTitle.values()];
}

export const companyPageCount = (profile: CompanyProfile) =>
  Math.max(1, Math.ceil(titlesOf(profile.credits).length / COMPANY_TITLES_PER_PAGE));

/** /company: what a company is, what it made or distributed (paged), whom it works with, and its deals. */
export function renderCompany(profile: CompanyProfile, page: number, locale: Locale): MessageView {
  const text = TEXT[locale];
  const { company } = profile;
  const titles = titlesOf(profile.credits);
  const pages = Math.max(1, Math.ceil(titles.length / COMPANY_TITLES_PER_PAGE));
  const shown = titles.slice(page * COMPANY_TITLES_PER_PAGE, (page + 1) * COMPANY_TITLES_PER_PAGE);
  const crossBorder = new Set(profile.crossBorder.map((title) => title.id));
  const roles = ROLES[locale];
  const roleCounts = Object.entries(profile.roleCounts).map(([role, n]) => `${roles[role as CreditRole]} ${n}`);
  const creditSources = [...new Set(profile.credits.map((c) => c.source))].map((s) => SOURCES[locale][s] ?? s);
  return {
    embeds: [
      {
        title: company.name,
        color: BRAND_COLOR,
        description: [
          [
            KINDS[locale][company.kind],
            countryName(company.country),
            profile.parent && text.partOf(safe(profile.parent.name)),
          ]
            .filter(Boolean)
            .join(' · '),
          company.aliases.length ? `${text.aliases}: ${company.aliases.map(safe).join(', ')}` : '',
          profile.subsidiaries.length
            ? `${text.owns}: ${profile.subsidiaries.map((c) => safe(c.name)).join(', ')}`
            : '',
        ]
          .filter(Boolean)
          .join('\n'),
        fields: [
          { name: text.credits(profile.credits.length), value: roleCounts.join(' · ') || text.noCredits },
          {
            name: text.titles(page + 1, pages),
            value: shown
              .map(({ title, roles: parts }) => {
                const date = title.releaseDate ? `${formatDate(title.releaseDate)} · ` : '';
                const mark = crossBorder.has(title.id)
                  ? ` · 🌏 ${title.originCountries.join('–')} ${text.crossMark}`
                  : '';
                return `${date}**${safe(title.name)}** · ${parts.map((r) => roles[r]).join(', ')}${mark}`;
              })
              .join('\n'),
          },
          {
            name: text.crossBorder(profile.crossBorder.length),
            value: profile.crossBorder
              .slice(0, 10)
              .map((t) => safe(t.name))
              .join(', '),
          },
          {
            name: text.partners,
            value: profile.partners
              .map((p) => `**${safe(p.company.name)}** · ${text.partner(p.sharedTitles, p.sharedDeals)}`)
              .join('\n'),
          },
          {
            name: text.deals(profile.deals.length),
            value: [
              ...profile.deals
                .slice(0, 3)
                .map(
                  ({ deal, partners }) =>
                    `${formatDate(deal.date)} · ${partners.map((p) => safe(p.name)).join(', ') || safe(company.name)}: ${safe(deal.summary)}`,
                ),
              profile.deals.length > 3
                ? text.moreDeals(profile.deals.length - 3, `/deals company:${company.name}`)
                : '',
            ]
              .filter(Boolean)
              .join('\n'),
          },
          {
            name: text.sources,
            value: text.sourceLine(
              `${safe(company.source.publication)}, ${formatDate(company.source.date)}`,
              creditSources.join(', '),
            ),
          },
        ],
      },
    ],
  };
}
