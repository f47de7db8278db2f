import { indexTerms } from '../analyse/index-terms.js';
import type { SentenceIndex } from '../index/sentence-index.js';
import type { Question } from './read-question.js';
import type { Ranked } from './rerank.js';

/**
 * How much of the question the excerpt's passage covers: the share of the question's idf weight whose
 * terms occur in the passage, 0..1. A term the coverage never uses weighs as the rarest term does, so
 * a question about something absent ("Who won the Super Bowl?") scores low however common its other
 * words are. This is what abstention is decided on.
 */
export function confidenceOf(index: SentenceIndex, question: Question, top: Ranked): number {
  if (question.own.length === 0) return 0;
  const first = top.sentence.tokenStart;
  const sentences = top.article.sentences.filter((s) => s.passage === top.sentence.passage);
  const passageTerms = new Set(indexTerms(top.article.tokens, sentences[0]?.tokenStart ?? first, sentences.at(-1)?.tokenEnd ?? top.sentence.tokenEnd));
  const rarest = Math.log(1 + (index.size + 0.5) / 0.5);
  let total = 0;
  let found = 0;
  for (const term of question.own) {
    const idf = index.sentences.df(term) > 0 ? index.sentences.idf(term) : rarest;
    total += idf;
    if (passageTerms.has(term)) found += idf;
  }
  return total > 0 ? found / total : 0;
}
