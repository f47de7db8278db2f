/** Tuning values of the corpus layer: which files of a corpus folder are read, and how they are decoded. */
export interface CorpusSettings {
  /** File name endings served as articles (compared case-insensitively); `.html`/`.htm` pages go through reader-mode extraction. */
  extensions: readonly string[];
  /** Name of the optional metadata catalogue in the corpus folder. */
  catalogName: string;
  /**
   * Share of characters that may be invalid UTF-8 before a file counts as binary. One stray
   * Latin-1 byte in a scraped page is tolerated (replaced by U+FFFD, with a warning); a file where
   * more than 1 % of the characters fail to decode is not text. The HTML decoder uses the same line
   * to decide that a declared charset is wrong and decode the page again as windows-1252.
   */
  maxInvalidRatio: number;
  /** Larger files are skipped: a news article is well under 1 MB, and reading gigabytes would stall the indexer. */
  maxFileBytes: number;
  /**
   * A file with a longer paragraph (a text line, or a run of an HTML page's text between two tags) is
   * not an article and is skipped. The longest paragraph of the extraction dataset's fit pages is 2,072
   * characters in the text scrapes and 2,559 in the HTML (outside scripts and styles), the seeds' 2,039;
   * 100,000 is some 40 times that. Measured on this machine: a 10 MB one-paragraph text took 40 s to
   * clean and a 10 MB one-paragraph HTML page 4.7 s to extract.
   */
  maxParagraphChars: number;
  /**
   * A file with more text than this (all of a text file; an HTML page's text between tags, outside scripts and styles)
   * is not an article and is skipped before it is cleaned. The longest true article body of the extraction dataset's fit
   * pages is 53,372 characters (their longest text scrape 102,253 bytes), so this is some 9 times that, a 90,000-word
   * story. Cleaning and analysis grow with the text: measured on this machine at load ~15, a text of 1.3M characters
   * (100,000 short paragraphs) took 56 s and 813 MB, 10M characters 581 s and 2.0 GB, and a 9.5 MB page of 36,000
   * paragraphs 366 s to extract.
   */
  maxTextChars: number;
  /** Files read (synchronously) between two turns of the event loop: SQuAD 10×'s 480 files took 26–138 ms, 1–5 ms per 16. */
  readConcurrency: number;
  /**
   * Bytes of an HTML page searched for a `<meta>` charset. The HTML standard's prescan looks at the
   * first 1024 bytes; pages whose head holds long inline scripts or styles before the meta (seen in the
   * extraction dataset's pages) put it later, so the scan reads further. A meta past this point is
   * ignored, as browsers do.
   */
  metaPrescanBytes: number;
  /**
   * A file changed less than this before the folder was stamped may be changing within its timestamps' resolution:
   * no listing is made then (listing.ts, git's "racy" rule). FAT keeps times to 2 s, ext3 and HFS+ to 1 s; ext4's
   * and XFS's nanoseconds come from a clock that moves by a scheduler tick (1–10 ms).
   */
  listingRacyMs: number;
}

export const CORPUS_DEFAULTS: CorpusSettings = {
  extensions: ['.txt', '.md', '.html', '.htm'],
  catalogName: 'catalog.json',
  maxInvalidRatio: 0.01,
  maxFileBytes: 10 * 1024 * 1024,
  maxParagraphChars: 100_000,
  maxTextChars: 500_000,
  readConcurrency: 16,
  metaPrescanBytes: 16 * 1024,
  listingRacyMs: 2_000,
};
