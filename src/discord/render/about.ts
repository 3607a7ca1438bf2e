import { formatCount, formatDate, formatElapsed } from '../../i18n/format.js';
import { commandName, t, type Locale } from '../../i18n/index.js';
import { sourceName } from '../../i18n/names.js';
import type { AboutInfo } from '../../services/about.js';
import type { MessageView } from '../reply.js';
import { BRAND_COLOR, safe } from './format.js';
import { TMDB_NOTICE } from './title-enrichment.js';

const COMMANDS = ['title', 'company', 'deals', 'chart', 'stats', 'trends', 'digest', 'pictures', 'about'] as const;

/** " · 3,021 titles, 82,114 viewing lines": what a source put into the catalog. */
function contributionOf(tally: AboutInfo['sources'][number]['contributed'], locale: Locale): string {
  if (!tally) return '';
  const parts = [
    tally.chartEntries && t(locale, 'about.gaveEntries', { count: tally.chartEntries }),
    tally.engagement && t(locale, 'about.gaveViewing', { count: tally.engagement }),
    tally.titles && t(locale, 'about.gaveTitles', { count: tally.titles }),
    tally.companies && t(locale, 'about.gaveCompanies', { count: tally.companies }),
    tally.credits && t(locale, 'about.gaveCredits', { count: tally.credits }),
  ].filter(Boolean);
  return parts.length ? t(locale, 'about.contributed', { parts: parts.join(', ') }) : '';
}

/** /about in the reader's language: what withk knows, from where, and how fresh it is. */
export function renderAbout(info: AboutInfo, locale: Locale): MessageView {
  const { counts } = info;
  const sources = info.sources.map((source) =>
    t(locale, 'about.source', {
      name: safe(sourceName(source, locale)),
      data: source.dataDate
        ? t(locale, 'about.dataTo', { date: formatDate(locale, source.dataDate) })
        : t(locale, 'about.notImported'),
      age: source.ageMs !== undefined ? t(locale, 'about.refreshed', { ago: formatElapsed(locale, source.ageMs) }) : '',
      contributed: contributionOf(source.contributed, locale),
      // The importer's own message (an HTTP status, a file problem) is for operators and stays as it was written.
      error: source.lastError ? t(locale, 'about.refreshFailed', { message: safe(source.lastError.message) }) : '',
    }),
  );
  return {
    embeds: [
      {
        title: t(locale, 'about.title'),
        color: BRAND_COLOR,
        description: t(locale, 'about.description'),
        fields: [
          {
            name: t(locale, 'about.knows'),
            value: [
              t(locale, 'about.titles', { count: counts.titles }),
              t(locale, 'about.companies', { count: counts.companies }),
              t(locale, 'about.deals', { count: counts.deals }),
              t(locale, 'about.charts', {
                count: counts.charts,
                entries: t(locale, 'about.entries', { count: counts.chartEntries }),
              }),
              t(locale, 'about.statistics', { count: counts.statistics }),
            ].join(' · '),
          },
          { name: t(locale, 'about.sources'), value: sources.join('\n') },
          { name: t(locale, 'about.enrichment'), value: renderEnrichment(info.enrichment, locale) },
          {
            name: t(locale, 'about.commands'),
            value: COMMANDS.map((command) => `\`${commandName(locale, command)}\``).join(' · '),
          },
        ],
        footer: {
          text: t(locale, 'about.footer', { version: info.version, uptime: formatElapsed(locale, info.uptimeMs) }),
        },
      },
    ],
  };
}

/** How far TMDB enrichment has got, or how to turn it on; TMDB credited as its terms ask. */
export function renderEnrichment(enrichment: AboutInfo['enrichment'], locale: Locale): string {
  const { enabled, titles, enriched, ambiguous, notFound } = enrichment;
  if (!enabled && enriched === 0) return t(locale, 'about.enrichmentOff');
  const lines = [
    t(locale, 'about.enrichmentCounts', {
      enriched: formatCount(locale, enriched),
      titles: t(locale, 'about.titles', { count: titles }),
      notFound: notFound ? t(locale, 'about.enrichmentNotFound', { count: notFound }) : '',
      paused: enabled ? '' : t(locale, 'about.enrichmentPaused'),
    }),
  ];
  if (ambiguous) lines.push(t(locale, 'about.enrichmentAmbiguous', { count: ambiguous }));
  lines.push(TMDB_NOTICE);
  return lines.join('\n');
}
