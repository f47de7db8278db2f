import { Routes, type REST, type RESTGetAPIGatewayBotResult } from 'discord.js';

/** How many shard processes to start, and how long to wait between starting two. */
export interface ShardPlan {
  count: number;
  spawnDelayMs: number;
}

/**
 * Asks Discord (GET /gateway/bot at the configured REST base; discord.js's ShardingManager would ask
 * discord.com itself for 'auto') how many shards it recommends when `shards` is 'auto', and how many may
 * identify at once. Shards `id` and `id + max_concurrency` share an identify bucket that allows one
 * identify per `identifyWindowMs`, so starting the shards in order `identifyWindowMs / max_concurrency`
 * apart never identifies two of a bucket within one window. Rejects with the REST error (status 401 for a
 * rejected token).
 */
export async function fetchShardPlan(rest: REST, shards: 'auto' | number, identifyWindowMs: number): Promise<ShardPlan> {
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return {
    count: shards === 'auto' ? gateway.shards : shards,
    spawnDelayMs: Math.ceil(identifyWindowMs / Math.max(1, gateway.session_start_limit.max_concurrency)),
  };
}
