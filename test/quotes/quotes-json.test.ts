import { describe, expect, it } from 'vitest';
import { quotesJson } from '../../src/quotes/quotes-json.js';
import { selectQuotes } from '../../src/quotes/select-quotes.js';
import { QUOTES } from './samples.js';

describe('quotesJson', () => {
  it('gives a person\'s quotes as exactly speaker, text and article of id, outlet and published', () => {
    expect(quotesJson(selectQuotes(QUOTES, 'Brenner'))).toEqual({
      quotes: [{ speaker: 'Oskar Brenner', text: 'We have waited long enough', article: { id: 'hp', outlet: 'Harbour Post', published: null } }],
    });
  });

  it('adds the speakers by count when no person is asked for', () => {
    const json = quotesJson(selectQuotes(QUOTES, null));
    expect(Object.keys(json)).toEqual(['quotes', 'speakers']);
    expect(json.quotes).toHaveLength(QUOTES.length);
  });

  it('adds a message and suggestions when the person matches no one', () => {
    expect(quotesJson(selectQuotes(QUOTES, 'Brener', 1))).toEqual({
      quotes: [],
      message: 'Nothing in the coverage is quoted from "Brener". Closest speakers: Oskar Brenner.',
      suggestions: ['Oskar Brenner'],
    });
  });
});
