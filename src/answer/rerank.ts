import type { AnalysedArticle, Sentence } from '../analyse/types.js';
import type { Coverage } from '../coverage/types.js';
import { answerSpanIn, type AnswerSpan } from './answer-span.js';
import {
  articleCoverageOf,
  candidateFeatures,
  FEATURE_COUNT,
  isModal,
  localIdfOf,
  passageCoverageOf,
  localPassageCoverageOf,
  questionTerms,
  RANKER_MODEL,
  candidateScores,
  relativeFeatures,
  scorerOf,
  termsMet,
  windowFeatures,
  type RankerModel,
  type SpanFacts,
} from './ranker.js';
import type { Question } from './read-question.js';
import { relatedTerms } from './soft-match.js';
import type { Candidate } from './retrieve.js';

export interface Ranked {
  doc: number;
  /** The ranker's probability that this is the candidate answering, if one does: its share of exp(logit) over all candidates. */
  score: number;
  /** The ranker's score, weights · features + its trees' for the best candidates (ranker.ts candidateScores). */
  logit: number;
  article: AnalysedArticle;
  sentence: Sentence;
  /** The answer span: an entity of the expected type, or a reason clause; null when none was found. */
  span: AnswerSpan | null;
  /** The ranker's features (ranker.ts), kept for fitting and evaluation. */
  features: Float64Array;
}

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
  const scorer = scorerOf(model);
  const { index } = coverage;
  const own = new Set(question.own);
  const q = questionTerms(index, question.own, relatedTerms(question.own), question.past, question.answerType);
  const passageCoverage = new Map<number, number>();
  const articleCoverage = new Map<number, number>();
  const localIdf = new Map<number, Float64Array>();
  const localPassage = new Map<number, number>();
  const n = q.terms.length;
  // Which question terms each candidate holds, then its paragraph neighbours' (by sentence number), for the window features.
  const met = new Uint8Array(candidates.length * n);
  const metOf = new Map<number, Uint8Array>();
  // One buffer for all candidates' features, each a view of it: a typed array of its own costs an allocation outside the heap.
  const buffer = new ArrayBuffer(candidates.length * FEATURE_COUNT * Float64Array.BYTES_PER_ELEMENT);
  const ranked = candidates.map((candidate, c): Ranked => {
    const { doc } = candidate;
    const article = coverage.articles[index.article[doc]];
    const ordinal = index.sentence[doc];
    const sentence = article.sentences[ordinal];
    const passage = index.passageOf[doc];
    let pc = passageCoverage.get(passage);
    if (pc === undefined) passageCoverage.set(passage, (pc = passageCoverageOf(q, index, passage)));
    let ac = articleCoverage.get(index.article[doc]);
    if (ac === undefined) articleCoverage.set(index.article[doc], (ac = articleCoverageOf(q, index, index.article[doc])));
    let local = localIdf.get(index.article[doc]);
    if (local === undefined) localIdf.set(index.article[doc], (local = localIdfOf(q, index, doc - ordinal, article.sentences.length)));
    let lpc = localPassage.get(passage);
    if (lpc === undefined) localPassage.set(passage, (lpc = localPassageCoverageOf(q, index, passage, local)));
    const held = met.subarray(c * n, (c + 1) * n);
    metOf.set(doc, held);
    const match = answerSpanIn(article, sentence, question, own);
    const facts = match ? { strength: match.strength, start: match.span.start, end: match.span.end } : NO_SPAN;
    const x = new Float64Array(buffer, c * FEATURE_COUNT * Float64Array.BYTES_PER_ELEMENT, FEATURE_COUNT);
    const features = candidateFeatures(
      q,
      article,
      sentence,
      ordinal,
      // Its sentence, passage and article BM25 are the retrieval scores.
      candidate,
      facts,
      pc,
      ac,
      doc === index.passageStart[passage],
      local,
      lpc,
      held,
      x,
    );
    return { doc, article, sentence, span: match?.span ?? null, features, logit: 0, score: 0 };
  });
  const neighbour = (doc: number): Uint8Array => {
    let held = metOf.get(doc);
    if (held === undefined) {
      const article = coverage.articles[index.article[doc]];
      metOf.set(doc, (held = termsMet(q, article, article.sentences[index.sentence[doc]], new Uint8Array(n))));
    }
    return held;
  };
  ranked.forEach((r) => {
    const passage = index.passageOf[r.doc];
    const previous = r.doc > index.passageStart[passage] ? neighbour(r.doc - 1) : null;
    const next = r.doc + 1 < index.passageStart[passage + 1] ? neighbour(r.doc + 1) : null;
    windowFeatures(q, r.features, metOf.get(r.doc)!, previous, next);
  });
  relativeFeatures(ranked.map((r) => r.features));
  const logits = candidateScores(
    scorer,
    ranked.map((r) => r.features),
    ranked.map((r) => r.doc),
  );
  let best = -Infinity;
  ranked.forEach((r, i) => {
    r.logit = logits[i];
    if (r.logit > best) best = r.logit;
  });
  let total = 0;
  for (const r of ranked) total += Math.exp(r.logit - best);
  for (const r of ranked) r.score = Math.exp(r.logit - best) / total;
  return ranked.sort((a, b) => b.logit - a.logit || a.doc - b.doc);
}

const NO_SPAN: SpanFacts = { strength: null, start: 0, end: 0 };

/** Whether the sentence has a modal auxiliary: it reports what could or will happen, not what did (the ranker's `modal` feature). */
export function isHypothetical(article: AnalysedArticle, sentence: Sentence): boolean {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (isModal(article.tokens, i)) return true;
  }
  return false;
}
