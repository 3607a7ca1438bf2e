import { formatDuration, intervalToDuration } from 'date-fns';
import type { AboutInfo } from '../../services/about.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, formatDate, plural } from './format.js';
import { TMDB_NOTICE } from './title-enrichment.js';

/** /about: what withk knows, from where, and how fresh it is. */
export function renderAbout(info: AboutInfo): MessageView {
  const { counts } = info;
  const sources = info.sources.map((source) => {
    const data = source.dataDate ? `data to ${formatDate(source.dataDate)}` : 'not imported yet';
    const age = source.ageMs !== undefined ? `, refreshed ${humanDuration(source.ageMs)} ago` : '';
    const error = source.lastError ? ` ⚠ last refresh failed: ${source.lastError.message}` : '';
    return `**${source.name}**: ${data}${age}${error}`;
  });
  return {
    embeds: [
      {
        title: 'About withk',
        color: BRAND_COLOR,
        description:
          'withk answers questions about Korean content and its cross-border collaborations from its own curated catalog ' +
          'and imported chart data: never a live third-party API, so answers are instant and name their source.',
        fields: [
          {
            name: 'Knows',
            value: [
              plural(counts.titles, 'title'),
              plural(counts.companies, 'company').replace('companys', 'companies'),
              plural(counts.deals, 'partnership'),
              `${plural(counts.charts, 'chart')} with ${plural(counts.chartEntries, 'entry').replace('entrys', 'entries')}`,
              plural(counts.statistics, 'statistic'),
            ].join(' · '),
          },
          { name: 'Data sources', value: sources.join('\n') },
          { name: 'Cast, creators, networks and seasons', value: renderEnrichment(info.enrichment) },
          { name: 'Commands', value: '`/title` · `/deals` · `/chart` · `/trends` · `/digest` · `/about`' },
        ],
        footer: { text: `withk v${info.version} · up ${humanDuration(info.uptimeMs)}` },
      },
    ],
  };
}

/** How far TMDB enrichment has got, or how to turn it on; TMDB credited as its terms ask. */
export function renderEnrichment(enrichment: AboutInfo['enrichment']): string {
  const { enabled, titles, enriched, ambiguous, notFound } = enrichment;
  if (!enabled && enriched === 0) {
    return (
      'TMDB enrichment is off. To add cast with characters, creators, networks, production companies and seasons, ' +
      'get a free API key at https://www.themoviedb.org/settings/api, set `TMDB_API_KEY` (or `TMDB_READ_TOKEN`) ' +
      'in `.env` and restart withk.'
    );
  }
  const lines = [
    `From TMDB: ${enriched.toLocaleString('en')} of ${plural(titles, 'title')} enriched` +
      (notFound ? `, ${notFound.toLocaleString('en')} not on TMDB` : '') +
      (enabled ? '' : ' (enrichment is off now: no TMDB key)'),
  ];
  if (ambiguous) {
    lines.push(
      `${plural(ambiguous, 'title')} with two equally good TMDB matches, waiting for a person: \`npm run import -- tmdb --ambiguous\``,
    );
  }
  lines.push(TMDB_NOTICE);
  return lines.join('\n');
}

function humanDuration(ms: number): string {
  if (ms < 60_000) return 'less than a minute';
  const text = formatDuration(intervalToDuration({ start: 0, end: ms }), {
    format: ['years', 'months', 'days', 'hours', 'minutes'],
  });
  return text.split(' ').slice(0, 4).join(' ');
}
