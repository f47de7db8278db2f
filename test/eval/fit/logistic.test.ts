import { describe, expect, it } from 'vitest';
import { fitLogistic, type Row } from '../../../eval/fit/logistic.js';

// Rows of two date-chooser-like features (a publication label, log lines from the headline): right dates near the top.
const ROWS: Row[] = [
  { x: Float64Array.of(1, 0), y: 1 },
  { x: Float64Array.of(0, 0.7), y: 1 },
  { x: Float64Array.of(0, 2.3), y: 0 },
  { x: Float64Array.of(1, 2.9), y: 0 },
  { x: Float64Array.of(0, 1.1), y: 0 },
];

describe('the pointwise logistic fit', () => {
  it('counts a row of weight 2 as that row twice, in the likelihood and in the scale of the penalty', () => {
    const twice = fitLogistic([...ROWS, ROWS[0]], 0.01);
    const weighted = fitLogistic([{ ...ROWS[0], weight: 2 }, ...ROWS.slice(1)], 0.01);
    for (const [j, w] of twice.weights.entries()) expect(weighted.weights[j]).toBeCloseTo(w, 10);
    expect(weighted.bias).toBeCloseTo(twice.bias, 10);
  });

  it('fits rows of weight 1 to the very same numbers as rows without a weight', () => {
    expect(fitLogistic(ROWS.map((r) => ({ ...r, weight: 1 })))).toEqual(fitLogistic(ROWS));
  });
});
