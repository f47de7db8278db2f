/**
 * What the shard processes and the shard manager tell each other over the fork's IPC channel, beside
 * discord.js's own messages (those have keys starting with `_`).
 */
export const REINDEX_MESSAGE = { coverageBot: 'reindex' } as const;

/** A shard re-indexed (sent to the manager), or should re-index (sent to the other shards). */
export function isReindexMessage(message: unknown): boolean {
  return (message as { coverageBot?: unknown } | null)?.coverageBot === REINDEX_MESSAGE.coverageBot;
}
