import type { AnalysedArticle, Sentence } from '../analyse/types.js';
import type { Coverage } from '../coverage/types.js';
import { answerSpanIn, type AnswerSpan } from './answer-span.js';
import {
  candidateFeatures,
  coverageOf,
  dot,
  MODALS,
  questionTerms,
  RANKER_MODEL,
  relativeFeatures,
  weightVector,
  type RankerModel,
} from './ranker.js';
import type { Question } from './read-question.js';
import { relatedTerms } from './soft-match.js';
import type { Candidate } from './retrieve.js';

export interface Ranked {
  doc: number;
  /** The ranker's probability that this is the candidate answering, if one does: its share of exp(logit) over all candidates. */
  score: number;
  /** The ranker's score, weights · features. */
  logit: number;
  article: AnalysedArticle;
  sentence: Sentence;
  /** The answer span: an entity of the expected type, or a reason clause; null when none was found. */
  span: AnswerSpan | null;
  /** The ranker's features (ranker.ts), kept for fitting and evaluation. */
  features: Float64Array;
}

/** Weight vectors of the models seen, so the inner loop reads a typed array. */
const vectors = new WeakMap<RankerModel, Float64Array>();

/**
 * Second stage: describes each candidate by the ranker's features (retrieval scores, how much of the
 * question it and its paragraph cover, the answer span's type and distance from the question's words,
 * modality, position, …) and orders them by the fitted model (ranker.ts).
 */
export function rerank(
  coverage: Coverage,
  question: Question,
  candidates: readonly Candidate[],
  model: RankerModel = RANKER_MODEL,
): Ranked[] {
  let w = vectors.get(model);
  if (!w) vectors.set(model, (w = weightVector(model)));
  const own = new Set(question.own);
  const q = questionTerms(coverage.index, question.own, relatedTerms(question.own), question.past, question.answerType);
  const passageCoverage = new Map<number, number>();
  const articleCoverage = new Map<AnalysedArticle, number>();
  const found = candidates.map(({ doc, sentence: s, passage: p, article: a }) => {
    const article = coverage.articles[coverage.index.article[doc]];
    const ordinal = coverage.index.sentence[doc];
    const sentence = article.sentences[ordinal];
    const passage = coverage.index.passageOf[doc];
    let pc = passageCoverage.get(passage);
    if (pc === undefined) {
      const first = coverage.index.passageStart[passage];
      const last = coverage.index.passageStart[passage + 1] - 1;
      const from = article.sentences[ordinal - (doc - first)].tokenStart;
      const to = article.sentences[ordinal + (last - doc)].tokenEnd;
      passageCoverage.set(passage, (pc = coverageOf(q, article, from, to)));
    }
    let ac = articleCoverage.get(article);
    if (ac === undefined) articleCoverage.set(article, (ac = coverageOf(q, article, 0, article.tokens.value.length)));
    const match = answerSpanIn(article, sentence, question.answerType, own);
    const facts = match ? { strength: match.strength, start: match.span.start, end: match.span.end } : { strength: null, start: 0, end: 0 };
    const features = candidateFeatures(
      q,
      article,
      sentence,
      ordinal,
      { sentence: s, passage: p, article: a },
      facts,
      pc,
      ac,
      doc === coverage.index.passageStart[passage],
    );
    return { doc, article, sentence, span: match?.span ?? null, features };
  });
  relativeFeatures(found.map((f) => f.features));
  const logits = found.map((f) => dot(w, f.features));
  const best = Math.max(...logits);
  let total = 0;
  for (const z of logits) total += Math.exp(z - best);
  const ranked = found.map((f, i): Ranked => ({ ...f, logit: logits[i], score: Math.exp(logits[i] - best) / total }));
  return ranked.sort((a, b) => b.logit - a.logit || a.doc - b.doc);
}

/** Whether the sentence has a modal auxiliary: it reports what could or will happen, not what did (the ranker's `modal` feature). */
export function isHypothetical(article: AnalysedArticle, sentence: Sentence): boolean {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (article.tokens.pos[i] === 'AUX' && MODALS.has(article.tokens.value[i].toLowerCase())) return true;
  }
  return false;
}
