import type { Coverage } from '../coverage/types.js';
import { MAX_MARGIN, RANKER_MODEL, scoreSpread, topProbability, type RankerModel } from './ranker.js';
import type { Question } from './read-question.js';
import type { Ranked } from './rerank.js';

/**
 * The probability that the top excerpt answers the question: the ranker's confidence head (a logistic
 * model over the top candidate's features and its lead over the runner-up of its article, fitted on the top candidates
 * of SQuAD questions, half of them asked of a coverage lacking their article), recalibrated on news questions
 * with a few inputs of its own (CONFIDENCE_EXTRAS, `npm run eval:fit-ranker`). Abstention and the words that say how
 * sure an answer is are decided on this. 0 without candidates.
 */
export function confidenceOf(coverage: Coverage, question: Question, ranked: readonly Ranked[], model: RankerModel = RANKER_MODEL): number {
  const top = ranked[0];
  if (!top) return 0;
  // The margin is over the runner-up from the top's own article: another outlet's close candidate in
  // news usually reports the same event (and becomes a supporting excerpt), it does not compete.
  const rival = ranked.find((r, i) => i > 0 && r.article === top.article);
  const margin = rival ? top.logit - rival.logit : MAX_MARGIN;
  return topProbability(model, top.features, confidenceExtras(coverage, question, top), margin, scoreSpread(ranked.map((r) => r.logit)));
}

/** The CONFIDENCE_EXTRAS of a candidate (ranker.ts says what each is and why), read from the coverage's article postings. */
export function confidenceExtras(coverage: Coverage, question: Question, candidate: Ranked): Float64Array {
  const { index } = coverage;
  const article = index.article[candidate.doc];
  const missing = question.names.filter((name) => !index.articles.has(article, name)).length;
  return Float64Array.of(question.names.length > 0 ? missing / question.names.length : 0);
}
