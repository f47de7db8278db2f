/**
 * Every tuning value of the answering core, with the measurement it comes from. Values marked
 * "SQuAD" were chosen on the tuning half of SQuAD v1.1 dev (`npm run eval`), never on the seeds.
 */
export const ANSWER_DEFAULTS = {
  /** Questions are answered on their first 500 characters; longer ones get a notice. */
  maxQuestionChars: 500,
  /** Sentences taken from the sentence index before reranking. */
  sentenceCandidates: 40,
  /** Passages taken from the passage index; their sentences join the candidates. */
  passageCandidates: 8,
  /** Weight of expansion terms (synonyms of event words, resolved pronouns) relative to the question's own. */
  expansionWeight: 0.5,
  /**
   * Abstain when the confidence (the probability that the top excerpt answers, confidence.ts) is below
   * this. Chosen by `npm run eval:fit-ranker` on SQuAD questions asked of a coverage lacking half of each
   * fold's articles, each scored by the model fitted on the other fold: the most accurate threshold that
   * loses at most 1% of correct answers (there: abstains on 65% of unanswerable and 3.4% of answerable
   * questions, losing 0.9% of the correct answers).
   */
  abstainBelow: 0.06,
  /** Supporting excerpts from other articles, and how close to the top score they must be. */
  supportingExcerpts: 2,
  supportingMinRatio: 0.35,
  /** Two excerpts sharing this share of their terms are near-duplicates; the lower one is dropped. */
  duplicateOverlap: 0.8,
};

export type AnswerSettings = Readonly<typeof ANSWER_DEFAULTS>;
