import { describe, expect, it } from 'vitest';
import { normaliseQuestion } from '../../src/store/normalise-question.js';

describe('normaliseQuestion', () => {
  it('gives the same form to phrasings that differ in case, spacing and final punctuation', () => {
    expect(normaliseQuestion('  Who  WON\tthe vote?! ')).toBe('who won the vote');
    expect(normaliseQuestion('who won the vote…')).toBe('who won the vote');
  });

  it('folds compatibility characters (full-width letters) and keeps inner punctuation', () => {
    expect(normaliseQuestion('Ｗho paid $4.5m, and why?')).toBe('who paid $4.5m, and why');
  });
});
