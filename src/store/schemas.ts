import { z } from 'zod';
import { CREDIT_ROLES, DEAL_KINDS, DEAL_STATUSES, type Catalog } from '../domain/types.js';
import { chartEntriesSchema } from './chart-entries-schema.js';
import { engagementSchema } from './engagement-schema.js';
import type { State } from './state-types.js';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY-MM-DD, YYYY-MM or YYYY');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const instant = z.string().datetime({ offset: true });
const text = z.string().min(1);

const source = z.object({ publication: text, date: isoDate, url: z.string().url().optional() });

const origin = z.enum(['curated', 'netflix-top10', 'kobis', 'netflix-engagement']);

const title = z.object({
  id: text,
  name: text,
  originalNames: z.array(z.object({ lang: text, name: text })),
  aliases: z.array(text),
  kind: z.enum(['series', 'film', 'show']),
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
  origin: origin,
  source,
  asOf: isoDate,
});

const company = z.object({
  id: text,
  name: text,
  aliases: z.array(text),
  country: text,
  kind: z.enum(['studio', 'broadcaster', 'streamer', 'production', 'distributor', 'conglomerate']),
  parentId: text.optional(),
  externalIds: z.object({ kobisCompanyCd: text.optional() }).optional(),
  origin: origin.optional(),
  source,
  asOf: isoDate,
});

const deal = z.object({
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

export const catalogSchema = z.object({
  version: z.literal(1),
  titles: z.array(title),
  companies: z.array(company),
  deals: z.array(deal),
  charts: z.array(chart),
  chartEntries: chartEntriesSchema,
  engagement: engagementSchema.optional(),
  statistics: z.array(statistic),
  sources: z.array(sourceStatus),
}) satisfies z.ZodType<Catalog>;

const digest = z.object({
  channelId: text,
  time: z.string().regex(/^\d{2}:\d{2}$/),
  timeZone: text,
  enabled: z.boolean(),
  paused: z.object({ reason: text, at: instant }).optional(),
  updatedBy: text,
  updatedAt: instant,
});

export const stateSchema = z.object({
  version: z.literal(1),
  commands: z.object({ hash: text, scope: text, at: instant }).optional(),
  guilds: z.record(z.string(), z.object({ digest: digest.optional() })),
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
    }),
  ),
  refresh: z
    .record(z.string(), z.object({ lastAttemptAt: instant, failures: count, lastError: z.string().optional() }))
    .optional(),
}) satisfies z.ZodType<State>;
