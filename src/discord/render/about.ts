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
    const gave = contributionOf(source.contributed);
    return `**${source.name}**: ${data}${age}${gave ? ` · ${gave}` : ''}${error}`;
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
          {
            name: 'Commands',
            value: '`/title` · `/company` · `/deals` · `/chart` · `/stats` · `/trends` · `/digest` · `/about`',
          },
        ],
        footer: { text: `withk v${info.version} · up ${humanDuration(info.uptimeMs)}` },
      },
    ],
  };
}

/** "3,021 titles, 82,114 viewing lines": what a source put into the catalog, biggest parts only. */
function contributionOf(tally: AboutInfo['sources'][number]['contributed']): string {
  if (!tally) return '';
  const parts = [
    tally.chartEntries && plural(tally.chartEntries, 'chart entry').replace('entrys', 'entries'),
    tally.engagement && plural(tally.engagement, 'viewing line'),
    tally.titles && plural(tally.titles, 'title'),
    tally.companies && plural(tally.companies, 'company').replace('companys', 'companies'),
    tally.credits && plural(tally.credits, 'company credit'),
  ];
  return parts.filter(Boolean).join(', ');
}

function humanDuration(ms: number): string {
  if (ms < 60_000) return 'less than a minute';
  const text = formatDuration(intervalToDuration({ start: 0, end: ms }), {
    format: ['years', 'months', 'days', 'hours', 'minutes'],
  });
  return text.split(' ').slice(0, 4).join(' ');
}
