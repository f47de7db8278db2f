/**
 * Tuning values of quote attribution (src/quotes). Chosen on the seeds and the articles written for
 * test/quotes; attribution there has precision 1.00 and recall 0.92–0.95 (README, "Quality, measured").
 */
export interface QuotesSettings {
  /** Speakers offered when a name matches no one. */
  suggestedSpeakers: number;
  /** A role phrase is at most this many words; "U.S. National Security Advisor" is four. */
  maxRoleWords: number;
  /** How many words may separate the reporting verb from the comma or colon that opens its quotation: "Trump told reporters on Friday:". */
  maxVerbToQuoteTokens: number;
  /**
   * How many sentences back a pronoun looks for its person. Antecedents of pronouns lie overwhelmingly
   * in the same or the previous sentence (Hobbs 1978); three leaves room for a sentence in between.
   */
  maxPronounReach: number;
  /** How far back an inserted phrase may reach: "Leonid Slutsky, head of the Foreign Affairs Committee of the State Duma, stated". */
  maxInsertionTokens: number;
}

export const QUOTES_DEFAULTS: QuotesSettings = {
  suggestedSpeakers: 3,
  maxRoleWords: 4,
  maxVerbToQuoteTokens: 6,
  maxPronounReach: 3,
  maxInsertionTokens: 30,
};
