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
import { logit, RANKER_FEATURES, sigmoid, weightVector, type RankerFeature, type RankerModel } from '../src/answer/ranker.js';
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

/** L2 penalty per row, chosen on fold A's training rows among 1e-4, 1e-3, 1e-2 (held-out P@1 flat within 0.001). */
const L2 = 1e-3;

/**
 * Fits the model on the questions of `folds`: the ranker on every candidate of the full coverage's
 * questions and of the partial coverage's unanswerable ones; its calibration (Platt scaling) on the top
 * candidates of the partial coverage's questions, half of them unanswerable.
 */
export function fitRanker(full: readonly Asked[], partial: readonly Asked[], folds: readonly Fold[]): RankerModel {
  const inFolds = (a: Asked) => folds.includes(a.fold);
  const rows: Row[] = [];
  for (const a of full.filter(inFolds)) a.x.forEach((x, i) => rows.push({ x, y: a.y[i] }));
  for (const a of partial.filter((p) => inFolds(p) && !p.answerable)) a.x.forEach((x) => rows.push({ x, y: 0 }));
  const fitted = fitLogistic(rows, L2);
  const weights = Object.fromEntries(RANKER_FEATURES.map((f, i) => [f, rounded(fitted.weights[i])])) as Record<RankerFeature, number>;
  const model: RankerModel = { version: '', weights, bias: rounded(fitted.bias), calibration: { a: 1, b: 0 } };
  const tops = partial.filter(inFolds).flatMap((a) => {
    const top = topOf(model, a);
    return top < 0 ? [] : [{ x: Float64Array.of(logit(weightVector(model), model.bias, a.x[top])), y: a.y[top] }];
  });
  const platt = fitLogistic(tops, 0);
  model.calibration = { a: rounded(platt.weights[0]), b: rounded(platt.bias) };
  model.version = createHash('sha256').update(JSON.stringify([RANKER_FEATURES, model.weights, model.bias, model.calibration])).digest('hex').slice(0, 12);
  return model;
}

/** The candidate the model ranks first (the lowest position on ties, as rerank sorts), or -1 when none. */
export function topOf(model: RankerModel, a: Asked): number {
  const w = weightVector(model);
  let best = -1;
  let bestScore = -Infinity;
  a.x.forEach((x, i) => {
    const z = logit(w, model.bias, x);
    if (z > bestScore) [best, bestScore] = [i, z];
  });
  return best;
}

export interface RankScores {
  n: number;
  p1: number;
  mrr10: number;
  r5: number;
}

/** P@1, MRR@10, R@5 of the model's order over the given questions' candidates (an empty list is a miss). */
export function rankScores(model: RankerModel, asked: readonly Asked[]): RankScores {
  const w = weightVector(model);
  let p1 = 0;
  let mrr = 0;
  let r5 = 0;
  for (const a of asked) {
    const order = a.x.map((x, i) => ({ i, z: logit(w, model.bias, x) })).sort((p, q) => q.z - p.z || p.i - q.i);
    const rank = order.slice(0, 10).findIndex((o) => a.y[o.i] === 1);
    if (rank === 0) p1++;
    if (rank >= 0) mrr += 1 / (rank + 1);
    if (rank >= 0 && rank < 5) r5++;
  }
  const n = asked.length;
  return { n, p1: p1 / n, mrr10: mrr / n, r5: r5 / n };
}

/** The calibrated probability that the model's top candidate answers, and whether it does. */
export function topConfidence(model: RankerModel, a: Asked): { p: number; correct: boolean } {
  const top = topOf(model, a);
  if (top < 0) return { p: 0, correct: false };
  const z = logit(weightVector(model), model.bias, a.x[top]);
  return { p: sigmoid(model.calibration.a * z + model.calibration.b), correct: a.y[top] === 1 };
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
