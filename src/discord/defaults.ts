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
  /** Admission and shedding (src/discord/admission.ts, issue 13); figures from `npm run bench -- --only capacity`. */
  admission: {
    /**
     * Interactions handled at once. An answer takes ~1–3 ms of CPU (bench/results.md) and one REST call: 32 in
     * flight keep a core busy while REST calls are out, and bound how many of the bot's own requests queue in
     * discord.js's REST client, which past ~1,000 in flight delayed every callback by more than a second.
     */
    maxInFlight: 32,
    /** Waiting for a slot at most: at the measured capacity a longer queue could not be answered within the window. */
    maxWaiting: 1_000,
    /** Discord's window for a first response is 3 s; past 2.5 s the callback might not reach it in time, so none is sent. */
    expireAfterMs: 2_500,
    /** An interaction that waited this long for its turn is deferred before the store is asked and the answer built. */
    deferAfterMs: 1_500,
    /** Repeated failures of one kind (expired, shed, the same error) are logged once per interval. */
    failureLogIntervalMs: 10_000,
  },
};

export type DiscordSettings = Readonly<typeof DISCORD_DEFAULTS>;
