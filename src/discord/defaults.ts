/** Tuning values of the Discord surface, in one place. */
export const DISCORD_DEFAULTS = {
  /** Supporting excerpts shown as fields under the answer. */
  supportingFields: 2,
  /** Articles listed under an abstention. */
  closestShown: 3,
  /** Articles per /sources page: keeps a page readable on a phone. */
  sourcesPerPage: 5,
  /** Sentences shown on each side of an excerpt by the Context button. */
  contextRadius: 2,
  /** WATCH_CORPUS: quiet time after the last file change before re-indexing. */
  corpusReloadDebounceMs: 1_000,
  /** Article ids listed per kind of change (added, changed, removed) in a re-index summary. */
  reindexIdsShown: 10,
  /** Discord allows one identify per bucket in 5 s; the shard manager spaces shards by this (with a margin). */
  identifyWindowMs: 5_500,
  /** How long the shard manager waits for a shard process to connect before giving up. */
  shardReadyTimeoutMs: 60_000,
};

export type DiscordSettings = Readonly<typeof DISCORD_DEFAULTS>;
