import type { QueryTerm } from '../index/bm25-index.js';
import type { SentenceIndex } from '../index/sentence-index.js';
import type { AnswerSettings } from './defaults.js';

export interface Candidate {
  /** Sentence number in the index. */
  doc: number;
  /** Sentence BM25 plus the weighted BM25 of its passage. */
  score: number;
}

/**
 * First-stage retrieval: the best sentences by their own BM25, joined by the sentences of the best
 * passages (a sentence that continues its paragraph's topic without repeating its words), all scored
 * as sentence BM25 + passageWeight × passage BM25.
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
      a = tuning.articleWeight > 0 ? index.articles.score(article, query) : 0;
      articleScore.set(article, a);
    }
    const passage = index.passageOf[doc];
    let p = passageScore.get(passage);
    if (p === undefined) {
      p = index.passages.score(passage, query);
      passageScore.set(passage, p);
    }
    out.push({ doc, score: s + tuning.passageWeight * p + tuning.articleWeight * a });
  }
  return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
}
