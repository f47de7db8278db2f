/**
 * Logistic regression by Newton's method (iteratively reweighted least squares) with an L2 penalty:
 * deterministic (no random start, no sampling, a fixed summation order), so the same rows always give
 * the same weights, which is what lets a test check the shipped weights against the script.
 */

export interface Row {
  x: Float64Array;
  y: number;
}

export interface Fitted {
  weights: Float64Array;
  bias: number;
}

/** L2 penalty per row on the weights (not the bias): keeps rare flags from running off on a few rows. */
const DEFAULT_L2 = 1e-3;
const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-9;

export function fitLogistic(rows: readonly Row[], l2 = DEFAULT_L2): Fitted {
  const d = rows[0]?.x.length ?? 0;
  const k = d + 1; // the bias is the last coordinate
  const beta = new Float64Array(k);
  const penalty = l2 * rows.length;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const gradient = new Float64Array(k);
    const hessian = new Float64Array(k * k);
    for (const { x, y } of rows) {
      let z = beta[d];
      for (let i = 0; i < d; i++) z += beta[i] * x[i];
      const p = 1 / (1 + Math.exp(-z));
      const w = Math.max(p * (1 - p), 1e-12);
      const r = y - p;
      for (let i = 0; i < k; i++) {
        const xi = i < d ? x[i] : 1;
        gradient[i] += r * xi;
        const row = i * k;
        for (let j = 0; j <= i; j++) hessian[row + j] += w * xi * (j < d ? x[j] : 1);
      }
    }
    for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) hessian[j * k + i] = hessian[i * k + j];
    for (let i = 0; i < d; i++) {
      gradient[i] -= penalty * beta[i];
      hessian[i * k + i] += penalty;
    }
    const step = solve(hessian, gradient, k);
    let change = 0;
    for (let i = 0; i < k; i++) {
      beta[i] += step[i];
      change = Math.max(change, Math.abs(step[i]));
    }
    if (change < TOLERANCE) break;
  }
  return { weights: beta.slice(0, d), bias: beta[d] };
}

/** Solves A s = g for symmetric positive definite A (k × k, row-major) by Cholesky decomposition. */
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

