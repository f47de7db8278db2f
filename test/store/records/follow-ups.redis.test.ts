import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFollowUps } from '../../../src/store/records/follow-ups.js';
import { NO_MEASURE } from '../../../src/answer/types.js';
import { hashUserId } from '../../../src/store/records/feedback.js';
import { captureLog } from '../../support/capture-log.js';
import { BACKENDS, TestStores } from '../test-stores.js';

const SUBJECT = {
  question: 'Who won the council vote?',
  answerType: 'person',
  quantity: null,
  measure: NO_MEASURE,
  terms: ['council', 'vote'],
  aboutOne: true,
  excerpt: { articleId: 'council', start: 120, end: 188, answerStart: 120, answerEnd: 128, confidence: 0.8 },
};

let stores: TestStores;
beforeAll(async () => {
  stores = await TestStores.start();
});
afterAll(async () => {
  await stores?.dispose();
});

describe.each(BACKENDS)('DM follow-ups on %s', (backend) => {
  it("recalls the subject of a user's last question, and nothing for another user", async () => {
    const store = await stores.open(backend, captureLog().log);
    const followUps = createFollowUps(store);
    expect(await followUps.remember('111', { ...SUBJECT, question: 'first' })).toBe(true);
    expect(await followUps.remember('111', SUBJECT)).toBe(true);
    expect(await followUps.recall('111')).toEqual(SUBJECT);
    expect(await followUps.recall('222')).toBeUndefined();
    await store.close();
  });

  it('forgets the subject after its TTL', async () => {
    const store = await stores.open(backend, captureLog().log);
    const followUps = createFollowUps(store, { ttlMs: 100 });
    await followUps.remember('333', SUBJECT);
    await sleep(300);
    expect(await followUps.recall('333')).toBeUndefined();
    await store.close();
  });
});

describe('DM follow-ups', () => {
  it('store the user only as a hash', async () => {
    const userId = '918273645546372819';
    for (const backend of ['sqlite', 'redis'] as const) {
      const store = await stores.open(backend, captureLog().log);
      await createFollowUps(store).remember(userId, SUBJECT);
      await store.close();
    }
    for (const stored of [await stores.sqliteText(), (await stores.redisDump()).join('\n')]) {
      expect(stored).toContain(hashUserId(userId));
      expect(stored).not.toContain(userId);
    }
  });
});

describe('DM follow-ups while Redis is frozen (SIGSTOP)', () => {
  const asked = (question: string) => ({ ...SUBJECT, question });

  it('recall the subject the store could not confirm, not the older one a late write leaves there, and the store’s once it confirms', async () => {
    await stores.reset();
    const store = await stores.open('redis', captureLog().log);
    const followUps = createFollowUps(store);
    try {
      expect(await followUps.remember('444', asked('first'))).toBe(true);
      stores.redis.pause();
      try {
        // The first write times out (and lands when Redis answers again); the next skips the store, its circuit open.
        expect(await followUps.remember('444', asked('second'))).toBe(false);
        expect(await followUps.remember('444', asked('third'))).toBe(false);
        expect((await followUps.recall('444'))?.question).toBe('third');
      } finally {
        stores.redis.resume();
      }
      while (!store.healthy) await sleep(50);
      expect((await createFollowUps(store).recall('444'))?.question).toBe('second');
      expect((await followUps.recall('444'))?.question).toBe('third');
      expect(await followUps.remember('444', asked('fourth'))).toBe(true);
      // Another process on the same Redis answers the user's next question: the store holds the newest subject.
      const other = await stores.open('redis', captureLog().log);
      expect(await createFollowUps(other).remember('444', asked('fifth'))).toBe(true);
      await other.close();
      expect(await followUps.recall('444')).toEqual(asked('fifth'));
    } finally {
      await store.close();
    }
  });
});
