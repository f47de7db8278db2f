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
   * Analyses per message from the coverage thread. Decoding one is ~0.1 ms of the main thread's time on the
   * seeds (its token columns wait for first use), so a batch costs the answering thread a few ms at most;
   * `npm run bench -- --only startup` measures the longest pause.
   */
  articlesPerMessage: number;
  /** WATCH_CORPUS: quiet time after the last file change before re-indexing. */
  watchDebounceMs: number;
}

export const COVERAGE_DEFAULTS: CoverageSettings = {
  progress: { silentUpTo: 10, barFrom: 40, logEveryMs: 5_000 },
  articlesPerMessage: 50,
  watchDebounceMs: 1_000,
};
