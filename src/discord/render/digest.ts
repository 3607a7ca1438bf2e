import type {
  Digest,
  DigestDeal,
  DigestMention,
  DigestMilestone,
  DigestNumberOne,
  DigestRelease,
  DigestRow,
} from '../../domain/digest.js';
import { isCrossBorder } from '../../domain/kobis-nations.js';
import type { SourceStatus, Title } from '../../domain/types.js';
import { addLocalDays } from '../../domain/zoned-time.js';
import { formatDate, formatDateSpan } from '../../i18n/format.js';
import { t, type Locale } from '../../i18n/index.js';
import { chartName, displayCompanyName, displayName, entryLabel, platformName, sourceName } from '../../i18n/names.js';
import { embedLength, fitEmbed, LIMITS, truncate, type EmbedData } from '../limits.js';
import type { MessageView } from '../reply.js';
import { formatMovement } from './chart.js';
import { coProductionMark } from './company.js';
import { BRAND_COLOR, safe } from './format.js';
import { TMDB_NOTICE } from './title-enrichment.js';

export interface DigestRenderOptions {
  /** Posted after downtime: the title says so. */
  late?: boolean;
  /** Replaces the default title ("withk daily digest · 24 Nov 2026"). */
  title?: string;
  /** Set for `/trends [days]`: the title and wording speak of the last `days` days. */
  days?: number;
}

/** Lines shown per section; the rest is counted in an "…and N more" line so nothing vanishes unannounced. */
export const MAX_SECTION_LINES = 30;
const MAX_LINE = 300;
// Each embed keeps one of its 25 field slots free, so the data field always fits in the last one.
const FIELDS_PER_EMBED = LIMITS.embedFields - 1;

interface Field {
  name: string;
  value: string;
}

/**
 * The digest as one or more messages, in `locale`. Discord counts the 6000-character limit over all embeds of a
 * message, so each message stays within it (and so each embed does too), with at most 10 embeds of at most 25
 * fields, each value at most 1024 characters. Every message names each source's data date.
 */
export function renderDigest(digest: Digest, locale: Locale, opts: DigestRenderOptions = {}): MessageView[] {
  const title = digestTitle(digest, locale, opts);
  const description = [windowLine(digest, locale, opts), digest.quiet ? quietLine(locale, opts) : '']
    .filter(Boolean)
    .join('\n');
  const sections = digestSections(digest, locale).filter((section) => section.lines.length > 0);
  const fields = sections.flatMap((section) => toFields(section.name, capped(section.lines, locale), locale));
  const fromTmdb = digest.upcoming.some((release) => release.what === 'season' || release.what === 'finale');
  return packMessages({ title, description, fields, data: dataField(digest.sources, locale, fromTmdb) }, locale);
}

function digestTitle(digest: Digest, locale: Locale, opts: DigestRenderOptions): string {
  const base =
    opts.title ??
    (opts.days
      ? t(locale, 'digest.trendsTitle', { count: opts.days })
      : t(locale, 'digest.title', { date: formatDate(locale, digest.date) }));
  const suffix = opts.late ? t(locale, 'digest.lateSuffix') : '';
  return `${truncate(base, LIMITS.embedTitle - suffix.length)}${suffix}`;
}

function windowLine({ window }: Digest, locale: Locale, opts: DigestRenderOptions): string {
  if (window.from >= window.to) return t(locale, 'digest.noNewData', { date: formatDate(locale, window.to) });
  const span = formatDateSpan(locale, addLocalDays(window.from, 1), window.to);
  return t(locale, opts.days ? 'digest.dataDated' : 'digest.newDataDated', { span });
}

function quietLine(locale: Locale, opts: DigestRenderOptions): string {
  return opts.days ? t(locale, 'digest.quietDays', { count: opts.days }) : t(locale, 'digest.quiet');
}

function digestSections(digest: Digest, locale: Locale): { name: string; lines: string[] }[] {
  const section = (key: keyof typeof SECTION_KEYS, lines: string[]) => ({ name: t(locale, SECTION_KEYS[key]), lines });
  return [
    section(
      'newEntries',
      digest.newEntries.map((row) => rowLine(row, locale)),
    ),
    section(
      'climbers',
      digest.climbers.map((row) => rowLine(row, locale)),
    ),
    section(
      'fallers',
      digest.fallers.map((row) => rowLine(row, locale)),
    ),
    section(
      'numberOnes',
      digest.numberOnes.map((row) => numberOneLine(row, locale)),
    ),
    section(
      'milestones',
      digest.milestones.map((milestone) => milestoneLine(milestone, locale)),
    ),
    section(
      'deals',
      digest.deals.map((deal) => dealLine(deal, locale)),
    ),
    section(
      'upcoming',
      digest.upcoming.map((release) => releaseLine(release, locale)),
    ),
  ];
}

const SECTION_KEYS = {
  newEntries: 'digest.sections.newEntries',
  climbers: 'digest.sections.climbers',
  fallers: 'digest.sections.fallers',
  numberOnes: 'digest.sections.numberOnes',
  milestones: 'digest.sections.milestones',
  deals: 'digest.sections.deals',
  upcoming: 'digest.sections.upcoming',
} as const;

const label = (mention: DigestMention, locale: Locale) =>
  `**${safe(entryLabel(mention.entry, mention.title, locale))}**${crossBorderMark(mention.title, locale)}`;

/** " · 🌏 KR–VN co-production" for a title made across borders (Korea and another country), else nothing. */
export const crossBorderMark = (title: Title | undefined, locale: Locale) =>
  title && isCrossBorder(title.originCountries) ? coProductionMark(title, locale) : '';
const chartOf = (mention: DigestMention, locale: Locale) => safe(chartName(mention.chart, locale));

function rowLine(row: DigestRow, locale: Locale): string {
  return `\`#${row.entry.rank}\` ${formatMovement(row.movement, locale)} ${label(row, locale)} · ${chartOf(row, locale)}`;
}

function numberOneLine(row: DigestNumberOne, locale: Locale): string {
  const held =
    row.numberOneStreak > 1
      ? t(locale, `streak.${row.chart.cadence}`, { count: row.numberOneStreak })
      : t(locale, 'digest.newNumberOne');
  return `${label(row, locale)} · ${chartOf(row, locale)} · ${held}`;
}

function milestoneLine(milestone: DigestMilestone, locale: Locale): string {
  const { kind, count, chart } = milestone;
  const what =
    kind === 'weeks-in-top10'
      ? t(locale, 'digest.top10', { count })
      : t(locale, `streakInARow.${kind === 'streak-days' ? 'day' : chart.cadence}`, { count });
  return `${label(milestone, locale)} · ${chartOf(milestone, locale)} · ${what}`;
}

function dealLine({ deal, parties }: DigestDeal, locale: Locale): string {
  const names = parties.length
    ? parties.map((company) => safe(displayCompanyName(company, locale))).join(' × ')
    : deal.partyIds.map(safe).join(' × ');
  return `**${names}** · ${t(locale, `dealKinds.${deal.kind}`)} · ${formatDate(locale, deal.date)}: ${safe(truncate(deal.summary, 200))}`;
}

function releaseLine({ title, releaseDate, what, season }: DigestRelease, locale: Locale): string {
  const where = title.platforms.length
    ? ` · ${title.platforms.map((platform) => safe(platformName(platform, locale))).join(', ')}`
    : '';
  const event =
    season === undefined
      ? ''
      : what === 'season'
        ? ` · ${t(locale, 'digest.seasonStarts', { season })}`
        : what === 'finale'
          ? ` · ${t(locale, 'digest.seasonFinale', { season })}`
          : '';
  return `**${safe(displayName(title, locale))}**${crossBorderMark(title, locale)}${event} · ${formatDate(locale, releaseDate)}${where}`;
}

function capped(lines: string[], locale: Locale): string[] {
  const shown = lines.slice(0, MAX_SECTION_LINES).map((line) => truncate(line, MAX_LINE));
  if (lines.length > MAX_SECTION_LINES)
    shown.push(t(locale, 'digest.more', { count: lines.length - MAX_SECTION_LINES }));
  return shown;
}

/** A section as fields of whole lines, each value within 1024 characters. */
function toFields(name: string, lines: string[], locale: Locale): Field[] {
  const fields: Field[] = [];
  const nameOf = () => (fields.length ? t(locale, 'digest.sectionContinued', { section: name }) : name);
  let value = '';
  for (const line of lines) {
    if (value && value.length + 1 + line.length > LIMITS.fieldValue) {
      fields.push({ name: nameOf(), value });
      value = '';
    }
    value = value ? `${value}\n${line}` : line;
  }
  if (value) fields.push({ name: nameOf(), value });
  return fields;
}

/**
 * "Netflix Top 10 to 19 Jul 2026 · KOBIS daily box office to 28 Jan 2026", and TMDB credited when its season and
 * finale dates are in the digest.
 */
function dataField(sources: readonly SourceStatus[], locale: Locale, fromTmdb = false): Field {
  const parts = sources.map((source) => {
    const name = safe(sourceName(source, locale));
    return source.dataDate
      ? t(locale, 'digest.sourceTo', { source: name, date: formatDate(locale, source.dataDate) })
      : t(locale, 'digest.sourceNoData', { source: name });
  });
  if (fromTmdb) parts.push(t(locale, 'digest.tmdbDates', { notice: TMDB_NOTICE }));
  return {
    name: t(locale, 'digest.data'),
    value: truncate(parts.length ? parts.join(' · ') : t(locale, 'digest.noSources'), LIMITS.fieldValue),
  };
}

const fieldSize = (field: Field) => field.name.length + field.value.length;

interface DigestParts {
  title: string;
  description: string;
  fields: Field[];
  data: Field;
}

function packMessages({ title, description, fields, data }: DigestParts, locale: Locale): MessageView[] {
  // Room kept in every message for the "part N of M" footer, whatever N and M turn out to be.
  const footerRoom = t(locale, 'digest.part', { part: 999, parts: 999 }).length;
  const messages: EmbedData[][] = [];
  let used = 0;
  const startMessage = () => {
    const first = messages.length === 0;
    const embed: EmbedData = {
      title: first ? title : truncate(t(locale, 'digest.titleContinued', { title }), LIMITS.embedTitle),
      color: BRAND_COLOR,
      fields: [],
    };
    if (first && description) embed.description = description;
    messages.push([embed]);
    used = embedLength(embed) + fieldSize(data) + footerRoom;
  };
  startMessage();
  for (const field of fields) {
    const embeds = messages.at(-1)!;
    if (used + fieldSize(field) > LIMITS.embedTotal) startMessage();
    else if (embeds.at(-1)!.fields!.length >= FIELDS_PER_EMBED) {
      if (embeds.length >= LIMITS.embedsPerMessage) startMessage();
      else embeds.push({ color: BRAND_COLOR, fields: [] });
    }
    messages.at(-1)!.at(-1)!.fields!.push(field);
    used += fieldSize(field);
  }
  return messages.map((embeds, i) => {
    const last = embeds.at(-1)!;
    last.fields!.push(data);
    if (messages.length > 1) last.footer = { text: t(locale, 'digest.part', { part: i + 1, parts: messages.length }) };
    return { embeds: embeds.map(fitEmbed) };
  });
}
