import { Routes, type Client, type REST, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { Logger } from '../../log.js';

/** The one shard a process runs when the shard manager started it. */
export interface ManagedShard {
  id: number;
  count: number;
}

/**
 * The shard this process runs, when discord.js's ShardingManager forked it: the manager sets
 * SHARDING_MANAGER, SHARDS (this shard's id) and SHARD_COUNT. Null for a process started on its own.
 */
export function managedShard(env: NodeJS.ProcessEnv): ManagedShard | null {
  if (env.SHARDING_MANAGER !== 'true') return null;
  const id = Number(env.SHARDS);
  const count = Number(env.SHARD_COUNT);
  if (!Number.isInteger(id) || !Number.isInteger(count) || id < 0 || id >= count) {
    throw new Error(`the shard manager set SHARDS=${env.SHARDS} and SHARD_COUNT=${env.SHARD_COUNT}: expected a shard id below the count`);
  }
  return { id, count };
}

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

/**
 * What the shard processes and the shard manager tell each other over the fork's IPC channel, beside
 * discord.js's own messages (those have keys starting with `_`).
 */
export const REINDEX_MESSAGE = { coverageBot: 'reindex' } as const;

/** A shard re-indexed (sent to the manager), or should re-index (sent to the other shards). */
export function isReindexMessage(message: unknown): boolean {
  return (message as { coverageBot?: unknown } | null)?.coverageBot === REINDEX_MESSAGE.coverageBot;
}

/**
 * After a re-index (/reindex, /add): under the shard manager the other shard processes rebuild too, since each holds
 * its own coverage; a process started on its own has no others. Not awaited: the reply need not wait, a failure is logged.
 */
export function reindexOtherShards(client: Client, log: Logger): void {
  client.shard?.send(REINDEX_MESSAGE).catch((err: unknown) => log.warn({ err }, 'could not ask the other shards to re-index'));
}
