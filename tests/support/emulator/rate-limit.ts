import { RestError } from './http.js';

/** Per-channel message budget; `check` throws a 429 past the limit and returns X-RateLimit headers otherwise. */
export interface RateLimiter {
  check(channelId: string): Record<string, string>;
}

export function createRateLimiter(perSecond: number | undefined): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    check(channelId) {
      if (!perSecond) return {};
      const now = Date.now();
      let window = windows.get(channelId);
      if (!window || now - window.start >= 1000) windows.set(channelId, (window = { start: now, count: 0 }));
      const resetAfter = ((window.start + 1000 - now) / 1000).toFixed(3);
      const headers = {
        'X-RateLimit-Limit': String(perSecond),
        'X-RateLimit-Reset-After': resetAfter,
        'X-RateLimit-Bucket': `channel-messages-${channelId}`,
      };
      if (window.count >= perSecond) {
        const body = {
          message: 'You are being rate limited.',
          retry_after: Number(resetAfter),
          global: false,
          code: 0,
        };
        const limited = {
          ...headers,
          'X-RateLimit-Remaining': '0',
          'Retry-After': resetAfter,
          'X-RateLimit-Scope': 'user',
        };
        throw new RestError(429, 0, body.message, limited, body);
      }
      window.count += 1;
      return { ...headers, 'X-RateLimit-Remaining': String(perSecond - window.count) };
    },
  };
}
