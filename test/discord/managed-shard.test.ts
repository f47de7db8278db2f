import { describe, expect, it } from 'vitest';
import { managedShard } from '../../src/discord/managed-shard.js';

describe('managedShard', () => {
  it('reads the shard id and count the shard manager put in the environment', () => {
    expect(managedShard({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' })).toEqual({ id: 1, count: 2 });
  });

  it('is null for a process started on its own, whatever SHARDS says', () => {
    expect(managedShard({ SHARDS: 'auto' })).toBeNull();
  });

  it('refuses a shard id that is not below the count', () => {
    expect(() => managedShard({ SHARDING_MANAGER: 'true', SHARDS: '2', SHARD_COUNT: '2' })).toThrow(/SHARDS=2 and SHARD_COUNT=2/);
  });
});
