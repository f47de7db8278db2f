import { describe, expect, it } from 'vitest';
import { createLocalRateLimiter } from '../../src/store/local-rate-limiter.js';

describe('the in-process rate limiter', () => {
  it('starts a window at the first hit and a new one once it has ended', () => {
    let clock = 0;
    const limiter = createLocalRateLimiter({ limit: 2, windowMs: 1_000 }, () => clock);
    expect(limiter.take('u')).toEqual({ ok: true, retryAfterMs: 0 });
    clock = 400;
    expect(limiter.take('u')).toEqual({ ok: true, retryAfterMs: 0 });
    clock = 700;
    expect(limiter.take('u')).toEqual({ ok: false, retryAfterMs: 300 });
    clock = 1_000;
    expect(limiter.take('u')).toEqual({ ok: true, retryAfterMs: 0 });
  });

  it('counts each key on its own', () => {
    const limiter = createLocalRateLimiter({ limit: 1, windowMs: 1_000 }, () => 0);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });
});
