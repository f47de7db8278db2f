import type { Fuzziness } from './question/spelling.js';
import type { RankerModel } from './rank/ranker-model.js';
import rankerWeights from './rank/ranker-weights.json' with { type: 'json' };

/** Every tuning value of the answering core, with the measurement it comes from, and the ranker's fitted model. */
export const ANSWER_DEFAULTS = {
  /**
   * The ranker's model as its weights file ships it (`npm run eval:fit-ranker`): its form is checked where a program
   * starts (checkShippedModels, src/models/shipped-models.ts) and by the fit script's --check, not here, so that the fit script, which
   * imports the answering core, still runs to rewrite a file of a form this code no longer reads.
   */
  ranker: rankerWeights as RankerModel,
  /** Questions are answered on their first 500 characters; longer ones get a notice. */
  maxQuestionChars: 500,
  /**
   * Sentences taken from the sentence index before reranking, and passages from the passage index (their sentences join
   * the candidates): the retrieval depth, the trade between the ranker's distractors and its recall, and most of
   * answer()'s CPU (the features of each candidate). Chosen by a rule written before its outcome (session 15: the
   * smallest depth of (20,4), (25,5), (30,6) whose refit keeps held-out SQuAD P@1 within 0.001 of 40 + 8's, the fit news
   * cross-validation not lower, every test passing), each refitted (`npm run eval:fit-ranker -- --news-cv`): held-out
   * P@1 B / A 0.7452 / 0.7034 at 20 + 4 (a seed test failed, until question sentences were no longer offered, rerank.ts),
   * 0.7365 / 0.6974 at 25 + 5 (a golden test failed), 0.7367 / 0.6967 at 30 + 6, against 0.7367 / 0.6982 at 40 + 8.
   * 20 + 4 gives SQuAD 35 candidates a question instead of 70 (answer() paired CPU in the README).
   */
  sentenceCandidates: 20,
  passageCandidates: 4,
  /** Weight of expansion terms (synonyms of event words, resolved pronouns) relative to the question's own. */
  expansionWeight: 0.5,
  /**
   * Abstain when the confidence (the probability that the top excerpt answers, confidence.ts) is below
   * this. The rule (fixed before any outcome was looked at, applied by `npm run eval:fit-ranker`, which prints
   * the table): the LARGEST threshold on the grid 0.00, 0.01, …, 0.50 at which no labelled set loses more than
   * max(1, floor(1% of its right answers)) right answers — SQuAD out of fold (questions asked of a coverage
   * lacking half of each fold's articles, each scored by the model fitted on the other fold), the answerable fit
   * news questions asked with all fit pages and of their page alone (eval/questions/fit-news.json), and the
   * calibration part of eval/questions/news.json. A wrong abstention hides a right answer; within that budget,
   * abstaining more keeps furniture-only and absent questions out (selective prediction at a fixed loss of right
   * answers). One answer of slack on the small news sets, where one question is a 2–5% step. With session 50's weights
   * (114565af3872): 0.2 (loses 36 of a 39 budget; 0.21 would lose 44 > 39), SQuAD stopping 57.7% of its unanswerable
   * questions; their refit with the coordinated questions (5ff8cd622baa) keeps 0.2. What each refit since session 9
   * chose, and the sets' abstentions there: docs/MEASUREMENTS.md, "The abstention threshold and the strength bounds,
   * refit by refit".
   */
  abstainBelow: 0.2,
  /**
   * Supporting excerpts from other articles, and how close to the top's probability theirs must be (the
   * ranker's share, so the ratio is exp(score difference): 0.02 is within 3.9). The same-event and
   * typed-answer checks of answer.ts choose them; this only keeps out what the ranker finds far less
   * likely. Measured with the shipped weights (`npm run eval:fit-ranker` features): a candidate within 1
   * of the top answers 13–21% of its SQuAD questions, 1.5–2.5 below 5–9%, 2.5–4 below 2–4%, farther 1–2%.
   */
  supportingExcerpts: 2,
  supportingMinRatio: 0.02,
  /** Two excerpts sharing this share of their terms are near-duplicates; the lower one is dropped. */
  duplicateOverlap: 0.8,
  /** The longest role phrase or appositive taken, in tokens: Stanford's appositive patterns stay short. */
  maxRoleTokens: 10,
  /**
   * Which question terms the coverage's vocabulary lacks are read as its closest term (spelling.ts): 'names' (the
   * question's names, Question.names), 'all' (every term), 'none'. Measured once on fit data (spell note, session 10;
   * rule: held-out SQuAD P@1 down by at most 0.001 per fold, the fit news page-grouped CV count of 110 not down), each
   * refitted: 'none' (session 9) B 0.7361 / A 0.6956, news 89; with plain AUTO: 'names' 0.7369 / 0.6978, news 89; 'all'
   * 0.7371 / 0.6980, news 88 (fails); with AUTO:6,∞ (below) 'names' 0.7361 / 0.6976, news 89 (shipped). Cost: about
   * 170 µs per term looked up on SQuAD's 19,700-term vocabulary (its buckets 41 ms, once); answer()'s median over
   * SQuAD's questions unchanged (531 vs 532 µs, plain AUTO).
   */
  correctSpelling: 'names' as 'none' | 'names' | 'all',
  /**
   * The edits allowed by length (spelling.ts Fuzziness, Elasticsearch's "AUTO:low,high"): names of 1–5 letters are read
   * as typed, longer ones by one edit at most. Plain AUTO (AUTO:3,6) read names the fit news pages lack as common words
   * of theirs: 7 misreads at 1–5 letters (Sony as song, Seoul as soul, Iran as ian, Mars as mary) and 8 at two edits
   * (Subway as sunday, answered; Epstein as eastern), against 5 at one edit and six letters or more (Boeing as boring;
   * Russian as russia). SQuAD's typed typos are mostly the latter (Sigimund, Karistadt, Carslbad, Merceds).
   */
  spellingFuzziness: { low: 6, high: Infinity } as Fuzziness,
  /** Per lemma; questions bring new words without end, so the cache is emptied when it grows past this. */
  softMatchCacheLimit: 50_000,
};

/**
 * What answer() and the steps under it are handed. The role phrase's bound and the soft-match cache's size are fixed
 * constants of the code that reads them (a grammar bound, a process-wide cache's memory), read from ANSWER_DEFAULTS
 * there and never handed (DESIGN, "The defaults scheme").
 */
export type AnswerSettings = Readonly<Omit<typeof ANSWER_DEFAULTS, 'maxRoleTokens' | 'softMatchCacheLimit'>>;
