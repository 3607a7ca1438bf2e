import type {
  Digest,
  DigestDeal,
  DigestMilestone,
  DigestNumberOne,
  DigestRelease,
  DigestRow,
} from '../../domain/digest.js';
import { isCrossBorder } from '../../domain/kobis-nations.js';
import type { SourceStatus, Title } from '../../domain/types.js';
import { addLocalDays } from '../../domain/zoned-time.js';
import { embedLength, fitEmbed, LIMITS, truncate, type EmbedData } from '../limits.js';
import type { MessageView } from '../reply.js';
import { formatMovement } from './chart.js';
import { DEAL_KIND_LABELS } from './deals.js';
import { BRAND_COLOR, formatDate, plural, safe } from './format.js';

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
export const QUIET_TEXT = 'Quiet day: no chart moves or new partnerships since the last digest.';
const MAX_LINE = 300;
const LATE_SUFFIX = ' (late: delivered after downtime)';
// Room kept in every message for the "part N of M" footer, whatever N and M turn out to be.
const PART_FOOTER_ROOM = 'part 999 of 999'.length;
// Each embed keeps one of its 25 field slots free, so the data field always fits in the last one.
const FIELDS_PER_EMBED = LIMITS.embedFields - 1;

interface Field {
  name: string;
  value: string;
}

/**
 * The digest as one or more messages. Discord counts the 6000-character limit over all embeds of a message,
 * so each message stays within it (and so each embed does too), with at most 10 embeds of at most 25 fields,
 * each value at most 1024 characters. Every message names each source's data date.
 */
export function renderDigest(digest: Digest, opts: DigestRenderOptions = {}): MessageView[] {
  const title = digestTitle(digest, opts);
  const description = [windowLine(digest, opts), digest.quiet ? quietLine(opts) : ''].filter(Boolean).join('\n');
  const sections = digestSections(digest).filter((section) => section.lines.length > 0);
  const fields = sections.flatMap((section) => toFields(section.name, capped(section.lines)));
  return packMessages(title, description, fields, dataField(digest.sources));
}

function digestTitle(digest: Digest, opts: DigestRenderOptions): string {
  const base =
    opts.title ??
    (opts.days ? `withk trends · last ${plural(opts.days, 'day')}` : `withk daily digest · ${formatDate(digest.date)}`);
  const suffix = opts.late ? LATE_SUFFIX : '';
  return `${truncate(base, LIMITS.embedTitle - suffix.length)}${suffix}`;
}

function windowLine({ window }: Digest, opts: DigestRenderOptions): string {
  if (window.from >= window.to) return `No new data since ${formatDate(window.to)}.`;
  const first = addLocalDays(window.from, 1);
  const span = first === window.to ? formatDate(window.to) : `${formatDate(first)} – ${formatDate(window.to)}`;
  return opts.days ? `Data dated ${span}.` : `New data dated ${span}.`;
}

function quietLine(opts: DigestRenderOptions): string {
  return opts.days
    ? `Quiet: no chart moves or new partnerships in the last ${plural(opts.days, 'day')} of data.`
    : QUIET_TEXT;
}

function digestSections(digest: Digest): { name: string; lines: string[] }[] {
  return [
    { name: 'New on the charts', lines: digest.newEntries.map(rowLine) },
    { name: 'Biggest climbers', lines: digest.climbers.map(rowLine) },
    { name: 'Biggest fallers', lines: digest.fallers.map(rowLine) },
    { name: 'Number ones', lines: digest.numberOnes.map(numberOneLine) },
    { name: 'Milestones', lines: digest.milestones.map(milestoneLine) },
    { name: 'New partnerships', lines: digest.deals.map(dealLine) },
    { name: 'Coming up this week', lines: digest.upcoming.map(releaseLine) },
  ];
}

const label = (row: { entry: { label: string }; title?: Title }) =>
  `**${safe(row.entry.label)}**${crossBorderMark(row.title)}`;

/** " · 🌏 KR–VN co-production" for a title made across borders (Korea and another country), else nothing. */
export const crossBorderMark = (title: Title | undefined) =>
  title && isCrossBorder(title.originCountries) ? ` · 🌏 ${title.originCountries.join('–')} co-production` : '';

function rowLine(row: DigestRow): string {
  return `\`#${row.entry.rank}\` ${formatMovement(row.movement)} ${label(row)} · ${safe(row.chart.name)}`;
}

function numberOneLine(row: DigestNumberOne): string {
  const held = row.numberOneStreak > 1 ? `#1 for ${plural(row.numberOneStreak, row.chart.cadence)}` : 'new #1';
  return `${label(row)} · ${safe(row.chart.name)} · ${held}`;
}

function milestoneLine(milestone: DigestMilestone): string {
  const { kind, count, chart } = milestone;
  const what =
    kind === 'weeks-in-top10'
      ? `${plural(count, 'week')} in the Top 10`
      : `#1 for ${plural(count, kind === 'streak-days' ? 'day' : chart.cadence)} in a row`;
  return `${label(milestone)} · ${safe(chart.name)} · ${what}`;
}

function dealLine({ deal, parties }: DigestDeal): string {
  const names = parties.length
    ? parties.map((company) => safe(company.name)).join(' × ')
    : deal.partyIds.map(safe).join(' × ');
  return `**${names}** · ${DEAL_KIND_LABELS[deal.kind]} · ${formatDate(deal.date)}: ${safe(truncate(deal.summary, 200))}`;
}

function releaseLine({ title, releaseDate }: DigestRelease): string {
  const where = title.platforms.length ? ` · ${title.platforms.map(safe).join(', ')}` : '';
  return `**${safe(title.name)}**${crossBorderMark(title)} · ${formatDate(releaseDate)}${where}`;
}

function capped(lines: string[]): string[] {
  const shown = lines.slice(0, MAX_SECTION_LINES).map((line) => truncate(line, MAX_LINE));
  if (lines.length > MAX_SECTION_LINES) shown.push(`…and ${lines.length - MAX_SECTION_LINES} more`);
  return shown;
}

/** A section as fields of whole lines, each value within 1024 characters. */
function toFields(name: string, lines: string[]): Field[] {
  const fields: Field[] = [];
  let value = '';
  for (const line of lines) {
    if (value && value.length + 1 + line.length > LIMITS.fieldValue) {
      fields.push({ name: fields.length ? `${name} (cont.)` : name, value });
      value = '';
    }
    value = value ? `${value}\n${line}` : line;
  }
  if (value) fields.push({ name: fields.length ? `${name} (cont.)` : name, value });
  return fields;
}

/** "Netflix Top 10 to 19 Jul 2026 · KOBIS daily box office to 28 Jan 2026". */
function dataField(sources: readonly SourceStatus[]): Field {
  const parts = sources.map(
    (source) => `${safe(source.name)} ${source.dataDate ? `to ${formatDate(source.dataDate)}` : '(no data yet)'}`,
  );
  return {
    name: 'Data',
    value: truncate(parts.length ? parts.join(' · ') : 'No data sources yet.', LIMITS.fieldValue),
  };
}

const fieldSize = (field: Field) => field.name.length + field.value.length;

function packMessages(title: string, description: string, fields: Field[], data: Field): MessageView[] {
  const messages: EmbedData[][] = [];
  let used = 0;
  const startMessage = () => {
    const first = messages.length === 0;
    const embed: EmbedData = {
      title: first ? title : truncate(`${title} (continued)`, LIMITS.embedTitle),
      color: BRAND_COLOR,
      fields: [],
    };
    if (first && description) embed.description = description;
    messages.push([embed]);
    used = embedLength(embed) + fieldSize(data) + PART_FOOTER_ROOM;
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
    if (messages.length > 1) last.footer = { text: `part ${i + 1} of ${messages.length}` };
    return { embeds: embeds.map(fitEmbed) };
  });
}
