/**
 * Tuning values of quote attribution (src/quotes). Chosen on the seeds and the articles written for
 * test/quotes; attribution there has precision 1.00 and recall 0.92–0.95 (README, "Quality, measured"). On fit news
 * pages: `npm run eval -- --only quotes`.
 */
export interface QuotesSettings {
  /** Speakers offered when a name matches no one. */
  suggestedSpeakers: number;
  /** A role phrase is at most this many words; "U.S. National Security Advisor" is four. */
  maxRoleWords: number;
  /**
   * How many words may separate the reporting verb from the comma or colon that opens its quotation: "Trump told reporters
   * on Friday:". Measured in session 53 (the seeds' 65 labelled quotations, test/quotes/gold-quotes.ts, and the 65 of
   * seven fit news pages, eval/labels/quotes.json, as `npm run eval -- --only quotes` scores them, with the value set by hand):
   * speakers right 60 and 56 at every value from 2 to 12; at 2 and 3 one quotation ("Morrison told the Intelligence
   * Committee, …", four words) is found only inside its reported sentence; from 4 to 12 every quote found is the same.
   */
  maxVerbToQuoteTokens: number;
  /**
   * How many sentences back a pronoun looks for its person. Antecedents of pronouns lie overwhelmingly
   * in the same or the previous sentence (Hobbs 1978); three leaves room for a sentence in between.
   */
  maxPronounReach: number;
  /**
   * How far back an inserted phrase may reach: "Leonid Slutsky, head of the Foreign Affairs Committee of the State Duma,
   * stated". Measured as maxVerbToQuoteTokens is (session 53): labelled speakers right 58 and 54 at 10, 60 and 56 from 15
   * to 50; of the 277 quotes found on the seeds and the 59 fit pages at 30, 266 are found at 10, 273 at 15, 276 at 20 and
   * 25 (the one lost, right: "Ian Hamilton, an expert … who did not work on the study, told Newsweek:", 28 words back), and
   * the same 277 from 30 to 50: 30 is the shortest reach that finds every one.
   */
  maxInsertionTokens: number;
}

export const QUOTES_DEFAULTS: QuotesSettings = {
  suggestedSpeakers: 3,
  maxRoleWords: 4,
  maxVerbToQuoteTokens: 6,
  maxPronounReach: 3,
  maxInsertionTokens: 30,
};
