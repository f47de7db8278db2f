import { hashUserId } from './hash-user-id.js';
import { createLocalRateLimiter, type RateLimitDecision, type RateLimitWindow } from './local-rate-limiter.js';
import { STORE_DEFAULTS } from './store-defaults.js';
import type { Store } from './store.js';

export type { RateLimitDecision } from './local-rate-limiter.js';

export interface RateLimiter {
  /** Counts one question by the user; `ok: false` when over `limit` in the current window. */
  take(userId: string): Promise<RateLimitDecision>;
}

export interface RateLimiterDeps {
  store: Store;
  now?: () => number;
}

/**
 * `limit` questions per user per `windowMs` (defaults 5 per 30 s). On Redis the count is shared by every
 * process on the server; when Redis is down, or the store is SQLite/memory, each process counts on its own.
 */
export function createRateLimiter(
  { store, now = Date.now }: RateLimiterDeps,
  options: Partial<RateLimitWindow> = {},
): RateLimiter {
  const window: RateLimitWindow = { ...STORE_DEFAULTS.rateLimit, ...options };
  const local = createLocalRateLimiter(window, now);
  return {
    async take(userId) {
      const key = hashUserId(userId);
      const shared = await store.windowCounter?.hit(key, window.windowMs);
      if (!shared) return local.take(key);
      return shared.count <= window.limit
        ? { ok: true, retryAfterMs: 0 }
        : { ok: false, retryAfterMs: Math.max(0, shared.resetInMs) };
    },
  };
}
