import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { normaliseQuestion, createAnswerCache } from '../../../src/store/records/answer-cache.js';
import { captureLog } from '../../support/capture-log.js';
import { sampleAnswer } from '../samples.js';
import { BACKENDS, TestStores } from '../test-stores.js';

describe('normaliseQuestion', () => {
  it('gives the same form to phrasings that differ in case, spacing and final punctuation', () => {
    expect(normaliseQuestion('  Who  WON\tthe vote?! ')).toBe('who won the vote');
    expect(normaliseQuestion('who won the vote…')).toBe('who won the vote');
  });

  it('folds compatibility characters (full-width letters) and keeps inner punctuation', () => {
    expect(normaliseQuestion('Ｗho paid $4.5m, and why?')).toBe('who paid $4.5m, and why');
  });
});

let stores: TestStores;
beforeAll(async () => {
  stores = await TestStores.start();
});
afterAll(async () => {
  await stores?.dispose();
});

describe.each(BACKENDS)('the answer cache on %s', (backend) => {
  it('answers the same question again, however it is spaced, cased or punctuated', async () => {
    const store = await stores.open(backend, captureLog().log);
    const cache = createAnswerCache(store);
    const answer = sampleAnswer();
    expect(await cache.set({ question: 'Who won the vote?', hint: 'who', corpusVersion: 'v1', rankerVersion: 'r1' }, answer)).toBe(true);
    expect(await cache.get({ question: '  who WON   the vote ', hint: 'who', corpusVersion: 'v1', rankerVersion: 'r1' })).toEqual(answer);
    await store.close();
  });

  it('misses for another hint, a new corpus version or other ranker weights', async () => {
    const store = await stores.open(backend, captureLog().log);
    const cache = createAnswerCache(store);
    await cache.set({ question: 'When was the vote?', hint: 'when', corpusVersion: 'v1', rankerVersion: 'r1' }, sampleAnswer());
    expect(await cache.get({ question: 'When was the vote?', corpusVersion: 'v1', rankerVersion: 'r1' })).toBeUndefined();
    expect(await cache.get({ question: 'When was the vote?', hint: 'ask', corpusVersion: 'v1', rankerVersion: 'r1' })).toBeUndefined();
    expect(await cache.get({ question: 'When was the vote?', hint: 'when', corpusVersion: 'v2', rankerVersion: 'r1' })).toBeUndefined();
    expect(await cache.get({ question: 'When was the vote?', hint: 'when', corpusVersion: 'v1', rankerVersion: 'r2' })).toBeUndefined();
    await store.close();
  });

  it('forgets an answer after its TTL', async () => {
    const store = await stores.open(backend, captureLog().log);
    // A TTL of 1 s, not less: on a loaded machine (load 12, two cores) the read right after the write came later
    // than 100 ms and found the answer already gone.
    const cache = createAnswerCache(store, { ttlMs: 1000 });
    const key = { question: 'Short-lived?', corpusVersion: 'v1', rankerVersion: 'r1' };
    await cache.set(key, sampleAnswer());
    expect(await cache.get(key)).toBeDefined();
    await sleep(1300);
    expect(await cache.get(key)).toBeUndefined();
    await store.close();
  });
});
