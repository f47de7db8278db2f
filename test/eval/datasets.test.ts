import { describe, expect, it } from 'vitest';
import { benchmarkTokens, isFitPage, scoreBodies, scorePage } from '../../eval/datasets.js';

describe('page split', () => {
  it('puts ids starting 0–7 in the fit split and 8–f in the held-out split', () => {
    expect(isFitPage('0a'.padEnd(64, '0'))).toBe(true);
    expect(isFitPage('7f'.padEnd(64, '0'))).toBe(true);
    expect(isFitPage('8'.padEnd(64, '0'))).toBe(false);
    expect(isFitPage('f'.padEnd(64, '0'))).toBe(false);
  });
});

describe('benchmark body metric', () => {
  it('tokenises like Python re \\w+ on str: letters, digits, underscore, any script', () => {
    expect(benchmarkTokens('Ça va, snake_case 3.5 東京。ok')).toEqual(['Ça', 'va', 'snake_case', '3', '5', '東京', 'ok']);
  });

  it('scores an exact prediction 1 and an empty one as recall 0', () => {
    expect(scorePage('one two three four five', 'one two three four five')).toMatchObject({ precision: 1, recall: 1 });
    expect(scorePage('one two three four five', '')).toMatchObject({ precision: 0, recall: 0 });
  });

  it('counts shingles as multisets, normalised by tp + fp + fn', () => {
    // truth shingles: a b c d, b c d e; prediction: a b c d, b c d e, c d e x → tp 2, fp 1, fn 0
    const s = scorePage('a b c d e', 'a b c d e x');
    expect(s.tp).toBeCloseTo(2 / 3);
    expect(s.fp).toBeCloseTo(1 / 3);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBe(1);
  });

  it('treats a text of fewer than four tokens as one shingle', () => {
    expect(scorePage('short text', 'short text').precision).toBe(1);
    expect(scorePage('short text', 'short texts').recall).toBe(0);
  });

  it('takes F1 of the mean precision and mean recall, leaving empty predictions out of precision', () => {
    const s = scoreBodies([
      { truth: 'a b c d e', predicted: 'a b c d e' },
      { truth: 'f g h i j', predicted: '' },
    ]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
  });
});
