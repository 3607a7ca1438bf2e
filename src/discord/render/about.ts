import { formatDuration, intervalToDuration } from 'date-fns';
import type { AboutInfo } from '../../services/about.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, formatDate, plural } from './format.js';

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
          { name: 'Data sources', value: sources.join('\n') || '—' },
          { name: 'Commands', value: '`/title` · `/deals` · `/chart` · `/trends` · `/digest` · `/about`' },
        ],
        footer: { text: `withk v${info.version} · up ${humanDuration(info.uptimeMs)}` },
      },
    ],
  };
}

function humanDuration(ms: number): string {
  if (ms < 60_000) return 'less than a minute';
  const text = formatDuration(intervalToDuration({ start: 0, end: ms }), {
    format: ['years', 'months', 'days', 'hours', 'minutes'],
  });
  return text.split(' ').slice(0, 4).join(' ');
}
