import { describe, expect, it } from 'vitest';
import { checkedCleaner, CONTEXT_FEATURES } from '../../../src/clean/boilerplate/boilerplate.js';
import { CLEAN_DEFAULTS } from '../../../src/clean/defaults.js';
import { FEATURE_NAMES } from '../../../src/clean/boilerplate/line-features.js';
import shipped from '../../../src/clean/boilerplate/cleaner-weights.json' with { type: 'json' };

// The fit itself reads ../shared (npm run eval:fit-cleaner -- --check compares a fresh fit with this
// file byte for byte); here, without the datasets, the file must at least fit the code that reads it.
describe('the shipped cleaner weights', () => {
  it('weigh exactly the features the code computes, in both stages, with a threshold in (0, 1)', () => {
    const model = checkedCleaner(CLEAN_DEFAULTS.cleaner);
    expect(Object.keys(model.line.weights)).toEqual([...FEATURE_NAMES]);
    expect(Object.keys(model.context.weights)).toEqual([...CONTEXT_FEATURES]);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    for (const w of [...Object.values(model.line.weights), ...Object.values(model.context.weights)]) expect(Number.isFinite(w)).toBe(true);
  });

  it('say how they were fitted: the script, the fit split and the cross-validated F1', () => {
    expect(shipped.fit).toMatchObject({ script: 'npm run eval:fit-cleaner', split: 'fit (article-extraction ids 0–7)', folds: 5 });
    expect(shipped.fit.crossValidatedBodyF1).toBeGreaterThan(0.9);
  });
});
