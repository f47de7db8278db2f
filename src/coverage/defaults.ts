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
   * Article text per message from the coverage thread, in characters (at least one article each). Receiving a
   * batch (structured clone, then decodeAnalysis) costs the answering thread time and garbage in proportion to
   * its text: batches of 50 articles took 15–60 ms there, 20,000 characters ~20 ms, on the shared 2-core machine
   * at load ~10; 10,000 characters (about 6 articles of two SQuAD paragraphs, 2 news stories) keep a turn near
   * 10 ms even then (`npm run bench -- --only startup` measures the longest pause).
   */
  charsPerMessage: number;
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
  charsPerMessage: 10_000,
  termsPerTurn: 2_500,
  threadNice: 10,
  watchDebounceMs: 1_000,
};
