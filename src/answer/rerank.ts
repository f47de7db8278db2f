import { isWord } from '../analyse/index-terms.js';
import type { AnalysedArticle, Sentence } from '../analyse/types.js';
import type { Coverage } from '../coverage/types.js';
import { answerSpanIn, type AnswerSpan } from './answer-span.js';
import type { Question } from './read-question.js';
import type { Candidate } from './retrieve.js';
import type { AnswerSettings } from './defaults.js';

export interface Ranked {
  doc: number;
  score: number;
  article: AnalysedArticle;
  sentence: Sentence;
  /** The answer span: an entity of the expected type, or a reason clause; null when none was found. */
  span: AnswerSpan | null;
}

/** Modal auxiliaries: a sentence about what could or will happen reports no past event. */
const MODALS = new Set(['could', 'would', 'might', 'may', 'will', 'shall', 'should', 'can']);

/**
 * Second stage: rescores candidates for the expected answer type (an entity of that type which the
 * question does not itself name: shared/notes/retrieval-findings.md, P@1 +0.007 on SQuAD), and
 * penalises sentences that are themselves questions or too short to answer anything.
 */
export function rerank(coverage: Coverage, question: Question, candidates: readonly Candidate[], tuning: AnswerSettings): Ranked[] {
  const own = new Set(question.own);
  const ranked = candidates.map(({ doc, score }): Ranked => {
    const article = coverage.articles[coverage.index.article[doc]];
    const sentence = article.sentences[coverage.index.sentence[doc]];
    const text = article.text.slice(sentence.start, sentence.end);
    let factor = 1;
    const match = answerSpanIn(article, sentence, question.answerType, own);
    if (match) factor += match.strength === 'strong' ? tuning.typeBoost : tuning.weakTypeBoost;
    if (question.past && isHypothetical(article, sentence)) factor *= tuning.hypotheticalPenalty;
    if (text.trimEnd().endsWith('?')) factor *= tuning.questionPenalty;
    if (hasFewerWords(article, sentence, tuning.fragmentWords)) factor *= tuning.fragmentPenalty;
    return { doc, score: score * factor, article, sentence, span: match?.span ?? null };
  });
  return ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/** Whether the sentence has a modal auxiliary: it reports what could or will happen, not what did. */
export function isHypothetical(article: AnalysedArticle, sentence: Sentence): boolean {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (article.tokens.pos[i] === 'AUX' && MODALS.has(article.tokens.value[i].toLowerCase())) return true;
  }
  return false;
}

/** Whether the sentence has fewer than `limit` words (tokens with a letter or digit); counts no further than the limit. */
function hasFewerWords(article: AnalysedArticle, sentence: Sentence, limit: number): boolean {
  let n = 0;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd && n < limit; i++) if (isWord(article.tokens.value[i])) n++;
  return n < limit;
}
