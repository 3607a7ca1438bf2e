import type { TitleChartLine, TitleChartSummary } from '../../domain/title-charts.js';
import type { ChartEntry, EngagementEntry } from '../../domain/types.js';
import { countryName, formatDate, formatLargeNumber, formatPeriod } from '../../i18n/format.js';
import { commandRef, t, type Locale } from '../../i18n/index.js';
import { chartName, displayName, platformName, seasonName } from '../../i18n/names.js';
import type { TitleCard } from '../../services/titles.js';
import type { MessageView } from '../reply.js';
import { formatHalfYear } from './stats.js';
import { BRAND_COLOR, formatSource, safe } from './format.js';
import {
  candidateLines,
  castLines,
  companyLines,
  creatorLines,
  renderCastField,
  seasonLines,
  themeList,
  withTmdbCredit,
} from './title-enrichment.js';

/** The /title answer in the reader's language: everything known about a title, with its sources. */
export function renderTitleCard(card: TitleCard, locale: Locale): MessageView {
  const { title, viewing, deals, charts, tmdb } = card;
  const names = [
    ...title.originalNames.map((original) => original.name),
    ...title.aliases,
    ...(tmdb?.extraNames ?? []).map((entry) => entry.name),
  ];
  const countries = title.originCountries.length ? title.originCountries : (tmdb?.data.originCountries ?? []);
  const firstDate = tmdb?.data.firstAirDate;
  const facts = [
    t(locale, `titleKinds.${title.kind}`),
    countries.map((country) => countryName(locale, country)).join(' / '),
    title.platforms.map((platform) => platformName(platform, locale)).join(', '),
    title.releaseDate
      ? t(locale, 'titleCard.released', { date: formatDate(locale, title.releaseDate) })
      : firstDate &&
        t(locale, tmdb?.data.tmdb.kind === 'tv' ? 'titleCard.firstAired' : 'titleCard.released', {
          date: formatDate(locale, firstDate),
        }),
    (tmdb?.data.genres ?? []).map(safe).join(', '),
  ].filter(Boolean);
  const synopsis = title.synopsis ?? tmdb?.data.overview;
  // Empty sections are left out (fitEmbed drops empty fields), never shown as "—".
  const lines = (items: string[], separator = '\n') => items.join(separator);
  return {
    embeds: [
      {
        title: displayName(title, locale),
        color: BRAND_COLOR,
        description: [
          names.length ? `*${names.map(safe).join(' · ')}*` : '',
          facts.join(' · '),
          synopsis ? safe(synopsis) : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
        fields: [
          { name: t(locale, 'titleCard.cast'), value: renderCastField(card, locale) },
          { name: t(locale, 'titleCard.creators'), value: lines(creatorLines(card, locale)) },
          { name: t(locale, 'titleCard.companies'), value: lines(companyLines(card, locale)) },
          { name: t(locale, 'titleCard.seasons'), value: lines(seasonLines(card, locale)) },
          { name: t(locale, 'titleCard.tmdbField'), value: lines(candidateLines(card, locale)) },
          { name: t(locale, 'titleCard.viewing'), value: renderViewing(viewing, locale) },
          {
            name: t(locale, 'titleCard.music'),
            value: lines(
              title.music.map((m) => t(locale, 'titleCard.song', { title: safe(m.title), artist: safe(m.artist) })),
            ),
          },
          { name: t(locale, 'titleCard.themes'), value: lines(themeList(card), t(locale, 'common.separator')) },
          { name: t(locale, 'titleCard.charts'), value: renderCharts(charts, locale) },
          { name: t(locale, 'titleCard.latestCountries'), value: renderLatestCountries(charts, locale) },
          {
            name: t(locale, 'titleCard.deals'),
            value: lines(
              deals.map((d) =>
                t(locale, 'titleCard.deal', {
                  date: formatDate(locale, d.date),
                  summary: safe(d.summary),
                  status: t(locale, `dealStatuses.${d.status}`),
                }),
              ),
            ),
          },
        ],
        footer: {
          text: withTmdbCredit(
            t(locale, 'titleCard.footer', {
              source: formatSource(locale, title.source),
              date: formatDate(locale, title.asOf),
            }),
            card,
            locale,
          ),
        },
      },
    ],
  };
}

/** `/title full_cast:True`: every cast member withk knows, with characters, and where the list comes from. */
export function renderFullCast(card: TitleCard, locale: Locale): MessageView {
  const cast = castLines(card, locale);
  return {
    embeds: [
      {
        title: t(locale, 'titleCard.fullCastTitle', { title: displayName(card.title, locale) }),
        color: BRAND_COLOR,
        description: cast.length ? cast.join('\n') : t(locale, 'titleCard.noCast'),
        footer: {
          text: withTmdbCredit(
            t(locale, 'titleCard.fullCastFooter', { source: formatSource(locale, card.title.source) }),
            card,
            locale,
          ),
        },
      },
    ],
  };
}

const MAX_VIEWING_LINES = 8;

/** "2024 H2 · Season 2: 619.9M hours, 86.5M views": each half-year's engagement line, newest first. */
export function renderViewing(viewing: readonly EngagementEntry[], locale: Locale): string {
  const lines = viewing.slice(0, MAX_VIEWING_LINES).map((entry) =>
    t(locale, 'titleCard.viewingLine', {
      period: formatHalfYear(locale, entry.period),
      season: entry.season ? ` · ${safe(seasonName(entry.season, locale))}` : '',
      hours: formatLargeNumber(locale, entry.hoursViewed),
      views:
        entry.views !== undefined
          ? t(locale, 'titleCard.viewingViews', { views: formatLargeNumber(locale, entry.views) })
          : '',
    }),
  );
  if (viewing.length > MAX_VIEWING_LINES) {
    lines.push(t(locale, 'titleCard.viewingMore', { count: viewing.length - MAX_VIEWING_LINES }));
  }
  return lines.length ? `${lines.join('\n')}\n${t(locale, 'titleCard.viewingSource')}` : '';
}

/** A position a news source reported rather than one read from the chart's files. */
export function renderReported(entry: ChartEntry, locale: Locale): string {
  return t(locale, 'titleCharts.reported', {
    rank: entry.rank,
    date: formatDate(locale, entry.period),
    streak: entry.streakDays ? t(locale, 'titleCharts.reportedStreak', { count: entry.streakDays }) : '',
    note: entry.note ? ` (${safe(entry.note)})` : '',
  });
}

/** Global lists first, then Korea's, then the rest by how recently the title was on them. */
const chartPriority = (line: TitleChartLine) =>
  line.chart.country === undefined ? 0 : line.chart.country === 'KR' ? 1 : 2;

/** Chart lines; each names its chart and period so readers know where a rank comes from. */
export function renderCharts(summary: TitleChartSummary, locale: Locale, maxLines = 4): string {
  if (summary.lines.length === 0) return t(locale, 'titleCharts.none');
  const ordered = [...summary.lines].sort(
    (a, b) => chartPriority(a) - chartPriority(b) || b.last.localeCompare(a.last),
  );
  const shown = ordered.slice(0, maxLines).map((line) => renderChartLine(line, locale));
  if (ordered.length > maxLines)
    shown.push(t(locale, 'titleCharts.more', { count: ordered.length - maxLines, command: commandRef('chart') }));
  return shown.join('\n');
}

/** The countries of its latest Netflix country week, e.g. "… (week of 12–18 Sep 2022): South Korea". */
export function renderLatestCountries(summary: TitleChartSummary, locale: Locale): string {
  if (!summary.latestCountries) return '';
  const { period, countries } = summary.latestCountries;
  return t(locale, 'titleCharts.latestCountries', {
    period: formatPeriod(locale, 'week', period),
    countries: countries.map((country) => countryName(locale, country)).join(t(locale, 'common.separator')),
  });
}

function renderChartLine(line: TitleChartLine, locale: Locale): string {
  if (line.reported) return `**${safe(chartName(line.chart, locale))}**: ${renderReported(line.latest, locale)}`;
  const { chart, latest, best } = line;
  const period = (entry: ChartEntry) => formatPeriod(locale, chart.cadence, entry.period);
  const parts = [
    latest.season
      ? t(locale, 'titleCharts.latestSeason', {
          rank: latest.rank,
          period: period(latest),
          season: safe(seasonName(latest.season, locale)),
        })
      : t(locale, 'titleCharts.latest', { rank: latest.rank, period: period(latest) }),
  ];
  if (line.previous) parts.push(t(locale, `titleCharts.previous.${chart.cadence}`, { rank: line.previous.rank }));
  if (best.rank < latest.rank && best !== line.previous) {
    parts.push(
      best.season
        ? t(locale, 'titleCharts.bestSeason', {
            rank: best.rank,
            season: safe(seasonName(best.season, locale)),
            period: period(best),
          })
        : t(locale, 'titleCharts.best', { rank: best.rank, period: period(best) }),
    );
  }
  if (chart.cadence !== 'period')
    parts.push(t(locale, `titleCharts.onChart.${chart.cadence}`, { count: line.periodsOnChart }));
  if (line.weeksInTop10 && line.weeksInTop10 !== line.periodsOnChart) {
    parts.push(
      latest.season
        ? t(locale, 'titleCharts.top10Season', {
            count: line.weeksInTop10,
            season: safe(seasonName(latest.season, locale)),
          })
        : t(locale, 'titleCharts.top10', { count: line.weeksInTop10 }),
    );
  }
  if (line.currentNumberOneStreak > 1) {
    const count = line.currentNumberOneStreak;
    parts.push(
      latest.streakDays ? t(locale, 'streakInARow.day', { count }) : t(locale, `streak.${chart.cadence}`, { count }),
    );
  }
  if (line.periodsOnChart > 1)
    parts.push(t(locale, 'titleCharts.first', { period: formatPeriod(locale, chart.cadence, line.first) }));
  const figures = entryFigures(latest, locale);
  if (figures.length)
    parts.push(t(locale, 'titleCharts.latestFigures', { figures: figures.join(t(locale, 'common.separator')) }));
  return `**${safe(chartName(chart, locale))}**: ${parts.join(' · ')}`;
}

/** Netflix's weekly views and hours viewed for an entry, in the reader's units ("2.1M views", "1,350만 시간 시청"). */
export function entryFigures(entry: ChartEntry, locale: Locale): string[] {
  return [
    entry.views ? t(locale, 'figures.views', { value: formatLargeNumber(locale, entry.views) }) : '',
    entry.hoursViewed ? t(locale, 'figures.hours', { value: formatLargeNumber(locale, entry.hoursViewed) }) : '',
  ].filter(Boolean);
}
