import { describe, expect, it } from 'vitest';
import { checkedLinear, checkedVersion, linearScore } from '../../src/models/linear-model.js';
import { DATE_FEATURES, DATE_WEIGHTS } from '../../src/clean/metadata/date-chooser.js';
import shipped from '../../src/clean/metadata/date-weights.json' with { type: 'json' };

describe("the page reader's linear models", () => {
  it('score the bias plus each named feature times its weight, in whatever order the features were computed', () => {
    const model = { weights: { repeats: 0.5, latest: -2 }, bias: 1 };
    expect(linearScore(model, { latest: 1, repeats: Math.log(3) })).toBe(1 + 0.5 * Math.log(3) - 2);
  });

  it('are read from a weights file of the form the code reads, and refused from another, naming the script to run', () => {
    expect(checkedLinear(checkedVersion(shipped, DATE_WEIGHTS), DATE_FEATURES, DATE_WEIGHTS).weights).toEqual(shipped.weights);
    expect(() => checkedVersion({ ...shipped, version: DATE_WEIGHTS.version + 1 }, DATE_WEIGHTS)).toThrow(
      `src/clean/metadata/date-weights.json: weights of form ${DATE_WEIGHTS.version + 1}, this code reads form ${DATE_WEIGHTS.version}; ` +
        'run npm run eval:fit-dates',
    );
  });

  it('are refused when they weigh other features than the code computes, the same ones in another order, or not a number', () => {
    const [first, second, ...rest] = DATE_FEATURES;
    const reordered = Object.fromEntries([second, first, ...rest].map((f) => [f, shipped.weights[f]]));
    expect(() => checkedLinear({ ...shipped, weights: reordered }, DATE_FEATURES, DATE_WEIGHTS)).toThrow(
      /this code computes fromHeadline, /,
    );
    const { latest: _, ...fewer } = shipped.weights;
    expect(() => checkedLinear({ ...shipped, weights: fewer }, DATE_FEATURES, DATE_WEIGHTS)).toThrow(/run npm run eval:fit-dates/);
    expect(() => checkedLinear({ ...shipped, bias: NaN }, DATE_FEATURES, DATE_WEIGHTS)).toThrow(/not a finite number/);
  });
});
