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
