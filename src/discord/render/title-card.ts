import type { TitleChartLine, TitleChartSummary } from '../../domain/title-charts.js';
import type { ChartEntry, CreditRole, EngagementEntry } from '../../domain/types.js';
import type { TitleCard } from '../../services/titles.js';
import type { MessageView } from '../reply.js';
import {
  BRAND_COLOR,
  countryName,
  formatDate,
  formatPeriod,
  formatSource,
  listOrDash,
  plural,
  safe,
} from './format.js';

const KIND = { series: 'Series', film: 'Film', show: 'Show' } as const;

/** The /title answer: everything known about a title, with its sources. */
export function renderTitleCard({ title, companies, credits, viewing, deals, charts }: TitleCard): MessageView {
  const names = [...title.originalNames.map((original) => original.name), ...title.aliases];
  const facts = [
    KIND[title.kind],
    title.originCountries.map(countryName).join(' / '),
    title.platforms.join(', '),
    title.releaseDate && `released ${formatDate(title.releaseDate)}`,
  ].filter(Boolean);
  const creators = [
    title.directors.length ? `Director: ${title.directors.map(safe).join(', ')}` : '',
    title.writers.length ? `Writer: ${title.writers.map(safe).join(', ')}` : '',
    title.productionNote ? safe(title.productionNote) : '',
  ].filter(Boolean);
  return {
    embeds: [
      {
        title: title.name,
        color: BRAND_COLOR,
        description: [
          names.length ? `*${names.map(safe).join(' · ')}*` : '',
          facts.join(' · '),
          title.synopsis ? safe(title.synopsis) : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
        fields: [
          {
            name: 'Cast',
            value: listOrDash(
              title.cast.map((c) =>
                [`**${safe(c.name)}**`, c.role, c.character && safe(c.character)].filter(Boolean).join(' — '),
              ),
              '\n',
            ),
          },
          { name: 'Creators', value: listOrDash(creators, '\n') },
          {
            name: 'Companies',
            value: listOrDash(
              [
                ...companies.map((c) => `${safe(c.name)} (${countryName(c.country)}, ${c.kind})`),
                ...renderCredits(credits),
              ],
              '\n',
            ),
          },
          { name: 'Viewing on Netflix', value: renderViewing(viewing) },
          {
            name: 'Music',
            value: listOrDash(
              title.music.map((m) => `“${safe(m.title)}” — ${safe(m.artist)}`),
              '\n',
            ),
          },
          { name: 'Themes', value: listOrDash(title.themes.map(safe)) },
          { name: 'Charts', value: renderCharts(charts) },
          { name: 'Where it charted last', value: renderLatestCountries(charts) },
          {
            name: 'Related deals',
            value: listOrDash(
              deals.map((d) => `${formatDate(d.date)} · ${safe(d.summary)} (${d.status})`),
              '\n',
            ),
          },
        ],
        footer: { text: `Source: ${formatSource(title.source)} · as of ${formatDate(title.asOf)}` },
      },
    ],
  };
}

const ROLE_LABELS: Record<CreditRole, string> = {
  production: 'Production',
  'co-production': 'Co-production',
  distribution: 'Distributor',
  import: 'Importer',
  presenter: 'Presenter',
  'co-presenter': 'Co-presenter',
  'overseas-sales': 'Overseas sales',
  'accessible-version': 'Accessible version',
};

/** "Distributor: CJ ENM" — one line per role, in the order the record gives them. */
function renderCredits(credits: TitleCard['credits']): string[] {
  const byRole = new Map<CreditRole, string[]>();
  for (const { company, role } of credits) byRole.set(role, [...(byRole.get(role) ?? []), safe(company.name)]);
  return [...byRole].map(([role, names]) => `${ROLE_LABELS[role]}: ${names.join(', ')}`);
}

const MAX_VIEWING_LINES = 8;

/** "2024 H2 · Season 2: 619.9M hours, 86.5M views": each half-year's engagement line, newest first. */
export function renderViewing(viewing: readonly EngagementEntry[]): string {
  const lines = viewing.slice(0, MAX_VIEWING_LINES).map((entry) => {
    const label = entry.season ? ` · ${safe(entry.season)}` : '';
    const views = entry.views !== undefined ? `, ${formatMillions(entry.views)} views` : '';
    return `${entry.period.replace('-', ' ')}${label}: ${formatMillions(entry.hoursViewed)} hours${views}`;
  });
  if (viewing.length > MAX_VIEWING_LINES) lines.push(`…and ${viewing.length - MAX_VIEWING_LINES} more`);
  return lines.length ? `${lines.join('\n')}\n*Netflix engagement reports*` : '';
}

const formatMillions = (n: number) =>
  n >= 1e9 ? `${(n / 1e9).toFixed(2)}B` : n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n.toLocaleString('en');

/** Global lists first, then Korea's, then the rest by how recently the title was on them. */
const chartPriority = (line: TitleChartLine) =>
  line.chart.country === undefined ? 0 : line.chart.country === 'KR' ? 1 : 2;

/** Chart lines; each names its chart and period so readers know where a rank comes from. */
export function renderCharts(summary: TitleChartSummary, maxLines = 4): string {
  if (summary.lines.length === 0) return 'Not on any chart withk has.';
  const ordered = [...summary.lines].sort(
    (a, b) => chartPriority(a) - chartPriority(b) || b.last.localeCompare(a.last),
  );
  const shown = ordered.slice(0, maxLines).map(renderChartLine);
  if (ordered.length > maxLines) shown.push(`…and ${ordered.length - maxLines} more charts (see \`/chart\`)`);
  return shown.join('\n');
}

/** The countries of its latest Netflix country week, e.g. "week of 12–18 Sep 2022: South Korea". */
export function renderLatestCountries(summary: TitleChartSummary): string {
  if (!summary.latestCountries) return '';
  const { period, countries } = summary.latestCountries;
  return `In its latest country week (${formatPeriod('week', period)}): ${countries.map(countryName).join(', ')}`;
}

function renderChartLine(line: TitleChartLine): string {
  const { chart } = line;
  if (line.reported) return `**${safe(chart.name)}**: ${renderReported(line.latest)}`;
  const season = (entry: ChartEntry) => (entry.season ? ` (${safe(entry.season)})` : '');
  const parts = [`#${line.latest.rank} ${formatPeriod(chart.cadence, line.latest.period)}${season(line.latest)}`];
  if (line.previous) parts.push(`#${line.previous.rank} the ${chart.cadence} before`);
  if (line.best.rank < line.latest.rank && line.best !== line.previous) {
    const bestSeason = line.best.season ? `${safe(line.best.season)}, ` : '';
    parts.push(`best #${line.best.rank} (${bestSeason}${formatPeriod(chart.cadence, line.best.period)})`);
  }
  if (chart.cadence !== 'period') parts.push(`${plural(line.periodsOnChart, chart.cadence)} on chart`);
  if (line.weeksInTop10 && line.weeksInTop10 !== line.periodsOnChart) {
    parts.push(
      `${plural(line.weeksInTop10, 'week')} in the Top 10${line.latest.season ? ` for ${safe(line.latest.season)}` : ''}`,
    );
  }
  if (line.currentNumberOneStreak > 1) {
    const unit = line.latest.streakDays ? 'day' : chart.cadence === 'period' ? 'period' : chart.cadence;
    parts.push(`#1 for ${plural(line.currentNumberOneStreak, unit)}${line.latest.streakDays ? ' in a row' : ''}`);
  }
  if (line.periodsOnChart > 1) parts.push(`first ${formatPeriod(chart.cadence, line.first)}`);
  return `**${safe(chart.name)}**: ${parts.join(' · ')}`;
}

/** A position reported by a news source rather than read from the chart's files: "#1 on 21 Oct 2025, as reported". */
export function renderReported(entry: ChartEntry): string {
  const streak = entry.streakDays ? ` · #1 for ${plural(entry.streakDays, 'day')} in a row` : '';
  return `#${entry.rank} on ${formatDate(entry.period)}, as reported${streak}${entry.note ? ` (${safe(entry.note)})` : ''}`;
}
