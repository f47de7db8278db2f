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
};

export type DiscordSettings = Readonly<typeof DISCORD_DEFAULTS>;
