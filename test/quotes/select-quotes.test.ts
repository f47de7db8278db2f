import { describe, expect, it } from 'vitest';
import { selectQuotes } from '../../src/quotes/select-quotes.js';
import { QUOTES } from './samples.js';

describe('selectQuotes', () => {
  it('without a person gives every quote and the speakers by count', () => {
    const all = selectQuotes(QUOTES, null);
    expect(all.quotes).toEqual(QUOTES);
    expect(all.speakers[0]).toEqual({ speaker: 'Hanna Lutz', count: 2 });
    expect(all.suggestions).toEqual([]);
    expect(selectQuotes(QUOTES, '  ')).toEqual(all);
  });

  it('with a person gives their quotes only', () => {
    const lutz = selectQuotes(QUOTES, 'Lutz');
    expect(lutz).toMatchObject({ person: 'Lutz', speakers: [{ speaker: 'Hanna Lutz', count: 2 }], suggestions: [] });
    expect(lutz.quotes.every((q) => q.speaker === 'Hanna Lutz')).toBe(true);
  });

  it('suggests the closest speakers when the person matches no one', () => {
    const none = selectQuotes(QUOTES, 'Brener', 2);
    expect(none.quotes).toEqual([]);
    expect(none.suggestions).toEqual(['Oskar Brenner', expect.any(String)]);
  });
});
