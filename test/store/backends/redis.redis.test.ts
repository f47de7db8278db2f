import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnswerCache } from '../../../src/store/records/answer-cache.js';
import { createFeedbackStore, type FeedbackVote } from '../../../src/store/records/feedback.js';
import { openStore } from '../../../src/store/backends/open.js';
import { createRateLimiter } from '../../../src/store/records/rate-limit.js';
import { startRedisServer, type RedisServer } from '../../support/redis-server.js';
import { captureLog } from '../../support/capture-log.js';
import { sampleAnswer, textRecord } from '../samples.js';

const NOTE = textRecord('note');
const VOTE: FeedbackVote = {
  vote: 'down',
  question: 'Who won?',
  answerType: 'person',
  abstained: false,
  excerptIds: ['a:1'],
  userId: '4242',
};
const RECOVERY = { timeout: 10_000, interval: 20 };

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis?.dispose();
});

// Each test leaves the server running and empty, whatever it did to it.
afterEach(async () => {
  redis.resume();
  await redis.restart();
});

describe('a Redis store', () => {
  it('starts while Redis is down, misses without throwing, and connects once Redis is up', async () => {
    await redis.stop();
    const { log, warnings } = captureLog();
    const store = await openStore(redis.url, log);
    expect(store.healthy).toBe(false);
    expect(warnings()).toHaveLength(1);
    expect(await store.records(NOTE).get('k')).toBeUndefined();
    expect(await store.records(NOTE).set('k', { text: 'lost' })).toBe(false);

    await redis.restart();
    await vi.waitFor(() => expect(store.healthy).toBe(true), RECOVERY);
    expect(await store.records(NOTE).set('k', { text: 'saved' })).toBe(true);
    expect(await store.records(NOTE).get('k')).toEqual({ text: 'saved' });
    await store.close();
  });

  it('starts within the connect timeout while Redis is frozen, misses, and is up once Redis answers', async () => {
    redis.pause();
    const { log, warnings } = captureLog();
    const store = await openStore(redis.url, log);
    expect(store.healthy).toBe(false);
    expect(warnings()).toEqual([
      expect.objectContaining({ err: expect.objectContaining({ message: 'connected, but no reply within 2000 ms' }) }),
    ]);
    expect(await store.records(NOTE).get('k')).toBeUndefined();

    redis.resume();
    await vi.waitFor(() => expect(store.healthy).toBe(true), RECOVERY);
    expect(await store.records(NOTE).set('k', { text: 'saved' })).toBe(true);
    expect(await store.records(NOTE).get('k')).toEqual({ text: 'saved' });
    await store.close();
  });

  it('degrades while Redis is killed mid-run, logs one warning for many failures, and resumes by itself', async () => {
    const { log, warnings, lines } = captureLog();
    const store = await openStore(redis.url, log);
    const answers = createAnswerCache(store);
    const feedback = createFeedbackStore({ store, log });
    const limiter = createRateLimiter({ store }, { limit: 2, windowMs: 60_000 });
    const key = { question: 'Who won?', corpusVersion: 'c1', rankerVersion: 'r1' };
    expect(await answers.set(key, sampleAnswer())).toBe(true);
    expect(await answers.get(key)).toBeDefined();
    expect(warnings()).toEqual([]);

    await redis.stop();
    // Every call settles while Redis is still down: none waits for the reconnection.
    for (let i = 0; i < 20; i += 1) {
      expect(await answers.get(key)).toBeUndefined();
      expect(await answers.set(key, sampleAnswer())).toBe(false);
      expect(await feedback.record(VOTE)).toBe(false);
    }
    expect(store.healthy).toBe(false);
    // The rate limit falls back to this process: the third question in the window is refused.
    expect((await limiter.take('u1')).ok).toBe(true);
    expect((await limiter.take('u1')).ok).toBe(true);
    expect((await limiter.take('u1')).ok).toBe(false);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatchObject({ backend: 'redis', msg: expect.stringContaining('store unavailable') });

    await redis.restart();
    await vi.waitFor(() => expect(store.healthy).toBe(true), RECOVERY);
    expect(lines.some((line) => line.msg === 'store available again')).toBe(true);
    expect(await answers.set(key, sampleAnswer())).toBe(true);
    expect(await answers.get(key)).toEqual(sampleAnswer());
    expect(await feedback.record(VOTE)).toBe(true);
    await store.close();
  });

  it('gives up on a Redis that hangs after the operation timeout, and recovers when it answers again', async () => {
    const { log } = captureLog();
    const store = await openStore(redis.url, log, { opTimeoutMs: 200 });
    expect(await store.records(NOTE).set('k', { text: 'before' })).toBe(true);

    redis.pause();
    // Settles while the server is still frozen; the timeout opens the circuit, so the write is not even sent.
    expect(await store.records(NOTE).get('k')).toBeUndefined();
    expect(await store.records(NOTE).set('k', { text: 'during' })).toBe(false);
    expect(store.healthy).toBe(false);

    redis.resume();
    // A probe finds Redis answering and closes the circuit; what was there before the freeze is still there.
    await vi.waitFor(async () => expect(await store.records(NOTE).get('k')).toEqual({ text: 'before' }), RECOVERY);
    expect(store.healthy).toBe(true);
    await store.close();
  });

  it('closes without waiting while Redis is down, and answers nothing after close', async () => {
    const { log } = captureLog();
    const store = await openStore(redis.url, log);
    await redis.stop();
    expect(await store.records(NOTE).set('k', { text: 'x' })).toBe(false);
    await store.close();
    expect(await store.records(NOTE).get('k')).toBeUndefined();
    expect(store.healthy).toBe(false);
  });

  it('keeps the password out of log lines', async () => {
    await redis.stop();
    const { log, lines } = captureLog();
    const store = await openStore(`redis://:s3cret-pass@127.0.0.1:${redis.port}`, log);
    expect(lines.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toContain('s3cret-pass');
    await store.close();
  });
});

describe('the warning for a down store', () => {
  let clock = 0;
  beforeEach(() => {
    clock = 0;
  });

  it('is repeated once per interval, with the number of failures it stood for', async () => {
    const { log, warnings } = captureLog();
    const store = await openStore(redis.url, log, { now: () => clock, warnIntervalMs: 30_000 });
    await redis.stop();
    for (let i = 0; i < 5; i += 1) await store.records(NOTE).get('k');
    expect(warnings()).toHaveLength(1);
    clock += 30_000;
    // Operations skip the store while its circuit is open; the client's failed reconnections still count.
    await vi.waitFor(() => expect(warnings()).toHaveLength(2), RECOVERY);
    expect(warnings()[1]?.failuresNotLogged).toBeGreaterThanOrEqual(1);
    await store.close();
  });
});
