import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { REST } from 'discord.js';
import { managedShard, fetchShardPlan } from '../../../src/discord/gateway/sharding.js';
import { FakeDiscord } from '../support/fake-discord.js';

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

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ shards: 3, maxConcurrency: 2 });
});
afterAll(async () => {
  await fake.stop();
});

const rest = (token: string) => new REST({ api: fake.apiUrl, retries: 0 }).setToken(token);

describe('fetchShardPlan', () => {
  it('starts as many shards as Discord recommends for auto, spaced so each identify bucket gets one per window', async () => {
    expect(await fetchShardPlan(rest(fake.token), 'auto', 5_500)).toEqual({ count: 3, spawnDelayMs: 2_750 });
    expect(fake.calls.at(-1)).toMatchObject({ method: 'GET', path: '/api/v10/gateway/bot' });
  });

  it('starts the configured number of shards when SHARDS is a number', async () => {
    expect((await fetchShardPlan(rest(fake.token), 4, 5_500)).count).toBe(4);
  });

  it('rejects with status 401 when Discord refuses the token', async () => {
    await expect(fetchShardPlan(rest('not-the-token'), 'auto', 5_500)).rejects.toMatchObject({ status: 401 });
  });
});
