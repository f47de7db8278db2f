/**
 * Tuning values of the store layer, in one place. Every factory takes a partial override of the part it uses,
 * so tests and callers change one number without copying the rest.
 */
export const STORE_DEFAULTS = {
  /**
   * Upper bound on one store operation. A cache that answers later than this is worth less than a miss: the bot
   * answers from the index anyway, and a Discord interaction must be acknowledged within 3 s.
   */
  opTimeoutMs: 1_000,
  /**
   * Upper bound on a read an answer waits for (answer cache, follow-ups, the Redis rate-limit count). A cached
   * answer saves ~1–3 ms of answering (bench/results.md), so a read slower than this is worth less than a miss;
   * a frozen store costs the first answer at most this, and none after it (the circuit opens). Issue 13.
   */
  hotReadTimeoutMs: 50,
  /**
   * Upper bound on an operation of the coverage loader (analysis and index caches: RecordKind use 'bulk'), off the
   * answering path. A miss there costs an article's analysis (~0.1 s of CPU each) or the whole index build, and a
   * timeout opens the circuit, so every later one misses too: with opTimeoutMs on a loaded machine (load ~13, 2
   * cores) a warm start of 480 articles analysed 25–378 of them again and built the index again (issue 13). Measured at
   * load ~7: the 480 SQuAD 10× analyses (67 MB) took 1.7–2.2 s to read from SQLite, the saved index (28 MB, 104k
   * sentences) 1.0 s plus 0.4 s to parse, so 10 s leaves room for a loaded machine and for maxSavedIndexSentences;
   * a frozen store costs one load this once, then the circuit is open and the rest miss at once.
   */
  bulkTimeoutMs: 10_000,
  /**
   * Upper bound on a write whose outcome a user is told (RecordKind use 'confirmed': a 👍/👎 vote). The reply waits for
   * it behind a deferral (src/discord/interactions/buttons.ts: Discord then allows 15 minutes, not 3 s), so the bound
   * is what a user may be kept waiting, not Discord's window. Two busy timeouts (sqlite.busyTimeoutMs): a vote queued
   * behind one other write of this process that waits out another process's lock gets its own full wait, so SQLite,
   * not the guard, says whether it was saved. With opTimeoutMs (1 s) a vote pressed while another process saved the
   * index (1.5–3.5 s) was told "could not confirm" and then saved once the lock was released (s49 hard12, hard13).
   * SQLite ends every write by its bound (sqlite.ts: one whose turn has not come is not made, the busy timeout of one made
   * is what is left), so "could not confirm" means not saved, whatever waited before it (s50 hard14). SQLite's only: Redis
   * holds no lock to wait out, and a frozen one decides nothing by being waited for, so there a vote's write has
   * opTimeoutMs (redis.ts).
   */
  confirmedWriteTimeoutMs: 10_000,
  /**
   * Circuit breaker: after a failed or timed-out operation every operation skips the store for `minBackoffMs`,
   * then one probe; while probes fail the window doubles up to `maxBackoffMs`. A Redis restart takes ~1 s to
   * accept connections, so 1 s; 30 s keeps a long outage to two probes a minute.
   */
  breaker: { minBackoffMs: 1_000, maxBackoffMs: 30_000 },
  /** Upper bound on reading a whole namespace (the feedback summary), an offline report, not a reply. */
  listTimeoutMs: 30_000,
  /** While the store is down, at most one warning per interval (a down Redis fails every call). */
  warnIntervalMs: 30_000,
  redis: {
    /** A black-holed host fails the connect attempt after this, so start-up never waits longer. */
    connectTimeoutMs: 2_000,
    /** Reconnect back-off: first retry after `reconnectMinMs`, doubling up to `reconnectMaxMs`, forever. */
    reconnectMinMs: 100,
    reconnectMaxMs: 2_000,
  },
  sqlite: {
    /**
     * Several connections (one per namespace) and processes share the file (the bot, and `npm run reindex`, the REPL or
     * `ask` on the default store); a write waits this long for another's write to finish (SQLite's busy_timeout,
     * sqlite.org/c3ref/busy_timeout.html) before failing with SQLITE_BUSY, "database is locked". The longest write
     * another process makes is the saved index, one value of up to ~54 MB (maxSavedIndexSentences): writing 28 MB took
     * 1.5–1.9 s and 54 MB 3.3–3.5 s at load ~11 (05:53 UTC), so 1 s made the other process's writes fail and its
     * store go down meanwhile (issue 13). Below bulkTimeoutMs, so SQLite says a lock was held too long, not the guard.
     * Reads never wait for it (WAL: a writer does not block readers, sqlite.org/wal.html). A write waits at most what is
     * left of its own bound, if that is less (sqlite.ts), and one that gives up so leaves the store up (StoreGuard, notMade).
     */
    busyTimeoutMs: 5_000,
    /** Rows per page when reading a whole namespace (feedback summary); @keyv/sqlite's own default is 10. */
    iterationLimit: 500,
    /**
     * How often the path is checked to still name the file opened (a stat, ~0.1 ms; writes check it every time):
     * reads follow a deleted or replaced file within this. Issue 13.
     */
    fileCheckIntervalMs: 2_000,
  },
  answerTtlMs: 60 * 60 * 1_000,
  followUpTtlMs: 30 * 60 * 1_000,
  rateLimit: { limit: 5, windowMs: 30_000 },
  /**
   * The analysis cache writes its manifest after this many new entries rather than after each one: the manifest
   * lists every stored article, so writing it per article would be quadratic over a first indexing run.
   */
  manifestFlushEvery: 200,
  /**
   * The index cache saves no index of more sentences: reading it back must stay well within opTimeoutMs, and a
   * string near V8's limit (~512M characters) cannot be made at all. On SQuAD the saved index takes ~270
   * characters per sentence, so 200k sentences make ~54M; reading the 10× index (104k sentences, 28M) back
   * took 90–200 ms (issue #4). Counted in sentences so a corpus too large is known before serialising it.
   * Larger corpora build their index at each start.
   */
  maxSavedIndexSentences: 200_000,
  /** Rows per list in the feedback summary. */
  summaryTop: 10,
} as const;

/** The defaults' shape with any number in place of each literal (STORE_DEFAULTS is `as const`). */
type Numbers<T> = { [K in keyof T]: number };

/** Overrides of STORE_DEFAULTS, and the clock (throttled warnings, outage durations). */
export interface OpenStoreOptions {
  now?: () => number;
  opTimeoutMs?: number;
  hotReadTimeoutMs?: number;
  bulkTimeoutMs?: number;
  confirmedWriteTimeoutMs?: number;
  breaker?: Partial<Numbers<(typeof STORE_DEFAULTS)['breaker']>>;
  warnIntervalMs?: number;
  listTimeoutMs?: number;
  redis?: Partial<(typeof STORE_DEFAULTS)['redis']>;
  sqlite?: Partial<Numbers<(typeof STORE_DEFAULTS)['sqlite']>>;
}

/** What every backend needs, defaults applied. */
export interface StoreSettings {
  now: () => number;
  opTimeoutMs: number;
  hotReadTimeoutMs: number;
  bulkTimeoutMs: number;
  confirmedWriteTimeoutMs: number;
  breaker: { minBackoffMs: number; maxBackoffMs: number };
  warnIntervalMs: number;
  listTimeoutMs: number;
}

export function storeSettings(options: OpenStoreOptions): StoreSettings {
  return {
    now: options.now ?? Date.now,
    opTimeoutMs: options.opTimeoutMs ?? STORE_DEFAULTS.opTimeoutMs,
    hotReadTimeoutMs: options.hotReadTimeoutMs ?? STORE_DEFAULTS.hotReadTimeoutMs,
    bulkTimeoutMs: options.bulkTimeoutMs ?? STORE_DEFAULTS.bulkTimeoutMs,
    confirmedWriteTimeoutMs: options.confirmedWriteTimeoutMs ?? STORE_DEFAULTS.confirmedWriteTimeoutMs,
    breaker: { ...STORE_DEFAULTS.breaker, ...options.breaker },
    warnIntervalMs: options.warnIntervalMs ?? STORE_DEFAULTS.warnIntervalMs,
    listTimeoutMs: options.listTimeoutMs ?? STORE_DEFAULTS.listTimeoutMs,
  };
}
