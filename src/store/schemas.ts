import { z } from 'zod';
import { LANGUAGES } from '../domain/language.js';
import {
  COMPANY_KINDS,
  CREDIT_ROLES,
  DEAL_KINDS,
  DEAL_STATUSES,
  TITLE_KINDS,
  type Catalog,
  type Title,
} from '../domain/types.js';
import {
  arrayOf,
  inPlaceList,
  passesCheck,
  matching,
  objectOf,
  oneOf,
  optional,
  text as checkText,
  zodCheck,
} from './records-check.js';
import { chartEntriesPass, chartEntriesSchema } from './chart-entries-schema.js';
import { compactCatalog } from './compact-catalog.js';
import { engagementPass, engagementSchema } from './engagement-schema.js';
import type { State } from './state-types.js';
import { tmdbLinkSchema } from './tmdb-schema.js';
import { TMDB_REF_PATTERN } from '../domain/tmdb-ref.js';

export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY-MM-DD, YYYY-MM or YYYY');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const instant = z.string().datetime({ offset: true });
export const text = z.string().min(1);

export const titleKind = z.enum(TITLE_KINDS);
export const companyKind = z.enum(COMPANY_KINDS);

export const ORIGINS = ['curated', 'netflix-top10', 'kobis', 'netflix-engagement', 'tmdb'] as const;
const origin = z.enum(ORIGINS);

export const source = z.object({ publication: text, date: isoDate, url: z.string().url().optional() });

export const title = z.object({
  id: text,
  name: text,
  originalNames: z.array(z.object({ lang: text, name: text })),
  aliases: z.array(text),
  kind: titleKind,
  originCountries: z.array(text),
  platforms: z.array(text),
  releaseDate: isoDate.optional(),
  cast: z.array(z.object({ name: text, role: text.optional(), character: text.optional() })),
  directors: z.array(text),
  writers: z.array(text),
  companyIds: z.array(text),
  music: z.array(z.object({ title: text, artist: text })),
  synopsis: text.optional(),
  themes: z.array(text),
  productionNote: text.optional(),
  seasons: z.array(text),
  externalIds: z.object({ kobisMovieCd: text.optional() }),
  companyCredits: z.array(z.object({ companyId: text, role: z.enum(CREDIT_ROLES), source: text })).optional(),
  kobisRecord: z.enum(['info', 'list']).optional(),
  origin,
  source,
  asOf: isoDate,
  tmdb: tmdbLinkSchema.optional(),
  tmdbChoice: z.string().regex(TMDB_REF_PATTERN, 'expected a TMDB record such as tv/93405').optional(),
});

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isoDateCheck = matching(ISO_DATE, 'expected a date as YYYY-MM-DD, YYYY-MM or YYYY');
const texts = arrayOf(checkText);

/** A title's rules, checked in place (see records-check.ts): the same rules zod applies to the other records. */
const titleCheck = objectOf({
  id: checkText,
  name: checkText,
  originalNames: arrayOf(objectOf({ lang: checkText, name: checkText })),
  aliases: texts,
  kind: oneOf(['series', 'film', 'show']),
  originCountries: texts,
  platforms: texts,
  releaseDate: optional(isoDateCheck),
  cast: arrayOf(objectOf({ name: checkText, role: optional(checkText), character: optional(checkText) })),
  directors: texts,
  writers: texts,
  companyIds: texts,
  music: arrayOf(objectOf({ title: checkText, artist: checkText })),
  synopsis: optional(checkText),
  themes: texts,
  productionNote: optional(checkText),
  seasons: texts,
  externalIds: objectOf({ kobisMovieCd: optional(checkText) }),
  companyCredits: optional(arrayOf(objectOf({ companyId: checkText, role: oneOf(CREDIT_ROLES), source: checkText }))),
  kobisRecord: optional(oneOf(['info', 'list'])),
  origin: oneOf(ORIGINS),
  source: objectOf({
    publication: checkText,
    date: isoDateCheck,
    url: optional(matching(/^https?:\/\/\S+$/, 'expected a URL')),
  }),
  asOf: isoDateCheck,
  // Only enriched titles carry it, so zod's copy is paid for those alone.
  tmdb: optional(zodCheck(tmdbLinkSchema)),
  tmdbChoice: optional(matching(TMDB_REF_PATTERN, 'expected a TMDB record such as tv/93405')),
});

export const company = z.object({
  id: text,
  name: text,
  aliases: z.array(text),
  originalNames: z.array(z.object({ lang: text, name: text })).optional(),
  country: text,
  kind: companyKind,
  parentId: text.optional(),
  externalIds: z.object({ kobisCompanyCd: text.optional() }).optional(),
  origin: origin.optional(),
  source,
  asOf: isoDate,
});

export const deal = z.object({
  id: text,
  partyIds: z.array(text).min(1),
  kind: z.enum(DEAL_KINDS),
  date: isoDate,
  status: z.enum(DEAL_STATUSES),
  titleIds: z.array(text),
  summary: text,
  source,
  asOf: isoDate,
});

const chart = z.object({
  id: text,
  name: text,
  provider: z.enum(['netflix-top10', 'kobis', 'curated']),
  cadence: z.enum(['week', 'day', 'period']),
  country: text.optional(),
  category: text.optional(),
});

const count = z.number().int().nonnegative();

const statistic = z.object({
  id: text,
  subject: text,
  text,
  value: z.number(),
  unit: text,
  period: text,
  source,
  asOf: isoDate,
});

const sourceStatus = z.object({
  id: text,
  name: text,
  dataDate: day.optional(),
  importedAt: instant.optional(),
  lastError: z.object({ at: instant, message: z.string() }).optional(),
});

export const catalogSchema = z
  .object({
    version: z.literal(1),
    // Titles are checked in place (30,000 with every source): the zod `title` above describes the same rules.
    titles: inPlaceList<Title>(titleCheck),
    companies: z.array(company),
    deals: z.array(deal),
    charts: z.array(chart),
    chartEntries: chartEntriesSchema,
    engagement: engagementSchema.optional(),
    statistics: z.array(statistic),
    sources: z.array(sourceStatus),
  })
  // Every catalog a store holds passes here (files, PostgreSQL, imports): equal values are shared (see compactCatalog).
  .transform((catalog) => compactCatalog(catalog as Catalog)) satisfies z.ZodType<Catalog>;

/**
 * The catalog's lists that catalogSchema checks in place, each with a check of a slice of it: what
 * validateCatalogInSteps checks a slice at a time before zod parses the rest.
 */
export const IN_PLACE_LISTS = [
  ['titles', passesCheck(titleCheck)],
  ['chartEntries', chartEntriesPass],
  ['engagement', engagementPass],
] as const satisfies readonly (readonly [
  keyof Catalog,
  (items: readonly unknown[], from: number, to: number) => boolean,
])[];

const refusal = z.union([
  z.object({ code: z.enum(['missingAccess', 'missingPermissions', 'unknownChannel', 'unknownGuild', 'notText']) }),
  z.object({
    code: z.literal('lacks'),
    permissions: z.array(z.enum(['ViewChannel', 'SendMessages', 'EmbedLinks', 'AttachFiles'])),
    channel: z.string(),
  }),
]);

const digest = z.object({
  channelId: text,
  time: z.string().regex(/^\d{2}:\d{2}$/),
  timeZone: text,
  enabled: z.boolean(),
  language: z.enum(LANGUAGES).optional(),
  picture: z.boolean().optional(),
  paused: z.object({ reason: text, at: instant, refusal: refusal.optional() }).optional(),
  updatedBy: text,
  updatedAt: instant,
});

export const stateSchema = z.object({
  version: z.literal(1),
  commands: z.object({ hash: text, scope: text, at: instant }).optional(),
  guilds: z.record(
    z.string(),
    z.object({
      digest: digest.optional(),
      pictures: z.object({ enabled: z.boolean(), updatedBy: text, updatedAt: instant }).optional(),
    }),
  ),
  deliveries: z.array(
    z.object({
      guildId: text,
      localDate: day,
      status: z.enum(['pending', 'sent', 'failed']),
      channelId: text,
      at: instant,
      late: z.boolean().optional(),
      messageId: text.optional(),
      error: z.string().optional(),
      dataDate: day.optional(),
      claimedBy: text.optional(),
      takenOver: z.boolean().optional(),
    }),
  ),
  refresh: z
    .record(z.string(), z.object({ lastAttemptAt: instant, failures: count, lastError: z.string().optional() }))
    .optional(),
}) satisfies z.ZodType<State>;
