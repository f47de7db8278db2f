import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { createLocalRateLimiter, type RateLimitDecision, createRateLimiter } from '../../../src/store/records/rate-limit.js';
import { captureLog } from '../../support/capture-log.js';
import { BACKENDS, TestStores } from '../test-stores.js';

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

const CHILD = fileURLToPath(new URL('../rate-limiter-child.ts', import.meta.url));

/** Takes `count` questions for `userId` in a separate Node process (tsx), on the Redis at `url`. */
async function takeInChild(url: string, userId: string, count: number): Promise<RateLimitDecision[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', CHILD, url, userId, String(count)], {
    encoding: 'utf8',
  });
  return (JSON.parse(stdout) as { decisions: RateLimitDecision[] }).decisions;
}

let stores: TestStores;
beforeAll(async () => {
  stores = await TestStores.start();
});
afterAll(async () => {
  await stores?.dispose();
});

describe.each(BACKENDS)('the rate limiter on %s', (backend) => {
  it('allows the limit per window, then says how long to wait', async () => {
    const store = await stores.open(backend, captureLog().log);
    const limiter = createRateLimiter({ store }, { limit: 3, windowMs: 60_000 });
    const user = `user-${backend}`;
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push(await limiter.take(user));
    expect(decisions.map((d) => d.ok)).toEqual([true, true, true, false]);
    expect(decisions[3]!.retryAfterMs).toBeGreaterThan(0);
    expect(decisions[3]!.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect((await limiter.take(`someone-else-${backend}`)).ok).toBe(true);
    await store.close();
  });
});

describe('the rate limiter', () => {
  it('counts in memory with the injected clock when the store cannot share counts, and opens a new window', async () => {
    const store = await stores.open('sqlite', captureLog().log);
    let clock = 1_000_000;
    const limiter = createRateLimiter({ store, now: () => clock }, { limit: 1, windowMs: 30_000 });
    expect(await limiter.take('u')).toEqual({ ok: true, retryAfterMs: 0 });
    clock += 10_000;
    expect(await limiter.take('u')).toEqual({ ok: false, retryAfterMs: 20_000 });
    clock += 20_000;
    expect(await limiter.take('u')).toEqual({ ok: true, retryAfterMs: 0 });
    await store.close();
  });

  it("shares a user's limit between two processes on the same Redis", async () => {
    const store = await stores.open('redis', captureLog().log);
    const limiter = createRateLimiter({ store }, { limit: 5, windowMs: 60_000 });
    for (let i = 0; i < 3; i += 1) expect((await limiter.take('shared-user')).ok).toBe(true);

    const child = await takeInChild(stores.redis.url, 'shared-user', 3);
    expect(child.map((d) => d.ok)).toEqual([true, true, false]);
    expect((await limiter.take('shared-user')).ok).toBe(false);
    // Another user is not affected.
    expect((await takeInChild(stores.redis.url, 'other-user', 1))[0]!.ok).toBe(true);
    await store.close();
  });

  it('keeps the raw user id out of Redis', async () => {
    const store = await stores.open('redis', captureLog().log);
    await createRateLimiter({ store }).take('555666777888999000');
    expect((await stores.redisDump()).join('\n')).not.toContain('555666777888999000');
    await store.close();
  });

  it('falls back to counting in this process while Redis is down', async () => {
    const store = await stores.open('redis', captureLog().log);
    const limiter = createRateLimiter({ store }, { limit: 2, windowMs: 60_000 });
    await stores.redis.stop();
    try {
      expect((await limiter.take('offline')).ok).toBe(true);
      expect((await limiter.take('offline')).ok).toBe(true);
      expect((await limiter.take('offline')).ok).toBe(false);
    } finally {
      await stores.redis.restart();
    }
    await store.close();
  });
});
