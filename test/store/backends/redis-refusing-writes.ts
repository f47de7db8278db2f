import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/backends/open.js';
import { createRateLimiter } from '../../../src/store/records/rate-limit.js';
import { captureLog } from '../../support/capture-log.js';
import type { RedisRefusal } from '../../support/redis-refusals.js';
import { textRecord } from '../samples.js';

const NOTE = textRecord('note');
const VOTE = textRecord('vote', 'confirmed');

/**
 * The store on a real redis-server that refuses writes while it serves reads (`refusalOf`'s way), for the file this is
 * called in. Reads an answer waits for are given 1 s instead of 50 ms: on a starved machine a slow one opens the circuit,
 * which is not the refusal's doing.
 */
export function describeRedisRefusingWrites(title: string, refusalOf: () => Promise<RedisRefusal>): void {
  describe(title, () => {
    let refusal: RedisRefusal;
    beforeAll(async () => {
      refusal = await refusalOf();
    });
    afterAll(async () => {
      await refusal?.dispose();
    });

    it('refuses each write and logs one error with Redis’s reply, stays up and reads on, counts rate limits in this process, loses nothing stored, and saves the next write once Redis takes writes again', async () => {
      const { log, lines } = captureLog();
      const store = await openStore(refusal.storeUrl, log, { hotReadTimeoutMs: 1_000 });
      const notes = store.records(NOTE);
      const votes = store.records(VOTE);
      expect(await votes.set('before', { text: 'stored before' })).toBe(true);

      await refusal.refuse();
      expect(await votes.set('refused', { text: 'a vote it cannot take' })).toBe(false);
      expect(await notes.set('refused too', { text: 'an answer to cache' })).toBe(false);
      // Redis's shared count is a write too: the third question in the window is refused by this process's own count.
      const limiter = createRateLimiter({ store }, { limit: 2, windowMs: 60_000 });
      expect([(await limiter.take('u1')).ok, (await limiter.take('u1')).ok, (await limiter.take('u1')).ok]).toEqual([true, true, false]);
      expect(lines.filter((l) => l.level >= 50)).toEqual([
        expect.objectContaining({
          msg: expect.stringMatching(/^store cannot write: nothing is saved .* answers and reads go on/),
          backend: 'redis',
          err: expect.objectContaining({
            message: expect.stringMatching(new RegExp(`^Redis refused the write \\(${refusal.code} .*\\): it takes writes again`)),
          }),
        }),
      ]);
      // Not a store that is down: no warning, and its reads go on.
      expect(lines.filter((l) => /store unavailable/.test(l.msg))).toEqual([]);
      expect(store.healthy).toBe(true);
      expect(await votes.read('before')).toEqual({ status: 'hit', data: { text: 'stored before' } });
      expect(await votes.read('refused')).toEqual({ status: 'miss' });

      await refusal.accept();
      expect(await votes.set('after', { text: 'saved once Redis takes writes' })).toBe(true);
      expect(await votes.get('after')).toEqual({ text: 'saved once Redis takes writes' });
      expect(await votes.get('before')).toEqual({ text: 'stored before' });
      expect(await votes.get('refused')).toBeUndefined();
      await store.close();
    });
  });
}
