import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedRequest } from './types.js';

/** What a route answers. A body of undefined means an empty response (204). */
export interface RestResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Thrown by routes to answer with a Discord error body `{message, code}`. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly headers: Record<string, string> = {},
    /** Replaces the default `{message, code}` body (429s carry `retry_after` and `global`). */
    readonly body?: unknown,
  ) {
    super(message);
  }

  toResult(): RestResult {
    return {
      status: this.status,
      body: this.body ?? { message: this.message, code: this.code },
      headers: this.headers,
    };
  }
}

export const unknownMessage = () => new RestError(404, 10008, 'Unknown Message');
export const unknownChannel = () => new RestError(404, 10003, 'Unknown Channel');
export const unknownWebhook = () => new RestError(404, 10015, 'Unknown Webhook');
export const unknownInteraction = () => new RestError(404, 10062, 'Unknown interaction');
export const missingAccess = () => new RestError(403, 50001, 'Missing Access');
export const missingPermissions = () => new RestError(403, 50013, 'Missing Permissions');

const API_PREFIX = '/api/v10';

/** Reads a request: decoded path without `/api/v10`, query, headers, JSON or multipart body. */
export async function readRequest(
  req: IncomingMessage,
): Promise<{ recorded: RecordedRequest; versioned: boolean; invalidJson: boolean }> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
  const pathname = versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname;
  const recorded: RecordedRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    path: pathname.split('/').map(safeDecode).join('/'),
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    body: undefined,
    files: [],
    at: Date.now(),
    status: 0,
  };
  const raw = await readAll(req);
  const contentType = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { recorded, versioned, invalidJson: false };
  try {
    if (contentType.startsWith('multipart/form-data')) await readMultipart(recorded, raw, contentType);
    else if (contentType.startsWith('application/json')) recorded.body = JSON.parse(raw.toString('utf8'));
    else recorded.body = raw.toString('utf8');
    return { recorded, versioned, invalidJson: false };
  } catch {
    recorded.body = raw.toString('utf8');
    return { recorded, versioned, invalidJson: true };
  }
}

async function readMultipart(recorded: RecordedRequest, raw: Buffer, contentType: string): Promise<void> {
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  for (const [field, value] of form) {
    if (typeof value !== 'string') {
      const data = Buffer.from(await value.arrayBuffer());
      recorded.files.push({ field, filename: value.name, contentType: value.type, size: value.size, data });
    } else if (field === 'payload_json') {
      recorded.body = JSON.parse(value);
    }
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function sendResult(res: ServerResponse, result: RestResult): void {
  const headers: Record<string, string> = { ...result.headers };
  if (result.body === undefined) {
    res.writeHead(result.status, headers).end();
    return;
  }
  headers['Content-Type'] = 'application/json';
  res.writeHead(result.status, headers).end(JSON.stringify(result.body));
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface Route {
  method: string;
  pattern: RegExp;
  /** Whether the route needs `Authorization: Bot <token>` (interaction callbacks and webhooks do not). */
  auth: boolean;
  handle(req: RecordedRequest, params: Record<string, string>): RestResult;
}

/** Declares a route; `:name` segments become params, other segments match literally (e.g. `@original`, `@me`). */
export function route(method: string, template: string, auth: boolean, handle: Route['handle']): Route {
  const source = template
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? `(?<${segment.slice(1)}>[^/]+)` : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return { method, pattern: new RegExp(`^${source}/?$`), auth, handle };
}

export function json(body: unknown, status = 200, headers?: Record<string, string>): RestResult {
  return headers ? { status, body, headers } : { status, body };
}

export const noContent = (): RestResult => ({ status: 204 });
