import { describe, expect, it } from 'vitest';
import { isTitleCase } from '../../src/clean/title-case.js';

describe('isTitleCase', () => {
  it('recognises headline capitalisation, ignoring short words', () => {
    expect(isTitleCase('China Outraged as U.S. Plans to Arm Taiwan with Jets', 0.6)).toBe(true);
    expect(isTitleCase('“Monster Missile” Could Wipe Out Big Cities', 0.6)).toBe(true);
  });

  it('rejects sentence case', () => {
    expect(isTitleCase('The ceasefire will begin on Monday morning in all regions', 0.6)).toBe(false);
    expect(isTitleCase('a b c', 0.6)).toBe(false);
  });
});
