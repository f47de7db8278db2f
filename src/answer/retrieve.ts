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
  // The other sentences of the best passages, in order, scored in one pass over the postings (Bm25Index.scores).
  const joined: number[] = [];
  for (const h of passageHits) {
    for (let doc = index.passageStart[h.doc]; doc < index.passageStart[h.doc + 1]; doc++) if (!sentenceScore.has(doc)) joined.push(doc);
  }
  const joinedScores = index.sentences.scores(joined, query);
  joined.forEach((doc, i) => sentenceScore.set(doc, joinedScores[i]));

  // Each candidate's article and passage, and those of them still to score, in order of first need.
  const articles: number[] = [];
  const passages: number[] = [];
  const articleScore = new Map<number, number>();
  for (const doc of sentenceScore.keys()) {
    const article = index.article[doc];
    if (!articleScore.has(article)) {
      articleScore.set(article, 0);
      articles.push(article);
    }
    const passage = index.passageOf[doc];
    if (!passageScore.has(passage)) {
      passageScore.set(passage, 0);
      passages.push(passage);
    }
  }
  const articleScores = index.articles.scores(articles, query);
  articles.forEach((article, i) => articleScore.set(article, articleScores[i]));
  const passageScores = index.passages.scores(passages, query);
  passages.forEach((passage, i) => passageScore.set(passage, passageScores[i]));

  const out: Candidate[] = [];
  for (const [doc, s] of sentenceScore) {
    out.push({ doc, sentence: s, passage: passageScore.get(index.passageOf[doc])!, article: articleScore.get(index.article[doc])! });
  }
  return out;
}
