import { describe, expect, it } from 'vitest';
import { nameWords, quotesBy } from '../../src/quotes/quotes-by.js';
import { QUOTES, sampleQuote } from './samples.js';

describe('quotesBy', () => {
  it('finds a speaker by surname, first name or full name, in any case', () => {
    for (const asked of ['Lutz', 'lutz', 'Hanna', 'HANNA LUTZ']) {
      expect(quotesBy(QUOTES, asked).map((q) => q.speaker)).toEqual(['Hanna Lutz', 'Hanna Lutz']);
    }
  });

  it('needs every word asked for, so a wrong first name finds no one', () => {
    expect(quotesBy(QUOTES, 'Anna Lutz')).toEqual([]);
    expect(quotesBy(QUOTES, 'Lut')).toEqual([]);
  });

  it('ignores accents and punctuation', () => {
    const quotes = [sampleQuote('Lena Sørensen', 'We came with a compromise'), sampleQuote('José Álvarez', 'No comment')];
    expect(quotesBy(quotes, 'alvarez')).toHaveLength(1);
    expect(quotesBy(quotes, 'Sørensen,')).toHaveLength(1);
  });

  it('finds nothing for a name without words', () => {
    expect(quotesBy(QUOTES, ' ?! ')).toEqual([]);
  });
});

describe('nameWords', () => {
  it('lower-cases, strips accents and splits on anything not a letter or digit', () => {
    expect(nameWords('Jean-Luc Mélenchon')).toEqual(['jean', 'luc', 'melenchon']);
  });
});
