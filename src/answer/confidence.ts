import { RANKER_MODEL, sigmoid, type RankerModel } from './ranker.js';
import type { Ranked } from './rerank.js';

/**
 * The probability that the top excerpt answers the question: the ranker's log-odds for it, rescaled by
 * the model's calibration (Platt scaling fitted on the top candidates of SQuAD questions, half of them
 * asked of a coverage that lacks their article: `npm run eval:fit-ranker`). Abstention and the words
 * that say how sure an answer is are decided on this.
 */
export function confidenceOf(top: Ranked, model: RankerModel = RANKER_MODEL): number {
  return sigmoid(model.calibration.a * top.logit + model.calibration.b);
}
