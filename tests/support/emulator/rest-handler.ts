import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { validateRequestBody } from '../spec-validator.js';
import { readRequest, RestError, sendResult, type RestResult, type Route } from './http.js';
import type { Emulator, FaultResponse, RecordedRequest } from './types.js';
import type { World } from './world.js';

interface Fault {
  method: string;
  path: RegExp;
  response: FaultResponse;
  remaining: number;
}

export interface RestLog {
  requests: RecordedRequest[];
  unknownRoutes: RecordedRequest[];
  specErrors: Emulator['specErrors'];
}

/** Injected failures, consumed in order of registration. */
export function createFaults() {
  const faults: Fault[] = [];
  return {
    add(match: { method: string; path: RegExp }, response: FaultResponse, times = 1) {
      faults.push({ method: match.method.toUpperCase(), path: match.path, response, remaining: times });
    },
    take(req: RecordedRequest): RestResult | undefined {
      const fault = faults.find(
        (f) => f.remaining > 0 && (f.method === '*' || f.method === req.method) && matches(f.path, req.path),
      );
      if (!fault) return undefined;
      fault.remaining -= 1;
      return faultResult(fault.response);
    },
  };
}

function matches(pattern: RegExp, path: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(path);
}

function faultResult({ status, body, headers = {} }: FaultResponse): RestResult {
  if (status !== 429)
    return { status, headers, body: body ?? { message: `${status}: ${STATUS_CODES[status] ?? 'Error'}`, code: 0 } };
  const retryAfter = Object.entries(headers).find(([name]) => name.toLowerCase() === 'retry-after')?.[1] ?? '0.1';
  return {
    status,
    headers: { 'Retry-After': retryAfter, 'X-RateLimit-Scope': 'user', ...headers },
    body: body ?? { message: 'You are being rate limited.', retry_after: Number(retryAfter), global: false, code: 0 },
  };
}

// Discord keeps letters, digits, dot, dash and underscore in file names and replaces the rest, which would leave
// an embed's attachment://<name> pointing at nothing.
const SAFE_FILE_NAME = /^[A-Za-z0-9._-]+$/;

/**
 * Embed images (and thumbnails) that point at `attachment://<name>` must name a file of this request, or an
 * attachment the body keeps; and uploaded names must survive Discord's renaming. Returns the problems, if any.
 */
export function attachmentProblems(body: unknown, files: RecordedRequest['files']): string | undefined {
  const data = ((body as { data?: unknown })?.data ?? body) as { embeds?: unknown; attachments?: unknown } | undefined;
  const names = new Set([
    ...files.map((file) => file.filename),
    ...(Array.isArray(data?.attachments) ? data.attachments : [])
      .map((a) => (a as { filename?: string }).filename)
      .filter(Boolean),
  ]);
  const problems = files
    .filter((file) => !SAFE_FILE_NAME.test(file.filename))
    .map((file) => `file name "${file.filename}" would be renamed by Discord`);
  for (const embed of Array.isArray(data?.embeds)
    ? (data.embeds as Record<string, { url?: string } | undefined>[])
    : []) {
    for (const url of [embed.image?.url, embed.thumbnail?.url]) {
      if (url?.startsWith('attachment://') && !names.has(url.slice('attachment://'.length))) {
        problems.push(`embed points at ${url} but no file of that name was sent`);
      }
    }
  }
  return problems.length ? problems.join('\n') : undefined;
}

const notFound = (): RestResult => ({ status: 404, body: { message: '404: Not Found', code: 0 } });

/**
 * The REST pipeline: record → validate against the spec → injected fault → route → auth → handler.
 * Every request is recorded, including unknown routes (answered 404 `{message:'404: Not Found', code:0}`).
 */
export function createRestHandler(options: {
  world: World;
  routes: () => Route[];
  faults: ReturnType<typeof createFaults>;
  log: RestLog;
  validate: boolean;
  onChange: () => void;
}) {
  const { world, log } = options;

  function answer(req: RecordedRequest, versioned: boolean, invalidJson: boolean): RestResult {
    if (invalidJson) return { status: 400, body: { message: 'The request body contains invalid JSON.', code: 50109 } };
    if (versioned && req.body !== undefined && typeof req.body !== 'string') {
      const errors = options.validate ? validateRequestBody(req.method, req.path, req.body) : undefined;
      if (errors) log.specErrors.push({ method: req.method, path: req.path, errors });
      const broken = attachmentProblems(req.body, req.files);
      if (broken) log.specErrors.push({ method: req.method, path: req.path, errors: broken });
    }
    const fault = options.faults.take(req);
    if (fault) return fault;
    for (const route of versioned ? options.routes() : []) {
      const match = route.method === req.method ? route.pattern.exec(req.path) : null;
      if (!match) continue;
      if (route.auth && req.headers.authorization !== `Bot ${world.token}`) {
        return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
      }
      try {
        return route.handle(req, { ...match.groups });
      } catch (error) {
        if (error instanceof RestError) return error.toResult();
        console.error(`[discord emulator] ${req.method} ${req.path} failed`, error);
        return { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
      }
    }
    log.unknownRoutes.push(req);
    return notFound();
  }

  return async (req: IncomingMessage, res: ServerResponse) => {
    const { recorded, versioned, invalidJson } = await readRequest(req);
    log.requests.push(recorded);
    const result = answer(recorded, versioned, invalidJson);
    recorded.status = result.status;
    sendResult(res, result);
    options.onChange();
  };
}
