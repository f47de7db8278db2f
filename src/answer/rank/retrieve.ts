import type { QueryTerm } from '../../index/bm25-index.js';
import type { SentenceIndex } from '../../index/sentence-index.js';
import type { AnswerSettings } from '../defaults.js';

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
  const hit = new Set(sentenceHits.map((h) => h.doc));
  // The other sentences of the best passages, in order, scored in one pass over the postings (Bm25Index.scores).
  const joined: number[] = [];
  for (const h of passageHits) {
    for (let doc = index.passageStart[h.doc]; doc < index.passageStart[h.doc + 1]; doc++) if (!hit.has(doc)) joined.push(doc);
  }
  const joinedScores = index.sentences.scores(joined, query);
  const docs = [...sentenceHits.map((h) => h.doc), ...joined];

  // Each candidate's article and paragraph, and those still to score, in order of first need.
  const articles: number[] = [];
  const articleAt = new Map<number, number>();
  const passages: number[] = [];
  for (const doc of docs) {
    const article = index.article[doc];
    if (!articleAt.has(article)) articleAt.set(article, articles.push(article) - 1);
    const passage = index.passageOf[doc];
    if (!passageScore.has(passage)) {
      passageScore.set(passage, 0);
      passages.push(passage);
    }
  }
  const articleScores = index.articles.scores(articles, query);
  const passageScores = index.passages.scores(passages, query);
  passages.forEach((passage, i) => passageScore.set(passage, passageScores[i]));

  return docs.map((doc, c) => ({
    doc,
    sentence: c < sentenceHits.length ? sentenceHits[c].score : joinedScores[c - sentenceHits.length],
    passage: passageScore.get(index.passageOf[doc])!,
    article: articleScores[articleAt.get(index.article[doc])!],
  }));
}
