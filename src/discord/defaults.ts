/** Tuning values of the Discord surface, in one place. */
export const DISCORD_DEFAULTS = {
  /** Supporting excerpts shown as fields under the answer. */
  supportingFields: 2,
  /** Articles listed under an abstention. */
  closestShown: 3,
  /** Articles per /sources page: keeps a page readable on a phone. */
  sourcesPerPage: 5,
  /** Quotes per /quotes page: readable on a phone, far inside the embed limits. */
  quotesPerPage: 5,
  /** Speakers per page of the /quotes list (one short line each). */
  speakersPerPage: 20,
  /** A quote longer than this is cut, so one long quotation does not crowd out the page. */
  quoteTextMax: 600,
  /** Timeline entries per page: six sentences with their citations stay readable on a phone and far inside the embed limits. */
  timelineEntriesPerPage: 6,
  /** A timeline sentence longer than this is cut: one entry must not crowd out the page. */
  timelineEntryTextMax: 500,
  /** Titles and outlets are cut before they become link text: a cut link would show raw markdown. */
  titleMax: 200,
  /** Longer article URLs are left out rather than cut, since a cut URL points somewhere else. */
  urlMax: 512,
  /** Notices and disagreements are cut line by line so they never crowd out the excerpt. */
  sideLineMax: 300,
  /** Longest link /add accepts: browsers and servers commonly stop at about 2,000 characters. */
  addUrlMax: 2_000,
  /** Beyond this, Discord's timestamp and the host clock disagree (a skewed clock), and the local time is used. */
  clockSkewMs: 10_000,
  /** Sentences shown on each side of an excerpt by the Context button. */
  contextRadius: 2,
  /** Article ids listed per kind of change (added, changed, removed) in a re-index summary. */
  reindexIdsShown: 10,
  /** Discord allows one identify per bucket in 5 s; the shard manager spaces shards by this (with a margin). */
  identifyWindowMs: 5_500,
  /**
   * How long a shutdown waits at most for the "working on it" notices to become the restart notice (tellWaitingRestarting):
   * the edits go out together, each one REST call of well under a second; Docker's stop grace is 10 s before SIGKILL,
   * and the store and coverage thread still have to close after, so a REST outage may take no more than 2 s of it.
   */
  shutdownNoticeWaitMs: 2_000,
  /**
   * The longest wait for a Discord rate limit (a 429's Retry-After) that discord.js is let to sit out. An interaction's
   * token is valid for 15 minutes (Discord's "Receiving and Responding" docs), so a longer wait can deliver nothing; a
   * DM answer that late answers a conversation long over. Such a request is dropped and logged instead (client.ts),
   * which frees the admission slot it held (faults6 D1: a 1,000 s wait held it silently).
   */
  longestRateLimitWaitMs: 15 * 60_000,
  /** How long the shard manager waits for a shard process to connect before giving up. */
  shardReadyTimeoutMs: 60_000,
  /** Admission and shedding (src/discord/interactions/admission.ts, issue 13); figures from `npm run bench -- --only capacity`. */
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
    /** Failure kinds remembered at most; past it they start afresh (an error message per kind cannot grow memory without bound). */
    failureKindsMax: 100,
  },
};

export type DiscordSettings = Readonly<typeof DISCORD_DEFAULTS>;
