/** Tuning values for cleaning an article. */
export const CLEAN_DEFAULTS = {
  /** A headline has fewer words than this (news headlines run 6–12 words; 15 leaves room for long ones). */
  headlineMaxWords: 15,
  /** Navigation items are at most this many words ("Trending Videos", "Download App in Playstore"). */
  navMaxWords: 4,
  /** This many short lines in a row (blank lines aside) make a menu; two could be a headline and a dateline. */
  navMinRun: 3,
  /**
   * A line ends a related-links section when it is prose: a sentence end and at least this many
   * words (headline links run 6–12 words and do not end in a period).
   */
  proseMinWords: 8,
  /** Share of code symbols ({ } ( ) ; = < > $ [ ]) above which a line is code, not prose (prose stays under 5 %). */
  codeSymbolRatio: 0.12,
  /** Fewest code symbols for the ratio rule, so `(left)` in a short caption does not count. */
  codeSymbolMin: 4,
  /** A repeated non-sentence line within this many lines is an image's alt text and its caption: both go. */
  captionRepeatWindow: 2,
  /** A list item is a headline link when this share of its longer words is capitalised (Title Case). */
  titleCaseRatio: 0.6,
};

export type CleanOptions = typeof CLEAN_DEFAULTS;
