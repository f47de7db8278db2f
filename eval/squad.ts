/**
 * SQuAD v1.1 dev through the same `answer()` every surface uses, with MiniSearch BM25 (stop words) over
 * the same sentences as the anchor. Used by the section `squad` of `npm run eval` (eval/sections/squad.ts).
 */
import MiniSearch from 'minisearch';
import { writtenSentences } from '../src/analyse/address-cuts.js';
import { answerRanked } from '../src/answer/answer.js';
import { ANSWER_DEFAULTS } from '../src/answer/defaults.js';
import { MAX_EXCERPT_SENTENCES } from '../src/answer/excerpt.js';
import { quantile } from '../bench/measure.js';
import type { RankerModel } from '../src/answer/rank/ranker-model.js';
import type { Coverage } from '../src/coverage/types.js';
import { isAnswerSpan, isHit, type SquadQuestion } from './load-squad.js';
import { STOP_WORDS } from '../src/lexicon/stop-words.js';

export interface Scores {
  n: number;
  /** The top excerpt as shown (which may hold more than one sentence) contains a gold answer. */
  p1: number;
  /** The sentence the ranker put first, alone, contains one: a longer excerpt cannot hide a miss here. */
  p1Sentence: number;
  mrr10: number;
  r5: number;
  abstained: number;
  /** Questions whose top excerpt is a hit and marks an answer span; null for a system that marks none. */
  spans: number | null;
  /** Of those, the share whose marked span is a gold answer (isAnswerSpan). */
  spanRight: number;
  /**
   * The top excerpts' size, over the answered questions: the share of three sentences (the most an excerpt holds) and
   * the median length in characters; null for a system that shows one sentence. A longer excerpt holds a gold answer more
   * often, so P@1 as shown is read beside them (the rule of src/answer/excerpt.ts RUNNER_UP_SHARE bounds both).
   */
  excerpts: { threeSentences: number; medianChars: number } | null;
}

/** Scores of `answer()` with the given ranker model (the shipped one by default). */
export function scoreOurs(coverage: Coverage, questions: readonly SquadQuestion[], ranker: RankerModel = ANSWER_DEFAULTS.ranker): Scores {
  const tuning = { ...ANSWER_DEFAULTS, ranker };
  let p1 = 0,
    p1Sentence = 0,
    mrr = 0,
    r5 = 0,
    abstained = 0,
    spans = 0,
    spanRight = 0,
    threeSentences = 0;
  const lengths: number[] = [];
  for (const q of questions) {
    const { answer, ranked } = answerRanked(coverage, q.question, null, { tuning });
    if (answer.abstained) abstained++;
    const top = answer.excerpts[0];
    if (top) {
      lengths.push(top.text.length);
      // Sentences as written: an excerpt shown whole across an address cut (addressWhole) is no longer for it.
      const sentences = writtenSentences(coverage.byId.get(top.article.id)!);
      if (sentences.filter((s) => s.start >= top.start && s.end <= top.end).length >= MAX_EXCERPT_SENTENCES) threeSentences++;
    }
    if (top && isHit(q, top.article.id, top.text)) {
      p1++;
      if (top.answer !== null) {
        spans++;
        if (isAnswerSpan(q, top.answer)) spanRight++;
      }
    }
    const rank = ranked.slice(0, 10).findIndex((r) => isHit(q, r.article.id, r.article.text.slice(r.sentence.start, r.sentence.end)));
    if (rank === 0 && !answer.abstained) p1Sentence++;
    if (rank >= 0) mrr += 1 / (rank + 1);
    if (rank >= 0 && rank < 5) r5++;
  }
  const n = questions.length;
  return {
    n,
    p1: p1 / n,
    p1Sentence: p1Sentence / n,
    mrr10: mrr / n,
    r5: r5 / n,
    abstained: abstained / n,
    spans,
    spanRight: spanRight / Math.max(1, spans),
    excerpts: {
      threeSentences: threeSentences / Math.max(1, lengths.length),
      medianChars: quantile(
        lengths.sort((a, b) => a - b),
        0.5,
      ),
    },
  };
}

export interface SentenceDoc {
  id: string;
  article: string;
  text: string;
}

/** The coverage's sentences as MiniSearch documents. */
export function sentenceDocs(coverage: Coverage): SentenceDoc[] {
  return coverage.articles.flatMap((a) => a.sentences.map((s) => ({ id: s.id, article: a.id, text: a.text.slice(s.start, s.end) })));
}

/** The anchor: MiniSearch BM25 with the classic stop words over the given sentences. */
export function sentenceMiniSearch(docs: readonly SentenceDoc[]): MiniSearch {
  const ms = new MiniSearch({
    fields: ['text'],
    storeFields: ['article', 'text'],
    processTerm: (t) => (STOP_WORDS.has(t.toLowerCase()) ? null : t.toLowerCase()),
  });
  ms.addAll(docs);
  return ms;
}

export function scoreMiniSearch(
  coverage: Coverage,
  questions: readonly SquadQuestion[],
  ms: MiniSearch = sentenceMiniSearch(sentenceDocs(coverage)),
): Scores {
  let p1 = 0,
    mrr = 0,
    r5 = 0;
  for (const q of questions) {
    const hits = ms.search(q.question).slice(0, 10);
    const rank = hits.findIndex((h) => isHit(q, h.article as string, h.text as string));
    if (rank === 0) p1++;
    if (rank >= 0) mrr += 1 / (rank + 1);
    if (rank >= 0 && rank < 5) r5++;
  }
  const n = questions.length;
  return { n, p1: p1 / n, p1Sentence: p1 / n, mrr10: mrr / n, r5: r5 / n, abstained: 0, spans: null, spanRight: 0, excerpts: null };
}
