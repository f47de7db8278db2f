/** Tuning values for reading a corpus folder. */
export const READ_DEFAULTS = {
  /** File name endings served as articles (compared case-insensitively); `.html`/`.htm` pages go through reader-mode extraction. */
  extensions: ['.txt', '.md', '.html', '.htm'] as readonly string[],
  /** Name of the optional metadata catalogue in the corpus folder. */
  catalogName: 'catalog.json',
  /**
   * Share of characters that may be invalid UTF-8 before a file counts as binary. One stray
   * Latin-1 byte in a scraped page is tolerated (replaced by U+FFFD, with a warning); a file where
   * more than 1 % of the characters fail to decode is not text.
   */
  maxInvalidRatio: 0.01,
  /** Larger files are skipped: a news article is well under 1 MB, and reading gigabytes would stall the indexer. */
  maxFileBytes: 10 * 1024 * 1024,
  /** Files read at once: enough to keep libuv's four file-system threads busy, far from any descriptor limit. */
  readConcurrency: 16,
};

export type ReadOptions = typeof READ_DEFAULTS;
