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
export function createLocalRateLimiter(
  { limit, windowMs }: RateLimitWindow,
  now: () => number,
): { take(key: string): RateLimitDecision } {
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
