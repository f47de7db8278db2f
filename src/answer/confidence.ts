import { MAX_MARGIN, RANKER_MODEL, topProbability, type RankerModel } from './ranker.js';
import type { Ranked } from './rerank.js';

/**
 * The probability that the top excerpt answers the question: the ranker's confidence head (a logistic
 * model over the top candidate's features and its lead over the runner-up, fitted on the top candidates
 * of SQuAD questions, half of them asked of a coverage lacking their article: `npm run eval:fit-ranker`).
 * Abstention and the words that say how sure an answer is are decided on this. 0 without candidates.
 */
export function confidenceOf(ranked: readonly Ranked[], model: RankerModel = RANKER_MODEL): number {
  const [top, next] = ranked;
  if (!top) return 0;
  return topProbability(model, top.features, next ? top.logit - next.logit : MAX_MARGIN);
}
