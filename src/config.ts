import { z } from 'zod';
import { parseShardIds } from './domain/shards.js';

const snowflake = z
  .string()
  .regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits); copy it with Developer Mode on');

/** A comma-separated list of Discord ids; the entries that are not ids are named by position (values are never echoed). */
const snowflakeList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .superRefine((ids, ctx) => {
    const bad = ids.flatMap((id, i) => (/^\d{17,20}$/.test(id) ? [] : [i + 1]));
    if (bad.length)
      ctx.addIssue({
        code: 'custom',
        message: `must be Discord ids (17–20 digits) separated by commas; entr${bad.length === 1 ? 'y' : 'ies'} ${bad.join(', ')} of ${ids.length} ${bad.length === 1 ? 'is not one' : 'are not'}`,
      });
  });

const schema = z.object({
  DISCORD_TOKEN: z
    .string()
    .trim()
    .min(1)
    .refine((token) => !/^bot\s/i.test(token), 'paste the token alone, without the "Bot " prefix')
    .refine((token) => token.split('.').length === 3, 'does not look like a bot token (three parts separated by dots)')
    .optional(),
  DISCORD_CLIENT_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.string().url('must be a URL such as http://127.0.0.1:8080/api').optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NETFLIX_TOP10_URL: z
    .string()
    .trim()
    .refine(
      (value) => value.toLowerCase() === 'off' || splitUrls(value).every(isHttpUrl),
      'must be "off" or http(s) URLs of Netflix Top 10 TSV files, separated by commas',
    )
    .optional(),
  NETFLIX_ENGAGEMENT_URLS: z
    .string()
    .trim()
    .refine(
      (value) => splitUrls(value).every(isHttpUrl),
      'must be http(s) URLs of engagement report .xlsx files, separated by commas',
    )
    .optional(),
  KOBIS_API_KEY: z.string().trim().min(1).optional(),
  TMDB_API_KEY: z
    .string()
    .trim()
    .min(1)
    .refine((key) => !key.startsWith('eyJ'), 'looks like a v4 read access token: set it as TMDB_READ_TOKEN instead')
    .optional(),
  TMDB_READ_TOKEN: z
    .string()
    .trim()
    .min(1)
    .refine((token) => !/^[0-9a-f]{32}$/i.test(token), 'looks like a v3 API key: set it as TMDB_API_KEY instead')
    .optional(),
  TMDB_API_URL: z.string().url('must be a URL such as https://api.themoviedb.org/3').optional(),
  TMDB_REQUESTS_PER_SECOND: z.coerce
    .number('must be a number')
    .positive('must be more than 0')
    .max(40, 'must be at most 40 (TMDB throttles above that)')
    .optional(),
  TMDB_MAX_AGE_DAYS: z.coerce
    .number('must be a number')
    .int('must be whole days')
    .min(1, 'must be at least 1')
    .optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL URL such as postgres://withk:password@127.0.0.1:5432/withk')
    .optional(),
  // The same rule as the store's (at most 40 characters, so the notification channel's name stays within 63).
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,39}$/, 'must be a plain schema name: a-z, 0-9 and _, at most 40 characters')
    .default('public'),
  WITHK_CLAIM_TIMEOUT_S: z.coerce
    .number()
    .int('must be a whole number of seconds')
    .min(1, 'must be at least 1 second')
    .max(86_400, 'must be at most a day (86400)')
    .default(60),
  PICTURES: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  WITHK_SHARD_COUNT: z.coerce.number().int('must be a whole number').min(1).max(100_000).optional(),
  WITHK_SHARDS: z.string().trim().min(1).optional(),
  WITHK_EDITOR_USER_IDS: snowflakeList.optional(),
  WITHK_EDITOR_ROLE_IDS: snowflakeList.optional(),
});

export interface Config {
  token?: string;
  clientId?: string;
  guildId?: string;
  apiUrl?: string;
  dataDir: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** Netflix Top 10 files the running bot keeps fresh; empty when NETFLIX_TOP10_URL=off. Hand-built configs may leave it out. */
  netflixTop10Urls?: string[];
  /** Engagement reports the running bot imports when they change. */
  netflixEngagementUrls?: string[];
  kobisApiKey?: string;
  /** TMDB enrichment is on when either credential is set. */
  tmdbApiKey?: string;
  tmdbReadToken?: string;
  /** TMDB's v3 base URL; https://api.themoviedb.org/3 when unset. */
  tmdbApiUrl?: string;
  /** Requests per second at most (4 when unset). */
  tmdbRequestsPerSecond?: number;
  /** Enrichment older than this many days is fetched again (30 when unset). */
  tmdbMaxAgeDays?: number;
  /** PostgreSQL for shared state (many processes); without it the lowdb files in dataDir. */
  databaseUrl?: string;
  /** The schema withk's tables live in (default `public`). */
  databaseSchema?: string;
  /** A digest claim not confirmed or renewed for this long is sent by another process (default 60). */
  claimTimeoutS?: number;
  /** False when the operator turned pictures off (PICTURES=off): every answer is text only. */
  pictures?: boolean;
  /** Shards this process runs; undefined = as many as Discord recommends, all in this process. */
  shards?: { ids: number[]; count: number };
  /** Users who may curate (besides the application's owner or team). */
  editorUserIds?: string[];
  /** Members with any of these roles may curate. */
  editorRoleIds?: string[];
}

/** Netflix's own public Top 10 files: fetched by default, so a fresh install fills itself. */
export const NETFLIX_TOP10_URLS = [
  'https://www.netflix.com/tudum/top10/data/all-weeks-global.tsv',
  'https://www.netflix.com/tudum/top10/data/all-weeks-countries.tsv',
  'https://www.netflix.com/tudum/top10/data/most-popular.tsv',
];

const splitUrls = (value: string) => value.split(/[\s,]+/).filter(Boolean);
const isHttpUrl = (value: string) => /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value);

/** Every configuration problem at once, so a person fixes `.env` in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment. Empty strings count as unset, as they do in most `.env` files. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const result = schema.safeParse(present);
  if (!result.success) {
    // Never echo values: one of them may be the token.
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const v = result.data;
  const shards = shardsOf(v.WITHK_SHARDS, v.WITHK_SHARD_COUNT);
  if (typeof shards === 'string') throw new ConfigError([shards]);
  return {
    token: v.DISCORD_TOKEN,
    clientId: v.DISCORD_CLIENT_ID,
    guildId: v.DISCORD_GUILD_ID,
    apiUrl: v.DISCORD_API_URL?.replace(/\/+$/, ''),
    dataDir: v.DATA_DIR,
    logLevel: v.LOG_LEVEL,
    netflixTop10Urls: !v.NETFLIX_TOP10_URL
      ? NETFLIX_TOP10_URLS
      : v.NETFLIX_TOP10_URL.toLowerCase() === 'off'
        ? []
        : splitUrls(v.NETFLIX_TOP10_URL),
    netflixEngagementUrls: v.NETFLIX_ENGAGEMENT_URLS ? splitUrls(v.NETFLIX_ENGAGEMENT_URLS) : [],
    kobisApiKey: v.KOBIS_API_KEY,
    tmdbApiKey: v.TMDB_API_KEY,
    tmdbReadToken: v.TMDB_READ_TOKEN,
    tmdbApiUrl: v.TMDB_API_URL?.replace(/\/+$/, ''),
    tmdbRequestsPerSecond: v.TMDB_REQUESTS_PER_SECOND,
    tmdbMaxAgeDays: v.TMDB_MAX_AGE_DAYS,
    databaseUrl: v.DATABASE_URL,
    databaseSchema: v.DATABASE_SCHEMA,
    claimTimeoutS: v.WITHK_CLAIM_TIMEOUT_S,
    pictures: v.PICTURES === 'on',
    shards,
    editorUserIds: v.WITHK_EDITOR_USER_IDS ?? [],
    editorRoleIds: v.WITHK_EDITOR_ROLE_IDS ?? [],
  };
}

/** WITHK_SHARD_COUNT alone runs every shard here; WITHK_SHARDS picks a range of them (several processes split them). */
function shardsOf(ids: string | undefined, count: number | undefined): Config['shards'] | string {
  if (ids === undefined)
    return count === undefined ? undefined : { ids: Array.from({ length: count }, (_, i) => i), count };
  if (count === undefined)
    return 'WITHK_SHARDS needs WITHK_SHARD_COUNT: the total number of shards across all processes';
  const parsed = parseShardIds(ids, count);
  return typeof parsed === 'string' ? `WITHK_SHARDS ${parsed}` : { ids: parsed, count };
}

/** Values that must never appear in a log line: the token, the KOBIS key, the database password. */
export function secretsOf(config: Config): string[] {
  const secrets = [config.token, config.kobisApiKey, config.tmdbApiKey, config.tmdbReadToken];
  try {
    if (config.databaseUrl) secrets.push(decodeURIComponent(new URL(config.databaseUrl).password));
  } catch {
    // An unparseable URL fails when connecting; there is no password to hide.
  }
  return secrets.filter((secret): secret is string => Boolean(secret));
}

export const MISSING_TOKEN_HELP = `DISCORD_TOKEN is not set, so withk cannot log in to Discord.

  1. Open https://discord.com/developers/applications, create an application, and under "Bot" press
     "Reset Token" and copy it.
  2. Copy .env.example to .env and set DISCORD_TOKEN=<the token> (and DISCORD_CLIENT_ID, DISCORD_GUILD_ID).
  3. Run npm start again.

To try withk without Discord, run: npm run console`;

/** Whether TMDB enrichment is configured (a v3 key or a v4 read token). */
export const tmdbEnabled = (config: Pick<Config, 'tmdbApiKey' | 'tmdbReadToken'>) =>
  Boolean(config.tmdbApiKey || config.tmdbReadToken);
