import type { z } from 'zod';
import type { Logger } from '../../logger.js';
import {
  TmdbAuthError,
  TmdbNotFoundError,
  TmdbResponseError,
  TmdbUnavailableError,
} from '../../services/tmdb-source.js';

export const DEFAULT_TMDB_API_URL = 'https://api.themoviedb.org/3';

export interface TmdbHttpOptions {
  /** A v3 API key, sent as the `api_key` query parameter. */
  apiKey?: string;
  /** A v4 read access token, sent as `Authorization: Bearer`. Preferred when both are given. */
  readToken?: string;
  baseUrl?: string;
  /** At most this many requests start per second (default 4; TMDB asks for "reasonable" use, about 40/s at most). */
  requestsPerSecond?: number;
  /** Retries after a 5xx, a network error or a 429 (default 4). */
  maxRetries?: number;
  /** The longest Retry-After honoured; a longer one ends the request as unavailable (default 120 s). */
  maxRetryAfterMs?: number;
  /** Per-request timeout (default 15 s). */
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  logger?: Logger;
}

export type TmdbGet = <T extends z.ZodType>(
  path: string,
  params: Record<string, string>,
  schema: T,
) => Promise<z.output<T>>;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * GET against TMDB with its manners: requests spaced to `requestsPerSecond`, a 429 waits for its Retry-After,
 * 5xx and network errors retry with exponential backoff, a 401 throws TmdbAuthError at once, and every answer is
 * parsed and validated with `schema` (TmdbResponseError when it is not what TMDB sends). Log lines carry the
 * path only, never the query (which holds a v3 key).
 */
export function createTmdbGet(options: TmdbHttpOptions): TmdbGet {
  const { fetchImpl = fetch, sleep = defaultSleep, now = Date.now, logger } = options;
  const base = (options.baseUrl ?? DEFAULT_TMDB_API_URL).replace(/\/+$/, '');
  const interval = 1000 / (options.requestsPerSecond ?? 4);
  const maxRetries = options.maxRetries ?? 4;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.readToken) headers.authorization = `Bearer ${options.readToken}`;
  let nextStart = 0;

  async function takeTurn(): Promise<void> {
    const at = now();
    const wait = nextStart - at;
    nextStart = Math.max(at, nextStart) + interval;
    if (wait > 0) await sleep(wait);
  }

  return async function get(path, params, schema) {
    const query = new URLSearchParams(params);
    if (!options.readToken && options.apiKey) query.set('api_key', options.apiKey);
    const url = `${base}${path}?${query}`;
    for (let attempt = 0; ; attempt++) {
      await takeTurn();
      const retry = async (reason: string, waitMs: number, rateLimited = false) => {
        if (attempt >= maxRetries || waitMs > maxRetryAfterMs)
          throw new TmdbUnavailableError(`TMDB ${reason} for ${path}`, rateLimited);
        logger?.warn({ path, reason, attempt: attempt + 1, waitMs }, 'TMDB request failed; retrying');
        await sleep(waitMs);
      };
      let response: Response;
      try {
        response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
      } catch (error) {
        await retry(`could not be reached (${(error as Error).name})`, backoff(attempt));
        continue;
      }
      if (response.status === 401) throw new TmdbAuthError();
      if (response.status === 429) {
        await response.body?.cancel();
        await retry(
          'rate limit (429)',
          retryAfterMs(response.headers.get('retry-after'), now()) ?? backoff(attempt),
          true,
        );
        continue;
      }
      if (response.status >= 500) {
        await response.body?.cancel();
        await retry(`server error (${response.status})`, backoff(attempt));
        continue;
      }
      if (response.status === 404) throw new TmdbNotFoundError(path);
      return readBody(response, schema);
    }
  };
}

/** 1 s, 2 s, 4 s, … up to 30 s. */
const backoff = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt);

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Math.ceil(Number(header) * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

async function readBody<T extends z.ZodType>(response: Response, schema: T): Promise<z.output<T>> {
  const text = await response.text();
  if (!response.ok) throw new TmdbResponseError(`HTTP ${response.status}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const type = response.headers.get('content-type')?.split(';')[0] ?? 'no content type';
    const what = /^\s*</.test(text)
      ? 'an HTML page'
      : text.trim() === ''
        ? 'an empty body'
        : 'malformed or truncated JSON';
    throw new TmdbResponseError(`${what} (${type}) instead of JSON`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new TmdbResponseError(`unexpected shape at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}
