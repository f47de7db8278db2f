/**
 * Logistic regression, pointwise and listwise, by Newton's method with an L2 penalty: deterministic (no
 * random start, no sampling, a fixed summation order), so the same rows always give the same weights,
 * which is what lets a test check the shipped weights against the script (fit-script.ts writes or checks them).
 */
import { sigmoid, type LinearModel } from '../../src/models/linear-model.js';

export interface Row {
  x: Float64Array;
  y: number;
  /** How many rows it counts as (default 1), in the likelihood and in the penalty's scale. */
  weight?: number;
}

export interface Fitted {
  weights: Float64Array;
  bias: number;
}

/** L2 penalty per row on the weights (not the bias): keeps rare flags from running off on a few rows. */
const DEFAULT_L2 = 1e-3;
/**
 * Newton's method stops once no weight moves by more than TOLERANCE. It converges quadratically near the optimum: the
 * fits of the `--check` runs stop after 4-11 steps (session 30, counted per fit: eval:fit-outlet 4-11, eval:fit-dates
 * 4-6, eval:fit-cleaner 7, eval:fit-ranker 7), so the cap, which none reached, only bounds a fit that does not converge.
 */
const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-9;

export function fitLogistic(rows: readonly Row[], l2 = DEFAULT_L2): Fitted {
  const d = rows[0]?.x.length ?? 0;
  const k = d + 1; // the bias is the last coordinate
  const beta = new Float64Array(k);
  const penalty = l2 * rows.reduce((n, row) => n + (row.weight ?? 1), 0);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const gradient = new Float64Array(k);
    const hessian = new Float64Array(k * k);
    for (const { x, y, weight = 1 } of rows) {
      let z = beta[d];
      for (let i = 0; i < d; i++) z += beta[i] * x[i];
      const p = sigmoid(z);
      const w = weight * Math.max(p * (1 - p), 1e-12);
      const r = weight * (y - p);
      for (let i = 0; i < k; i++) {
        const xi = i < d ? x[i] : 1;
        gradient[i] += r * xi;
        const row = i * k;
        for (let j = 0; j <= i; j++) hessian[row + j] += w * xi * (j < d ? x[j] : 1);
      }
    }
    const step = penalisedStep(hessian, gradient, beta, penalty, d, k);
    let change = 0;
    for (let i = 0; i < k; i++) {
      beta[i] += step[i];
      change = Math.max(change, Math.abs(step[i]));
    }
    if (change < TOLERANCE) break;
  }
  return { weights: beta.slice(0, d), bias: beta[d] };
}

/** The candidates of one question, and which of them answer it; `weight` (default 1): how many questions it counts as. */
export interface Group {
  x: readonly Float64Array[];
  y: Uint8Array;
  weight?: number;
}

/**
 * Listwise (conditional-logit) ranking: among a question's candidates, the one answering is i with
 * probability softmax(w · x)_i; each answering candidate counts for 1/k of its question (k of them), a question
 * for its weight (instance weighting: one set of questions can count more than another of the same size). Fitted by
 * Newton's method with step halving (the log-likelihood is concave, but a full first step from zero can overshoot).
 * Questions with no answering or no other candidate teach nothing and are left out. No bias: it cancels within a question.
 */
export function fitListwise(groups: readonly Group[], l2 = DEFAULT_L2): Float64Array {
  const usable = groups.filter((g) => g.y.includes(1) && g.y.includes(0));
  const d = usable[0]?.x[0].length ?? 0;
  const w = new Float64Array(d);
  const penalty = l2 * usable.reduce((n, g) => n + (g.weight ?? 1), 0);
  let objective = listwiseObjective(usable, w, penalty);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const gradient = new Float64Array(d);
    const hessian = new Float64Array(d * d);
    for (const { x, y, weight = 1 } of usable) {
      const p = softmax(x, w);
      const mean = new Float64Array(d);
      x.forEach((xi, i) => {
        for (let j = 0; j < d; j++) mean[j] += p[i] * xi[j];
      });
      const k = y.reduce((n, v) => n + v, 0);
      x.forEach((xi, i) => {
        if (y[i]) for (let j = 0; j < d; j++) gradient[j] += (weight * (xi[j] - mean[j])) / k;
        const pw = weight * p[i];
        for (let a = 0; a < d; a++) {
          const da = xi[a] - mean[a];
          if (da === 0) continue;
          for (let b = 0; b <= a; b++) hessian[a * d + b] += pw * da * (xi[b] - mean[b]);
        }
      });
    }
    const step = penalisedStep(hessian, gradient, w, penalty, d, d);
    let scale = 1;
    let next = w.map((v, j) => v + step[j]);
    let value = listwiseObjective(usable, next, penalty);
    for (let halving = 0; halving < 30 && value < objective; halving++) {
      scale /= 2;
      next = w.map((v, j) => v + scale * step[j]);
      value = listwiseObjective(usable, next, penalty);
    }
    let change = 0;
    for (let j = 0; j < d; j++) change = Math.max(change, Math.abs(next[j] - w[j]));
    w.set(next);
    objective = value;
    if (change < TOLERANCE) break;
  }
  return w;
}

function softmax(x: readonly Float64Array[], w: Float64Array, offset?: Float64Array): Float64Array {
  const z = Float64Array.from(x, (xi, i) => {
    let s = 0;
    for (let j = 0; j < w.length; j++) s += w[j] * xi[j];
    return offset ? s + offset[i] : s;
  });
  let best = -Infinity;
  for (const v of z) best = Math.max(best, v);
  let total = 0;
  for (let i = 0; i < z.length; i++) total += z[i] = Math.exp(z[i] - best);
  for (let i = 0; i < z.length; i++) z[i] /= total;
  return z;
}

/**
 * Log-likelihood of the answering candidates under weights `w`, each 1/k of its question (k answering) times the
 * question's weight; `offsets[g]`,
 * when given, is added to the scores of group g's candidates (the trees' part of the score, held fixed).
 */
export function listwiseLogLikelihood(groups: readonly Group[], w: Float64Array, offsets?: readonly Float64Array[]): number {
  let value = 0;
  for (const [g, { x, y, weight = 1 }] of groups.entries()) {
    const k = y.reduce((n, v) => n + v, 0);
    if (k === 0 || x.length === 0) continue;
    const p = softmax(x, w, offsets?.[g]);
    for (let i = 0; i < p.length; i++) if (y[i]) value += (weight * Math.log(Math.max(p[i], 1e-300))) / k;
  }
  return value;
}

function listwiseObjective(groups: readonly Group[], w: Float64Array, penalty: number): number {
  const value = listwiseLogLikelihood(groups, w);
  let norm = 0;
  for (const v of w) norm += v * v;
  return value - 0.5 * penalty * norm;
}

/**
 * The Newton step of both fits: `gradient` and `hessian` (k × k, row-major, its lower triangle filled) are the
 * log-likelihood's at `beta`; the L2 penalty on the first `d` coefficients (not on a bias after them) is added to both.
 */
function penalisedStep(
  hessian: Float64Array,
  gradient: Float64Array,
  beta: Float64Array,
  penalty: number,
  d: number,
  k: number,
): Float64Array {
  for (let i = 0; i < d; i++) {
    gradient[i] -= penalty * beta[i];
    hessian[i * k + i] += penalty;
  }
  return solve(hessian, gradient, k);
}

/**
 * Solves A s = g for symmetric positive definite A (k × k, row-major) by Cholesky decomposition, which reads only the
 * lower triangle of A.
 */
function solve(a: Float64Array, g: Float64Array, k: number): Float64Array {
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * k + j];
      for (let m = 0; m < j; m++) sum -= l[i * k + m] * l[j * k + m];
      l[i * k + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * k + j];
    }
  }
  const y = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let sum = g[i];
    for (let m = 0; m < i; m++) sum -= l[i * k + m] * y[m];
    y[i] = sum / l[i * k + i];
  }
  const s = new Float64Array(k);
  for (let i = k - 1; i >= 0; i--) {
    let sum = y[i];
    for (let m = i + 1; m < k; m++) sum -= l[m * k + i] * s[m];
    s[i] = sum / l[i * k + i];
  }
  return s;
}

/** Rounds to 6 significant digits: what is written to the weights file and compared by the test. */
export function rounded(x: number): number {
  return Number(x.toPrecision(6));
}

/** A sample's features as the fitters take them: in the order of `names`, the model's. */
export function featureVector<F extends string>(names: readonly F[], features: Readonly<Record<F, number>>): Float64Array {
  return Float64Array.from(names, (f) => features[f]);
}

/** Fitted weights, in the order of `names`, by name and rounded as weights files keep them. */
export function namedWeights<F extends string>(names: readonly F[], weights: ArrayLike<number>): Record<F, number> {
  return Object.fromEntries(names.map((f, j) => [f, rounded(weights[j])])) as Record<F, number>;
}

/** Fitted weights (in the order of `names`) and bias as a linear model, rounded as weights files keep them. */
export function linearModelOf<F extends string>(names: readonly F[], weights: ArrayLike<number>, bias: number): LinearModel<F> {
  return { weights: namedWeights(names, weights), bias: rounded(bias) };
}
