import { describe, expect, it } from 'vitest';
import { renderDisagreements } from '../../src/render/disagreements.js';

describe('renderDisagreements', () => {
  it('gives one line per disagreement, each value with its outlet, or its article when the outlet is unknown', () => {
    expect(renderDisagreements([
      { about: 'phone calls', values: [{ value: 'three', outlet: 'Northern Wire', articleId: 'nw' }, { value: 'two', outlet: null, articleId: 'ct' }] },
      { about: 'the date', values: [{ value: 'February 26 (2025-02-26)', outlet: 'Coastal Times', articleId: 'ct' }, { value: 'February 27 (2025-02-27)', outlet: 'Northern Wire', articleId: 'nw' }] },
    ])).toEqual([
      'Outlets differ on phone calls: Northern Wire says three, ct says two',
      'Outlets differ on the date: Coastal Times says February 26 (2025-02-26), Northern Wire says February 27 (2025-02-27)',
    ]);
    expect(renderDisagreements([])).toEqual([]);
  });
});
