import type { QueryTerm } from '../index/bm25-index.js';
import type { SentenceIndex } from '../index/sentence-index.js';
import type { AnswerSettings } from './defaults.js';

export interface Candidate {
  /** Sentence number in the index. */
  doc: number;
  /** BM25 of the sentence, of its passage and of its article: features of the ranker (rerank.ts). */
  sentence: number;
  passage: number;
  article: number;
}

/**
 * First-stage retrieval: the best sentences by their own BM25, joined by the sentences of the best
 * passages (a sentence that continues its paragraph's topic without repeating its words), each with
 * its sentence, passage and article BM25, in no particular order: the ranker orders them.
 */
export function retrieve(index: SentenceIndex, query: readonly QueryTerm[], tuning: AnswerSettings): Candidate[] {
  const sentenceHits = index.sentences.search(query, tuning.sentenceCandidates);
  const passageHits = index.passages.search(query, tuning.passageCandidates);
  const passageScore = new Map(passageHits.map((h) => [h.doc, h.score]));
  const sentenceScore = new Map(sentenceHits.map((h) => [h.doc, h.score]));
  for (const h of passageHits) {
    for (let doc = index.passageStart[h.doc]; doc < index.passageStart[h.doc + 1]; doc++) {
      if (!sentenceScore.has(doc)) sentenceScore.set(doc, index.sentences.score(doc, query));
    }
  }
  const articleScore = new Map<number, number>();
  const out: Candidate[] = [];
  for (const [doc, s] of sentenceScore) {
    const article = index.article[doc];
    let a = articleScore.get(article);
    if (a === undefined) {
      a = index.articles.score(article, query);
      articleScore.set(article, a);
    }
    const passage = index.passageOf[doc];
    let p = passageScore.get(passage);
    if (p === undefined) {
      p = index.passages.score(passage, query);
      passageScore.set(passage, p);
    }
    out.push({ doc, sentence: s, passage: p, article: a });
  }
  return out;
}
