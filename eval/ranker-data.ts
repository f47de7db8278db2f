/**
 * The ranker's training data and its fit, shared by `npm run eval:fit-ranker` and the SQuAD section of
 * `npm run eval`. SQuAD v1.1 dev is split BY ARTICLE: articles alternate in file order into fold A
 * (even) and fold B (odd); a model fitted on one fold is measured on the other. Two coverages are
 * asked: every article (the questions are all answerable), and a partial one lacking half of each
 * fold's articles (articles 2 and 3 of every four), whose questions are then unanswerable: they teach
 * the model, and its calibration, what a question about something the coverage lacks looks like.
 */
import { createHash } from 'node:crypto';
import { answerRanked } from '../src/answer/answer.js';
import { ANSWER_DEFAULTS } from '../src/answer/defaults.js';
import { CONFIDENCE_INPUTS, dot, MAX_MARGIN, RANKER_FEATURES, topProbability, weightVector, type ConfidenceInput, type RankerFeature, type RankerModel } from '../src/answer/ranker.js';
import type { Coverage } from '../src/coverage/types.js';
import { fitLogistic, rounded, type Row } from './fit-logistic.js';
import { isHit, type SquadQuestion } from './load-squad.js';

export type Fold = 0 | 1;
export const FOLD_NAMES = ['A', 'B'] as const;

/** Fold of the article at `i` in file order. */
export const foldOf = (i: number): Fold => (i % 2) as Fold;
/** Whether the partial coverage lacks the article at `i`: two of every four, one of each fold. */
export const missingFromPartial = (i: number): boolean => i % 4 >= 2;

/** One question asked of one coverage: its candidates' features and labels, best first by the model used. */
export interface Asked {
  fold: Fold;
  /** The question's article is in the coverage asked. */
  answerable: boolean;
  x: Float64Array[];
  y: Uint8Array;
}

/** Every question asked of `coverage`; the candidates' features do not depend on the model's weights. */
export function ask(coverage: Coverage, questions: readonly SquadQuestion[], articleIndex: ReadonlyMap<string, number>): Asked[] {
  const measuring = { ...ANSWER_DEFAULTS, abstainBelow: -1 };
  return questions.map((q) => {
    const { ranked } = answerRanked(coverage, q.question, null, { tuning: measuring });
    const i = articleIndex.get(q.article) as number;
    return {
      fold: foldOf(i),
      answerable: coverage.byId.has(q.article),
      x: ranked.map((r) => r.features),
      y: Uint8Array.from(ranked, (r) => (isHit(q, r.article.id, r.article.text.slice(r.sentence.start, r.sentence.end)) ? 1 : 0)),
    };
  });
}

const IS_QUESTION_PRIOR = -3;

/** L2 penalty per question (ranking) or row (confidence): keeps rare flags from running off on a few examples. */
const L2 = 1e-3;

/**
 * Fits the model on the questions of `folds`: the ranking, a logistic model of "this candidate answers"
 * over every candidate of the full coverage's questions; the confidence head on the top candidates of the partial
 * coverage's questions, half of them unanswerable there, ordered by that ranking.
 */
export function fitRanker(full: readonly Asked[], partial: readonly Asked[], folds: readonly Fold[]): RankerModel {
  const inFolds = (a: Asked) => folds.includes(a.fold);
  const rows: Row[] = [];
  for (const a of full.filter(inFolds)) a.x.forEach((x, i) => rows.push({ x, y: a.y[i] }));
  const fitted = fitLogistic(rows, L2);
  const weights = Object.fromEntries(RANKER_FEATURES.map((f, i) => [f, rounded(fitted.weights[i])])) as Record<RankerFeature, number>;
  // Prose like SQuAD's almost never asks questions, so the fit cannot weigh a sentence that does; in
  // news reports one is a rhetorical question or a reader's query, never the answer: a fixed prior of
  // -3 (odds × 0.05), as the hand-set ranker halved its score (shared/notes/retrieval-findings.md).
  weights.isQuestion = IS_QUESTION_PRIOR;
  const model: RankerModel = { version: '', weights, bias: rounded(fitted.bias), confidence: { weights: {} as Record<ConfidenceInput, number>, bias: 0 } };
  const tops: Row[] = partial.filter(inFolds).flatMap((a) => {
    const top = ranking(model, a);
    return top.length === 0 ? [] : [{ x: Float64Array.from([...a.x[top[0].i], top[0].margin]), y: a.y[top[0].i] }];
  });
  const head = fitLogistic(tops, L2);
  model.confidence = {
    weights: Object.fromEntries(CONFIDENCE_INPUTS.map((f, i) => [f, rounded(head.weights[i])])) as Record<ConfidenceInput, number>,
    bias: rounded(head.bias),
  };
  model.version = createHash('sha256').update(JSON.stringify([RANKER_FEATURES, model.weights, model.bias, model.confidence])).digest('hex').slice(0, 12);
  return model;
}

/** The candidates in the model's order (the lowest position first on ties, as rerank sorts), the top's margin over the next. */
export function ranking(model: RankerModel, a: Asked): { i: number; z: number; margin: number }[] {
  const w = weightVector(model);
  const order = a.x.map((x, i) => ({ i, z: model.bias + dot(w, x), margin: 0 })).sort((p, q) => q.z - p.z || p.i - q.i);
  if (order.length > 0) order[0].margin = order.length > 1 ? order[0].z - order[1].z : MAX_MARGIN;
  return order;
}

export interface RankScores {
  n: number;
  p1: number;
  mrr10: number;
  r5: number;
}

/** P@1, MRR@10, R@5 of the model's order over the given questions' candidates (an empty list is a miss). */
export function rankScores(model: RankerModel, asked: readonly Asked[]): RankScores {
  let p1 = 0;
  let mrr = 0;
  let r5 = 0;
  for (const a of asked) {
    const rank = ranking(model, a).slice(0, 10).findIndex((o) => a.y[o.i] === 1);
    if (rank === 0) p1++;
    if (rank >= 0) mrr += 1 / (rank + 1);
    if (rank >= 0 && rank < 5) r5++;
  }
  const n = asked.length;
  return { n, p1: p1 / n, mrr10: mrr / n, r5: r5 / n };
}

/** The probability the model gives its top candidate, and whether it answers. */
export function topConfidence(model: RankerModel, a: Asked): { p: number; correct: boolean } {
  const [top] = ranking(model, a);
  if (!top) return { p: 0, correct: false };
  return { p: topProbability(model, a.x[top.i], top.margin), correct: a.y[top.i] === 1 };
}

/** Reliability by bins of predicted probability: how often the answers said to be p-sure were right. */
export function reliability(points: readonly { p: number; correct: boolean }[], edges = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001]) {
  return edges.slice(0, -1).map((lo, b) => {
    const hi = edges[b + 1];
    const inBin = points.filter((x) => x.p >= lo && x.p < hi);
    const mean = inBin.reduce((s, x) => s + x.p, 0) / Math.max(1, inBin.length);
    const right = inBin.filter((x) => x.correct).length / Math.max(1, inBin.length);
    return { from: lo, to: Math.min(1, hi), n: inBin.length, meanProbability: mean, shareCorrect: right };
  });
}

/** Expected calibration error: the bins' gaps between said and seen, weighted by their size. */
export function calibrationError(points: readonly { p: number; correct: boolean }[]): number {
  const bins = reliability(points);
  return bins.reduce((s, b) => s + (b.n * Math.abs(b.meanProbability - b.shareCorrect)) / Math.max(1, points.length), 0);
}
