import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localise, matchesQuery, yearOf } from './catalog.js';
import { defaultFixtures, type TmdbFixture } from './fixtures/index.js';

/** A scripted answer that replaces the next real one for a matching path. */
export type TmdbFault =
  | { kind: 'rate-limited'; retryAfter?: string }
  | { kind: 'server-error'; status?: number }
  | { kind: 'unauthorized' }
  | { kind: 'not-found' }
  | { kind: 'html' }
  | { kind: 'garbage' }
  | { kind: 'truncated' }
  | { kind: 'wrong-shape' };

export interface TmdbRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
}

export interface TmdbStandIn {
  /** The v3 base URL, e.g. http://127.0.0.1:PORT/3 (what TMDB_API_URL takes). */
  url: string;
  apiKey: string;
  readToken: string;
  requests: TmdbRequest[];
  /** The next answers to requests whose path (without /3) matches, one fault per request, in order. */
  fail(path: string | RegExp, ...faults: TmdbFault[]): void;
  setFixtures(fixtures: TmdbFixture[]): void;
  /** Forgets recorded requests and unused faults, and restores the fixtures it started with. */
  reset(): void;
  stop(): Promise<void>;
}

export interface TmdbStandInOptions {
  fixtures?: TmdbFixture[];
  apiKey?: string;
  readToken?: string;
}

const APPENDABLE = new Set([
  'credits',
  'aggregate_credits',
  'translations',
  'alternative_titles',
  'keywords',
  'external_ids',
]);

/**
 * A local stand-in for TMDB's v3 API on 127.0.0.1: search (tv, movie) and details with `append_to_response`,
 * checked against a v3 key (`api_key`) or a v4 read token (Bearer), answering in TMDB's shapes, including its
 * error bodies. Faults (429 with Retry-After, 5xx, 401, HTML and garbage bodies) are scripted per path.
 */
export async function startTmdbStandIn(options: TmdbStandInOptions = {}): Promise<TmdbStandIn> {
  const initial = options.fixtures ?? defaultFixtures();
  let fixtures = initial;
  const apiKey = options.apiKey ?? 'stand-in-tmdb-v3-key-0123456789abcdef';
  const readToken = options.readToken ?? 'stand-in-tmdb-v4-read-token.eyJhdWQiOiJ0ZXN0In0';
  const requests: TmdbRequest[] = [];
  const faults: { path: string | RegExp; fault: TmdbFault }[] = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const query = Object.fromEntries(url.searchParams);
    const path = url.pathname.replace(/^\/3(?=\/)/, '');
    requests.push({ method: req.method ?? 'GET', path, query, authorization: req.headers.authorization });
    const at = faults.findIndex((entry) =>
      typeof entry.path === 'string' ? entry.path === path : entry.path.test(path),
    );
    if (at !== -1) return sendFault(res, faults.splice(at, 1)[0]!.fault, () => route(path, query, fixtures));
    if (!authorised(req, query, apiKey, readToken)) return sendFault(res, { kind: 'unauthorized' }, () => undefined);
    const body = route(path, query, fixtures);
    if (body === undefined) return sendFault(res, { kind: 'not-found' }, () => undefined);
    send(res, 200, JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/3`,
    apiKey,
    readToken,
    requests,
    fail: (path, ...list) => faults.push(...list.map((fault) => ({ path, fault }))),
    setFixtures: (next) => (fixtures = next),
    reset: () => {
      requests.length = 0;
      faults.length = 0;
      fixtures = initial;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function authorised(req: IncomingMessage, query: Record<string, string>, apiKey: string, readToken: string): boolean {
  return query.api_key === apiKey || req.headers.authorization === `Bearer ${readToken}`;
}

function route(path: string, query: Record<string, string>, fixtures: TmdbFixture[]): unknown {
  const language = query.language ?? 'en-US';
  const search = /^\/search\/(tv|movie)$/.exec(path);
  if (search) {
    const kind = search[1] as 'tv' | 'movie';
    const year = kind === 'tv' ? query.first_air_date_year : (query.primary_release_year ?? query.year);
    const results = fixtures
      .filter((f) => f.kind === kind && matchesQuery(f, query.query ?? '') && (!year || yearOf(f) === year))
      .map((f) => localise(f, f.searchResult, language));
    return { page: 1, results, total_pages: 1, total_results: results.length };
  }
  const details = /^\/(tv|movie)\/(\d+)$/.exec(path);
  if (details) {
    const fixture = fixtures.find((f) => f.kind === details[1] && f.id === Number(details[2]));
    if (!fixture) return undefined;
    const appended = (query.append_to_response ?? '').split(',').filter((key) => APPENDABLE.has(key));
    const extra = Object.fromEntries(
      appended.flatMap((key) =>
        key in fixture.appended ? [[key, fixture.appended[key as keyof typeof fixture.appended]]] : [],
      ),
    );
    return { ...localise(fixture, fixture.details, language), ...extra };
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers });
  res.end(body);
}

/** TMDB's own error bodies (status_code 7, 25, 34, 11), and the broken answers a proxy or outage produces. */
function sendFault(res: ServerResponse, fault: TmdbFault, real: () => unknown): void {
  switch (fault.kind) {
    case 'rate-limited':
      return send(
        res,
        429,
        JSON.stringify({
          success: false,
          status_code: 25,
          status_message: 'Your request count (#) is over the allowed limit of (40).',
        }),
        fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter },
      );
    case 'server-error':
      return send(
        res,
        fault.status ?? 500,
        JSON.stringify({
          success: false,
          status_code: 11,
          status_message: 'Internal error: Something went wrong, contact TMDB.',
        }),
      );
    case 'unauthorized':
      return send(
        res,
        401,
        JSON.stringify({
          success: false,
          status_code: 7,
          status_message: 'Invalid API key: You must be granted a valid key.',
        }),
      );
    case 'not-found':
      return send(
        res,
        404,
        JSON.stringify({
          success: false,
          status_code: 34,
          status_message: 'The resource you requested could not be found.',
        }),
      );
    case 'html':
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end(
        '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad gateway</h1><p>cloudflare</p></body></html>',
      );
    case 'garbage':
      return send(res, 200, '\u0000\u00ff{"results": [tru');
    case 'truncated': {
      const text = JSON.stringify(real() ?? { results: [] });
      return send(res, 200, text.slice(0, Math.floor(text.length / 2)));
    }
    case 'wrong-shape':
      return send(res, 200, JSON.stringify({ page: '1', results: 'none', id: 'ninety-three thousand' }));
  }
}
