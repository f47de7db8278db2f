import { ANSWER_DEFAULTS } from '../../src/answer/defaults.js';
import type { Question } from '../../src/answer/question/read-question.js';
import type { RankerModel } from '../../src/answer/rank/ranker-model.js';
import { rerank, type Ranked } from '../../src/answer/rank/rerank.js';
import { retrieve } from '../../src/answer/rank/retrieve.js';
import type { Coverage } from '../../src/coverage/types.js';

/** The question's candidates as answer() ranks them (src/answer/answer.ts): retrieved from the coverage's index, then reranked. */
export function rankedFor(coverage: Coverage, question: Question, model: RankerModel = ANSWER_DEFAULTS.ranker): Ranked[] {
  return rerank(coverage, question, retrieve(coverage.index, question.query, ANSWER_DEFAULTS), model);
}
