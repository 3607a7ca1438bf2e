import type { Statistic } from '../../domain/types.js';
import type { ViewingOrigin } from '../../domain/viewing-origins.js';
import type { ViewingStats } from '../../services/viewing-stats.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, safe } from './format.js';
import { formatCompact, formatHalfYear, formatShare, type Locale } from './locale.js';

const ORIGIN_NAMES: Record<Locale, Record<ViewingOrigin, string>> = {
  en: { korean: 'Korean', japanese: 'Japanese', chinese: 'Chinese-language', thai: 'Thai', indian: 'Indian' },
  ko: { korean: '한국', japanese: '일본', chinese: '중국어권', thai: '태국', indian: '인도' },
  ja: { korean: '韓国', japanese: '日本', chinese: '中国語圏', thai: 'タイ', indian: 'インド' },
};

type Args = { origin: string; period: string };
/** Every sentence of the /stats answer, per language (to move into the i18n catalogs as they are). */
const TEXT = {
  en: {
    title: ({ origin, period }: Args) => `${origin} titles on Netflix · ${period}`,
    shows: (hours: string, share: string, total: string, origin: string) =>
      `**${origin} shows: ${hours} hours, ${share} of all viewing** (${total} hours in the report).`,
    withFilms: (hours: string, share: string) => `With films: ${hours} hours, ${share}.`,
    rank: (rank: number, of: number) => `The shows' share ranks **${ordinal(rank)} of ${of}** half-years withk has.`,
    byHalf: 'Shows’ share by half-year',
    top: (origin: string) => `Top ${origin} titles`,
    line: (hours: string, views?: string) => `${hours} hours${views ? ` · ${views} views` : ''}`,
    reportedName: 'As reported',
    reported: (text: string, source: string) => `${text} (${source})`,
    closeness: (ours: string, diff: string) => `This count: ${ours} (${diff}).`,
    howName: 'How it is counted',
    how: (origin: string, script: number, country: number) =>
      `A line counts as ${origin} when Netflix prints its original title in that script (${script.toLocaleString('en')} lines) or withk records the origin country on the title, from the curated catalog or KOBIS's nations (${country.toLocaleString('en')} lines). Shows are the report's TV/Shows sheets, films its Film/Movies sheets (the one-sheet 2023 H1 report: a season or series suffix marks a show). Shares are of every hour in the report.`,
    footer: (period: string) =>
      `Source: Netflix engagement report (What We Watched), ${period} · Netflix rounds hours to 100,000`,
  },
  ko: {
    title: ({ origin, period }: Args) => `넷플릭스의 ${origin} 콘텐츠 · ${period}`,
    shows: (hours: string, share: string, total: string, origin: string) =>
      `**${origin} 시리즈: ${hours}시간, 전체 시청의 ${share}** (보고서 전체 ${total}시간).`,
    withFilms: (hours: string, share: string) => `영화 포함: ${hours}시간, ${share}.`,
    rank: (rank: number, of: number) => `시리즈 비중은 withk가 가진 반기 ${of}개 중 **${rank}위**입니다.`,
    byHalf: '반기별 시리즈 비중',
    top: (origin: string) => `${origin} 콘텐츠 상위`,
    line: (hours: string, views?: string) => `${hours}시간${views ? ` · 조회수 ${views}` : ''}`,
    reportedName: '보도된 수치',
    reported: (text: string, source: string) => `${text} (${source})`,
    closeness: (ours: string, diff: string) => `이 집계: ${ours} (${diff}).`,
    howName: '집계 기준',
    how: (origin: string, script: number, country: number) =>
      `넷플릭스가 원제를 해당 문자로 표기한 항목(${script.toLocaleString('ko')}개)이나, 큐레이션 카탈로그 또는 KOBIS 제작국가로 ${origin} 제작이 기록된 항목(${country.toLocaleString('ko')}개)을 셉니다. 시리즈는 TV/Shows 시트, 영화는 Film/Movies 시트입니다(시트가 하나인 2023년 상반기 보고서는 시즌 표기로 시리즈를 구분). 비중은 보고서 전체 시청 시간 대비입니다.`,
    footer: (period: string) =>
      `출처: 넷플릭스 참여 보고서(What We Watched), ${period} · 시청 시간은 넷플릭스가 10만 단위로 반올림`,
  },
  ja: {
    title: ({ origin, period }: Args) => `Netflixの${origin}作品 · ${period}`,
    shows: (hours: string, share: string, total: string, origin: string) =>
      `**${origin}のシリーズ: ${hours}時間、全視聴の${share}**（レポート全体で${total}時間）。`,
    withFilms: (hours: string, share: string) => `映画を含めると: ${hours}時間、${share}。`,
    rank: (rank: number, of: number) => `シリーズのシェアはwithkにある${of}期のうち**${rank}位**です。`,
    byHalf: '半期ごとのシリーズのシェア',
    top: (origin: string) => `${origin}作品の上位`,
    line: (hours: string, views?: string) => `${hours}時間${views ? ` · 視聴数${views}` : ''}`,
    reportedName: '報道された数字',
    reported: (text: string, source: string) => `${text}（${source}）`,
    closeness: (ours: string, diff: string) => `この集計: ${ours}（${diff}）。`,
    howName: '集計方法',
    how: (origin: string, script: number, country: number) =>
      `Netflixが原題をその文字で表記した行（${script.toLocaleString('ja')}行）、またはキュレーション済みカタログやKOBISの製作国で${origin}と記録された作品の行（${country.toLocaleString('ja')}行）を数えます。シリーズはTV/Showsシート、映画はFilm/Moviesシートです（シートが一つの2023年上半期レポートではシーズン表記でシリーズを判定）。シェアはレポートの全視聴時間に対する割合です。`,
    footer: (period: string) =>
      `出典: Netflixエンゲージメントレポート（What We Watched）、${period} · 視聴時間はNetflixが10万単位で四捨五入`,
  },
} satisfies Record<Locale, unknown>;

/** /stats: an origin's share of Netflix viewing in a half-year, with its counting rule and the reported figures beside it. */
export function renderStats(stats: ViewingStats, locale: Locale): MessageView {
  const text = TEXT[locale];
  const origin = ORIGIN_NAMES[locale][stats.origin];
  const half = (period: string) => formatHalfYear(locale, period);
  const compact = (n: number) => formatCompact(locale, n);
  const share = (s: number) => formatShare(locale, s);
  const history = stats.history.map((h) =>
    h.period === stats.period ? `**${half(h.period)} ${share(h.share)}**` : `${half(h.period)} ${share(h.share)}`,
  );
  return {
    embeds: [
      {
        title: text.title({ origin, period: half(stats.period) }),
        color: BRAND_COLOR,
        description: [
          text.shows(compact(stats.shows.hours), share(stats.shows.share), compact(stats.totalHours), origin),
          text.withFilms(compact(stats.all.hours), share(stats.all.share)),
          text.rank(stats.rank, stats.history.length),
        ].join('\n'),
        fields: [
          { name: text.byHalf, value: history.join(' · ') },
          {
            name: text.top(origin),
            value: stats.top
              .map(
                ({ entry }, i) =>
                  `${i + 1}. **${safe(entry.label)}**: ${text.line(compact(entry.hoursViewed), entry.views ? compact(entry.views) : undefined)}`,
              )
              .join('\n'),
          },
          { name: text.reportedName, value: stats.reported.map((s) => renderReported(s, stats, locale)).join('\n') },
          { name: text.howName, value: text.how(origin, stats.reasons.script, stats.reasons.country) },
        ],
        footer: { text: text.footer(half(stats.period)) },
      },
    ],
  };
}

/** A reported figure with how close this count comes: "7.7 billion hours … This count: 7.8B hours (+1.3%)". */
function renderReported(statistic: Statistic, stats: ViewingStats, locale: Locale): string {
  const text = TEXT[locale];
  const line = text.reported(safe(statistic.text), `${safe(statistic.source.publication)}, ${statistic.source.date}`);
  if (statistic.unit === 'hours') {
    const diff = (stats.shows.hours - statistic.value) / statistic.value;
    const signed = `${diff >= 0 ? '+' : '−'}${formatShare(locale, Math.abs(diff))}`;
    return `${line}\n${text.closeness(text.line(formatCompact(locale, stats.shows.hours)), signed)}`;
  }
  if (statistic.unit === 'percent') {
    const points = stats.shows.share * 100 - statistic.value;
    const signed = `${points >= 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} pp`;
    return `${line}\n${text.closeness(formatShare(locale, stats.shows.share), signed)}`;
  }
  return line;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
