/** Tuning values of the coverage layer: loading, the coverage thread, re-indexing and the corpus watch. */
export interface CoverageSettings {
  /** Progress of an indexing run (index-progress.ts). */
  progress: {
    /** Up to this many articles indexing is over before progress could mean anything: no output. */
    silentUpTo: number;
    /** From this many articles on a terminal, a progress bar; fewer, or not a terminal, log lines. */
    barFrom: number;
    /** Without a bar, one progress line per interval (a log file or CI output should not get one per article). */
    logEveryMs: number;
  };
  /**
   * Cached analyses loadCoverage asks the store for ahead of the one it is reading. All of them at once (as
   * before) queued 480 reads behind one another on SQLite, so later ones exceeded their time bound, the store's
   * circuit opened and the rest were analysed again. Reading those 480 records from SQLite at load ~7 took 1.9 s one at
   * a time, 1.7 s 8 at a time, 2.2 s all at once: a few ahead keep the store busy while one is decoded, and hold
   * only those few records in memory.
   */
  cacheReadAhead: number;
  /**
   * Analyses per message from the coverage thread. They come as packs in a transferred buffer, so receiving one
   * costs the answering thread one small object (its id and hash; the rest is read on use), not its sentences, entities and
   * text as before (structured clone, then decoding: batches of 10,000 characters, ~6 articles, took ~10 ms at load
   * ~10 and left millions of objects for the garbage collector: the answering thread's heap grew by ~140 MB at
   * 10,000 articles, now ~15 MB). 500 packs took 0.6–3 ms to receive once compiled and at most ~20 ms (wall) at
   * load 12–15 on the shared 2-core machine (01:11 UTC); 20 messages carry 10,000 articles.
   */
  articlesPerMessage: number;
  /**
   * Terms added to the handed-over index's term table per event-loop turn on the answering thread. SQuAD's
   * ~30k-term vocabulary took 60+ ms at once; 5,000 terms took 12–30 ms a turn at load ~10 on the 2-core
   * machine, so 2,500 keep a turn near 10 ms even then (a few ms on a quiet machine).
   */
  termsPerTurn: number;
  /**
   * Nice value of the coverage thread (Linux). At 10 the kernel's fair scheduler weighs it 110 against the
   * answering thread's 1,024 (sched_prio_to_weight), so when both want the one free core the answering thread gets
   * ~90% of it: the load waits, interactions do not. Startup bench: with both at 0 the answering thread's longest
   * pauses were spent waiting for a core (run queue), not running.
   */
  threadNice: number;
  /** WATCH_CORPUS: quiet time after the last file change before re-indexing. */
  watchDebounceMs: number;
}

export const COVERAGE_DEFAULTS: CoverageSettings = {
  progress: { silentUpTo: 10, barFrom: 40, logEveryMs: 5_000 },
  cacheReadAhead: 8,
  articlesPerMessage: 500,
  termsPerTurn: 2_500,
  threadNice: 10,
  watchDebounceMs: 1_000,
};
