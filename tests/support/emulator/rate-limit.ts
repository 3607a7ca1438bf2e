import { RestError } from './http.js';

/** Message budgets; `check` throws a 429 past a limit and returns X-RateLimit headers otherwise. */
export interface RateLimiter {
  check(channelId: string): Record<string, string>;
}

interface Window {
  start: number;
  count: number;
}

/**
 * Discord's two limits on channel messages: per channel (a route bucket), and the bot's global requests per
 * second, shared by every process using the token (so more processes do not post faster).
 */
export function createRateLimiter(perChannelPerSecond: number | undefined, globalPerSecond?: number): RateLimiter {
  const windows = new Map<string, Window>();
  const global: Window = { start: 0, count: 0 };
  const roll = (window: Window, now: number) => {
    if (now - window.start >= 1000) Object.assign(window, { start: now, count: 0 });
    return ((window.start + 1000 - now) / 1000).toFixed(3);
  };
  return {
    check(channelId) {
      const now = Date.now();
      if (globalPerSecond) {
        const resetAfter = roll(global, now);
        if (global.count >= globalPerSecond) throw limited(resetAfter, true, {});
        global.count += 1;
      }
      if (!perChannelPerSecond) return {};
      let window = windows.get(channelId);
      if (!window) windows.set(channelId, (window = { start: now, count: 0 }));
      const resetAfter = roll(window, now);
      const headers = {
        'X-RateLimit-Limit': String(perChannelPerSecond),
        'X-RateLimit-Reset-After': resetAfter,
        'X-RateLimit-Bucket': `channel-messages-${channelId}`,
      };
      if (window.count >= perChannelPerSecond) throw limited(resetAfter, false, headers);
      window.count += 1;
      return { ...headers, 'X-RateLimit-Remaining': String(perChannelPerSecond - window.count) };
    },
  };
}

function limited(resetAfter: string, global: boolean, headers: Record<string, string>): RestError {
  const body = { message: 'You are being rate limited.', retry_after: Number(resetAfter), global, code: 0 };
  return new RestError(
    429,
    0,
    body.message,
    {
      ...headers,
      'X-RateLimit-Remaining': '0',
      'Retry-After': resetAfter,
      'X-RateLimit-Scope': global ? 'global' : 'user',
      ...(global ? { 'X-RateLimit-Global': 'true' } : {}),
    },
    body,
  );
}
