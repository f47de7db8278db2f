import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/backends/open.js';
import { captureLog } from '../../support/capture-log.js';
import { demotedToReplica, startReplicaOf, type Replica } from '../../support/redis-refusals.js';
import { startRedisServer, type RedisServer } from '../../support/redis-server.js';
import { textRecord } from '../samples.js';
import { describeRedisRefusingWrites } from './redis-refusing-writes.js';

const VOTE = textRecord('vote', 'confirmed');

describeRedisRefusingWrites('a Redis store whose server is made a replica (READONLY, a failover)', demotedToReplica);

describe('a Redis store whose STORE_URL names a replica from the start', () => {
  let primary: RedisServer;
  let replica: Replica;
  beforeAll(async () => {
    primary = await startRedisServer();
  });
  afterAll(async () => {
    await replica?.dispose();
    await primary?.dispose();
  });

  it('starts healthy, reads what the primary holds, refuses each write with one error naming READONLY and what to do, and saves the next write once the replica is promoted, without a restart', async () => {
    const onPrimary = await openStore(primary.url, captureLog().log);
    expect(await onPrimary.records(VOTE).set('before', { text: 'stored on the primary' })).toBe(true);
    await onPrimary.close();
    replica = await startReplicaOf(primary);

    const { log, lines } = captureLog();
    const store = await openStore(replica.server.url, log, { hotReadTimeoutMs: 1_000 });
    const votes = store.records(VOTE);
    try {
      expect(store.healthy).toBe(true);
      expect(await votes.read('before')).toEqual({ status: 'hit', data: { text: 'stored on the primary' } });
      expect(await votes.set('refused', { text: 'a vote a replica cannot take' })).toBe(false);
      expect(await votes.set('refused too', { text: 'another' })).toBe(false);
      expect(lines.filter((l) => l.level >= 40)).toEqual([
        expect.objectContaining({
          level: 50,
          msg: expect.stringMatching(/^store cannot write: nothing is saved .* answers and reads go on/),
          err: expect.objectContaining({
            message:
              "Redis refused the write (READONLY You can't write against a read only replica.): it takes writes again once it " +
              'is a primary (REPLICAOF NO ONE), or name the primary in STORE_URL and restart',
          }),
        }),
      ]);
      expect(store.healthy).toBe(true);

      await replica.promote();
      expect(await votes.set('after', { text: 'saved once it is a primary' })).toBe(true);
      expect(await votes.get('after')).toEqual({ text: 'saved once it is a primary' });
      expect(await votes.get('before')).toEqual({ text: 'stored on the primary' });
      expect(await votes.get('refused')).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
