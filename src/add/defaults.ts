/** Tuning values of adding an article by link (`npm run add`, `/add`), each with its reason. */
export const ADD_DEFAULTS = {
  /** Fetching the page (fetch-page.ts). */
  fetch: {
    /** A server that has not accepted the connection by then is down or filtering; browsers wait longer, a command should not. */
    connectTimeoutMs: 10_000,
    /** The whole fetch, redirects included: long enough for a slow news site's 2 MB page, short enough for a Discord reply. */
    totalTimeoutMs: 30_000,
    /** Browsers follow 20; a news link needs one or two (http → https, short link → article); more is a loop or a tracker chain. */
    maxRedirects: 5,
    /** A news page's HTML is well under 1 MB (the extraction dataset's largest: 1.6 MB); the body is refused past this, decompressed. */
    maxBytes: 5 * 1024 * 1024,
    /** Off unless ALLOW_PRIVATE_FETCH=1: a link must not reach the bot's own machine or network (SSRF). */
    allowPrivate: false,
    userAgent: 'coverage-bot (+https://github.com/; adds a news article on request)',
  },
  /** Longest slug kept in a file name: a headline's first eight or so words, short enough for any file system and listing. */
  slugMaxChars: 60,
  /**
   * Fewer words than this is not an article but a page's furniture (a login wall, a menu): the shortest
   * news items, wire alerts of one or two sentences, run to about 40 words.
   */
  minWords: 25,
  /** Hex digits of the URL's hash in the id: 32 bits, so two links in one corpus collide with odds of about 1 in 4 billion per pair. */
  hashDigits: 8,
};

export type AddSettings = typeof ADD_DEFAULTS;
export type FetchSettings = AddSettings['fetch'];
