import { hashUserId } from './feedback.js';
import { STORE_DEFAULTS } from '../defaults.js';
import type { Store } from '../backends/store.js';

export interface RateLimitDecision {
  ok: boolean;
  /** 0 when ok; else how long until the user's window ends. */
  retryAfterMs: number;
}

export interface RateLimitWindow {
  limit: number;
  windowMs: number;
}

/**
 * Fixed-window counting in this process's memory, the same scheme as the Redis counter: a window starts at a
 * key's first hit. Used when no shared store is available.
 */
export function createLocalRateLimiter({ limit, windowMs }: RateLimitWindow, now: () => number): { take(key: string): RateLimitDecision } {
  const windows = new Map<string, { count: number; endsAt: number }>();
  let sweepAt = 0;
  return {
    take(key) {
      const at = now();
      // Forget ended windows once per window length, so memory follows active users, not all users ever seen.
      if (at >= sweepAt) {
        for (const [k, window] of windows) if (window.endsAt <= at) windows.delete(k);
        sweepAt = at + windowMs;
      }
      let window = windows.get(key);
      if (!window || window.endsAt <= at) {
        window = { count: 0, endsAt: at + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return window.count <= limit ? { ok: true, retryAfterMs: 0 } : { ok: false, retryAfterMs: window.endsAt - at };
    },
  };
}

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
export function createRateLimiter({ store, now = Date.now }: RateLimiterDeps, options: Partial<RateLimitWindow> = {}): RateLimiter {
  const window: RateLimitWindow = { ...STORE_DEFAULTS.rateLimit, ...options };
  const local = createLocalRateLimiter(window, now);
  return {
    async take(userId) {
      const key = hashUserId(userId);
      const shared = await store.windowCounter?.hit(key, window.windowMs);
      if (!shared) return local.take(key);
      return shared.count <= window.limit ? { ok: true, retryAfterMs: 0 } : { ok: false, retryAfterMs: Math.max(0, shared.resetInMs) };
    },
  };
}
