/**
 * The ranker's model: the form of its fitted weights (ranker-weights.json, checkedModel), the cascade that scores
 * a question's candidates (weights · features, then regression trees over the best) and the confidence head with its
 * news recalibration. The features it reads are ranker-features.ts.
 */
import { sigmoid } from '../../models/linear-model.js';
import { F, RANKER_FEATURES, STRONG_FEATURE, WEAK_FEATURE, type RankerFeature } from './ranker-features.js';

/** Inputs of the confidence head: the top candidate's features and its lead over the runner-up. */
export const CONFIDENCE_INPUTS = [...RANKER_FEATURES, 'margin'] as const;
export type ConfidenceInput = (typeof CONFIDENCE_INPUTS)[number];
/**
 * Inputs of the confidence alone, never of the ranking, computed for the top candidate only (confidence.ts
 * confidenceExtras): what tells "the coverage does not hold what is asked" apart from a paraphrase.
 * nameMissing: the share of the question's names (words wink tags PROPN) that the top's article never uses. Entity
 * swap is one of the kinds of unanswerable question of SQuAD 2.0 (Rajpurkar, Jia & Liang 2018); on the fit news
 * questions a name of the question was missing from the top's article for 15 of 18 furniture-only ones (the cleaner
 * removed the teaser naming it), 1 of 5 absent ones and none of 55 answerable ones (abstain note, session 8).
 */
export const CONFIDENCE_EXTRAS = ['nameMissing'] as const;
export type ConfidenceExtra = (typeof CONFIDENCE_EXTRAS)[number];
/**
 * What the news recalibration weighs beside the SQuAD head's log-odds. How much of the question the top's article
 * holds and how much the coverage lacks: a question about another story (a teaser, an article missing from the
 * coverage) shares some words with a topical sentence but names what the article never mentions. And inputs that do not
 * depend on the coverage's size: the share of the question's idf weight the top sentence holds (exactly, and only
 * through related words), and its lead over its article's runner-up in units of the spread of the question's
 * candidates' scores (in a one-story coverage every sentence shares the names, scores crowd together and a raw margin
 * of 0.5 means more than in SQuAD). Chosen among 12 forms fixed in advance (heads with or without the size-dependent
 * sentenceBm25Log and absentShare, 4 sets of recalibration inputs) as the one that stops the most unanswerable
 * questions (SQuAD out of fold, fit news without their pages, furniture-only and absent fit news with all fit pages
 * and with their page alone: 0.395 of them on average, main's 2 inputs 0.228) at the threshold rule's loss of right
 * answers, by page-grouped cross-validation (ranker note, session 7, method M7b). Then nameMissing and windowCoverage
 * (the top's window, size-free), chosen the same way among forms of these 5 inputs plus any of nameMissing, "the
 * question's rarest term stands in the top's window" and windowCoverage: 0.630 of those questions stopped on average,
 * 0.615 with nameMissing alone, 0.467 with neither (abstain note, session 8, methods M8 and M8b).
 */
export const NEWS_CONFIDENCE_INPUTS = [
  'articleCoverage',
  'absentShare',
  'sentenceCoverage',
  'softCoverage',
  'normMargin',
  'nameMissing',
  'windowCoverage',
] as const satisfies readonly (RankerFeature | ConfidenceExtra | 'normMargin')[];
export type NewsConfidenceInput = (typeof NEWS_CONFIDENCE_INPUTS)[number];
/** A margin over the runner-up past this is as good as certain; a lone candidate gets it. */
export const MAX_MARGIN = 10;

/**
 * Groups of features whose weights the fit scales together for news (RankerModel.newsScales): whether
 * the sentence holds an answer of the expected type; how much of the question's wording it repeats;
 * whether it reports what may happen rather than what did.
 */
export const NEWS_GROUPS = {
  type: [...new Set([...Object.values(STRONG_FEATURE), ...Object.values(WEAK_FEATURE)])],
  wording: [
    'sentenceBm25',
    'passageBm25',
    'articleBm25',
    'sentenceBm25Log',
    'sentenceCoverage',
    'passageCoverage',
    'coverageGap',
    'bigrams',
    'rarestTerm',
    'matchDensity',
  ],
  modality: ['pastModal', 'modal'],
} as const satisfies Record<string, readonly RankerFeature[]>;
export type NewsGroup = keyof typeof NEWS_GROUPS;
export const NEWS_GROUP_NAMES = Object.keys(NEWS_GROUPS) as NewsGroup[];

/**
 * The weights file's form: 2 = linear weights and regression trees (session 8); 1 (no `format`) was the linear model
 * alone. A file of another form is refused rather than read as something it is not.
 */
export const RANKER_FORMAT = 2;

/**
 * One regression tree of the ranking, complete to its depth (breadth-first): node i sends a candidate to node 2i + 1
 * when x[feature] <= threshold, else to 2i + 2; a node that does not split (null) sends every candidate left. The
 * leaves, left to right, hold what the tree adds to the score.
 */
export interface RankerTree {
  splits: ([RankerFeature, number] | null)[];
  leaves: number[];
}

/** A fitted model: weights by name (so a reordered list cannot misapply them). */
export interface RankerModel {
  /** RANKER_FORMAT of the code that wrote it. */
  format: number;
  /** A digest of the fitted values, written by the fit script; the saved index records it. */
  version: string;
  /**
   * The ranking: a candidate's score z = weights · features + the sum of the trees' leaves it falls in; among a
   * question's candidates, the one answering is candidate i with probability exp(z_i) / Σ exp(z_j) (a listwise,
   * conditional-logit fit, then gradient-boosted trees on the same likelihood: eval/fit/trees.ts).
   */
  weights: Record<RankerFeature, number>;
  trees: RankerTree[];
  /** The trees score only this many best candidates by weights · features (candidateScores); the others keep that score. */
  treesOnTop: number;
  /**
   * Factors on the SQuAD-fitted weights of each NEWS_GROUPS group, fitted on news questions
   * (eval/questions/fit-news.json); already applied to `weights`, recorded for the reader.
   */
  newsScales: Record<NewsGroup, number>;
  /** The probability that the top candidate answers: sigmoid(bias + weights · [its features, margin]). */
  confidence: {
    weights: Record<ConfidenceInput, number>;
    bias: number;
    /**
     * The head's log-odds z recalibrated for news (Platt 1999, with a few inputs beside z): the probability is
     * sigmoid(bias + slope · z + Σ weights · the top's NEWS_CONFIDENCE_INPUTS), fitted on the tops of news questions
     * asked with all fit pages, without their page and of their page alone, answerable, furniture-only and absent
     * (eval/questions/fit-news.json).
     */
    news: { bias: number; slope: number; weights: Record<NewsConfidenceInput, number> };
  };
}

/** A ranker-weights file's contents when of this code's form and features; else an Error naming the fit script. */
export function checkedModel(data: unknown): RankerModel {
  const m = data as RankerModel;
  if (m?.format !== RANKER_FORMAT) {
    throw new Error(
      `ranker weights are of form ${String(m?.format ?? 1)}, this code reads form ${RANKER_FORMAT} (linear weights and trees): ` +
        'run npm run eval:fit-ranker',
    );
  }
  const has = (o: Record<string, number> | undefined, names: readonly string[]) =>
    o !== undefined && Object.keys(o).length === names.length && names.every((f) => Number.isFinite(o[f]));
  if (
    typeof m.version !== 'string' ||
    !Array.isArray(m.trees) ||
    !(Number.isInteger(m.treesOnTop) && m.treesOnTop >= 1) ||
    !m.trees.every((t) => wellFormedTree(t, m.trees[0].leaves.length)) ||
    !has(m.newsScales, NEWS_GROUP_NAMES) ||
    !has(m.weights, RANKER_FEATURES) ||
    !has(m.confidence?.weights, CONFIDENCE_INPUTS) ||
    !Number.isFinite(m.confidence.bias) ||
    !Number.isFinite(m.confidence.news?.bias) ||
    !Number.isFinite(m.confidence.news.slope) ||
    !has(m.confidence.news.weights, NEWS_CONFIDENCE_INPUTS)
  ) {
    throw new Error(`ranker weights do not match the ranker's features (${RANKER_FEATURES.join(', ')}): run npm run eval:fit-ranker`);
  }
  return m;
}

/** A tree with 2^depth leaves (depth >= 1, the same for all trees), one split less, each a known feature and a finite threshold. */
function wellFormedTree(t: RankerTree, leafCount: number): boolean {
  return (
    Array.isArray(t?.splits) &&
    Array.isArray(t.leaves) &&
    t.leaves.length === leafCount &&
    leafCount >= 2 &&
    (leafCount & (leafCount - 1)) === 0 &&
    t.splits.length === leafCount - 1 &&
    t.leaves.every(Number.isFinite) &&
    t.splits.every((s) => s === null || (F[s[0]] !== undefined && Number.isFinite(s[1])))
  );
}

/** The trees as flat arrays for the inner loop: per tree, its nodes' feature positions and thresholds, then its leaves. */
export interface CompiledTrees {
  count: number;
  depth: number;
  feature: Int32Array;
  threshold: Float64Array;
  leaves: Float64Array;
}

export function compileTrees(trees: readonly RankerTree[]): CompiledTrees {
  const leafCount = trees[0]?.leaves.length ?? 2;
  const nodes = leafCount - 1;
  const feature = new Int32Array(trees.length * nodes);
  // A node without a split compares feature 0 with +Infinity: every candidate goes left.
  const threshold = new Float64Array(trees.length * nodes).fill(Infinity);
  trees.forEach((t, k) =>
    t.splits.forEach((s, i) => {
      if (s === null) return;
      feature[k * nodes + i] = F[s[0]];
      threshold[k * nodes + i] = s[1];
    }),
  );
  return {
    count: trees.length,
    depth: Math.log2(leafCount),
    feature,
    threshold,
    leaves: Float64Array.from(trees.flatMap((t) => t.leaves)),
  };
}

/** What the trees add to the score of a candidate with features `x`. */
export function treesScore(c: CompiledTrees, x: Float64Array): number {
  const { feature, threshold, leaves, depth, count } = c;
  const nodes = (1 << depth) - 1;
  let z = 0;
  // `at`: the tree's first node, `leaf`: its first leaf; a step right is one more than a step left. The comparison is
  // added as a number, not chosen by `? 1 : 0`, which V8 compiles to a branch that mispredicts about half the time; and
  // the fitted depth (TREE_DEFAULTS: 16 leaves) is unrolled. Session 12, 150 fitted trees over 1,000 feature rows: 3.7-5
  // µs per candidate as a branch, 1.7 µs added as a number, 0.86 µs unrolled; in answer() over all SQuAD questions
  // (paired, one process) the cascade cost +10.2%, +5.7% and +2.9% CPU against the linear model.
  for (let k = 0, at = 0, leaf = 0; k < count; k++, at += nodes, leaf += nodes + 1) {
    let i: number;
    if (depth === 4) {
      i = 1 + +(x[feature[at]] > threshold[at]);
      i = 2 * i + 1 + +(x[feature[at + i]] > threshold[at + i]);
      i = 2 * i + 1 + +(x[feature[at + i]] > threshold[at + i]);
      i = 2 * i + 1 + +(x[feature[at + i]] > threshold[at + i]);
    } else {
      i = 0;
      for (let level = 0; level < depth; level++) i = 2 * i + 1 + +(x[feature[at + i]] > threshold[at + i]);
    }
    z += leaves[leaf + i - nodes];
  }
  return z;
}

/** The model as the inner loop reads it: the ranking weights in feature order and the compiled trees. */
export interface Scorer {
  weights: Float64Array;
  trees: CompiledTrees;
  onTop: number;
}
const SCORERS = new WeakMap<RankerModel, Scorer>();

export function scorerOf(model: RankerModel): Scorer {
  let s = SCORERS.get(model);
  if (!s) {
    const weights = Float64Array.from(RANKER_FEATURES, (f) => model.weights[f]);
    SCORERS.set(model, (s = { weights, trees: compileTrees(model.trees), onTop: model.treesOnTop }));
  }
  return s;
}

/**
 * The ranking scores of a question's candidates (features `xs`, listed with the lower `order` first on ties): weights ·
 * features for every one, plus the trees' for the `onTop` best of those — a cascade (Wang, Lin & Metzler 2011): the
 * linear model sorts out the many, the costlier trees reorder the few that can still be the answer. Scoring every
 * candidate with 150 trees measured +32% answer() CPU (1,000 SQuAD questions, alternated, load ~10); the fit
 * (eval/fit/trees.ts) sees the same top candidates.
 */
export function candidateScores(s: Scorer, xs: readonly Float64Array[], order: ArrayLike<number>): Float64Array {
  // A loop, not Float64Array.from(xs, f), which walks `xs` by the iteration protocol (1.3% of answer()'s CPU with the dot
  // products, profile of SQuAD 1x).
  const z = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) z[i] = dot(s.weights, xs[i]);
  if (s.trees.count > 0) for (const i of treeCandidates(z, s.onTop, order)) z[i] += treesScore(s.trees, xs[i]);
  return z;
}

/** The candidates the trees score: the `k` highest linear scores `z` (ties: the lower `order` first), by insertion into a short list. */
export function treeCandidates(z: Float64Array, k: number, order: ArrayLike<number>): number[] {
  const top: number[] = [];
  for (let i = 0; i < z.length; i++) {
    let at = top.length;
    while (at > 0 && (z[i] > z[top[at - 1]] || (z[i] === z[top[at - 1]] && order[i] < order[top[at - 1]]))) at--;
    if (at < k) {
      top.splice(at, 0, i);
      if (top.length > k) top.pop();
    }
  }
  return top;
}

export function dot(w: Float64Array, x: Float64Array): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += w[i] * x[i];
  return z;
}

/**
 * The confidence head's probability for a top candidate with features `x` and CONFIDENCE_EXTRAS `extras`, `margin`
 * ahead of its article's runner-up (MAX_MARGIN without one), `spread` the standard deviation of the question's
 * candidates' scores.
 */
export function topProbability(model: RankerModel, x: Float64Array, extras: Float64Array, margin: number, spread: number): number {
  const c = model.confidence;
  let z = c.bias + c.weights.margin * Math.min(margin, MAX_MARGIN);
  const w = confidenceWeights(c.weights);
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  let news = c.news.bias + c.news.slope * z;
  for (const f of NEWS_CONFIDENCE_INPUTS) news += c.news.weights[f] * newsInput(f, x, extras, margin, spread);
  return sigmoid(news);
}

/**
 * The confidence head's weights of the ranker's features, in RANKER_FEATURES' order, read once per weights object (as
 * scorerOf reads the ranker's): looked up by name for each question, the 48 lookups were 0.5% of answer()'s CPU (profile
 * of SQuAD 1x, session 52). The sum runs in the same order, so the probability is the same to the bit.
 */
const CONFIDENCE_WEIGHTS = new WeakMap<RankerModel['confidence']['weights'], Float64Array>();

function confidenceWeights(weights: RankerModel['confidence']['weights']): Float64Array {
  let w = CONFIDENCE_WEIGHTS.get(weights);
  if (!w) {
    w = Float64Array.from(RANKER_FEATURES, (f) => weights[f]);
    CONFIDENCE_WEIGHTS.set(weights, w);
  }
  return w;
}

const EXTRA = Object.fromEntries(CONFIDENCE_EXTRAS.map((f, i) => [f, i])) as Record<ConfidenceExtra, number>;

/**
 * A news recalibration input of a top candidate: one of its features, one of its CONFIDENCE_EXTRAS, or normMargin (its
 * margin over the spread).
 */
export function newsInput(f: NewsConfidenceInput, x: Float64Array, extras: Float64Array, margin: number, spread: number): number {
  if (f === 'normMargin') return spread > 0 ? Math.min(margin / spread, MAX_MARGIN) : MAX_MARGIN;
  if (f in EXTRA) return extras[EXTRA[f as ConfidenceExtra]];
  return x[F[f as RankerFeature]];
}

/** The population standard deviation of a question's candidates' scores: the unit of normMargin. */
export function scoreSpread(logits: readonly number[]): number {
  if (logits.length === 0) return 0;
  let mean = 0;
  for (const z of logits) mean += z;
  mean /= logits.length;
  let sum = 0;
  for (const z of logits) sum += (z - mean) ** 2;
  return Math.sqrt(sum / logits.length);
}
