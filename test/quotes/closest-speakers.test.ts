import { describe, expect, it } from 'vitest';
import { closestSpeakers } from '../../src/quotes/closest-speakers.js';

const SPEAKERS = [
  { speaker: 'Donald Trump', count: 30 },
  { speaker: 'Vladimir Putin', count: 17 },
  { speaker: 'Dmitry Peskov', count: 13 },
  { speaker: 'Leonid Slutsky', count: 2 },
];

describe('closestSpeakers', () => {
  it('suggests the speaker whose name is closest to a misspelling', () => {
    expect(closestSpeakers(SPEAKERS, 'Peskof', 1)).toEqual(['Dmitry Peskov']);
    expect(closestSpeakers(SPEAKERS, 'vladimir putn', 1)).toEqual(['Vladimir Putin']);
  });

  it('returns at most `limit` names, the closest first', () => {
    const names = closestSpeakers(SPEAKERS, 'Slutski', 2);
    expect(names).toHaveLength(2);
    expect(names[0]).toBe('Leonid Slutsky');
  });

  it('offers the most quoted speakers for a name with no words', () => {
    expect(closestSpeakers(SPEAKERS, '?', 2)).toEqual(['Donald Trump', 'Vladimir Putin']);
  });
});
