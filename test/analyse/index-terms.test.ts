import { describe, expect, it } from 'vitest';
import { indexTerms, isIndexed, termOf, termsOf as tokenTerms } from '../../src/analyse/index-terms.js';
import { createNlp, readText } from '../../src/analyse/nlp.js';
import type { Tokens } from '../../src/analyse/types.js';

const nlp = createNlp();

function tokensOf(text: string): Tokens {
  const { value, lemma, pos } = readText(nlp, text).columns;
  return { start: [], value, lemma, pos };
}

const termsOf = (text: string) => {
  const t = tokensOf(text);
  return indexTerms(t, 0, t.value.length);
};

describe('indexTerms', () => {
  it('drops stop words and punctuation and keeps content-word lemmas in order', () => {
    expect(termsOf('He said that Zelenskyy would have to show some flexibility.')).toEqual(['say', 'zelenskyy', 'show', 'flexibility']);
  });

  it('keeps "show" and "say", which wink-nlp\'s own stop list would drop', () => {
    const terms = termsOf('Trump says Putin will show restraint.');
    expect(terms).toContain('say');
    expect(terms).toContain('show');
  });

  it('indexes a question made of stop words only as nothing', () => {
    expect(termsOf('What is it that they were doing there?')).toEqual([]);
  });

  it('lets "U.S." and "US" meet on the same term', () => {
    const dotted = termsOf('U.S. officials arrived in Riyadh.');
    const plain = termsOf('US officials arrived in Riyadh.');
    expect(dotted).toEqual(plain);
    expect(dotted[0]).toBe('us');
  });

  it('folds curly apostrophes so "Zelenskyy’s" and "Zelenskyy\'s" meet', () => {
    expect(termOf('zelenskyy’s')).toBe(termOf("zelenskyy's"));
  });

  it('folds accents, so a name typed without them meets the article spelling', () => {
    expect(termsOf('Tugh Temür supported Neo-Confucianism.')).toEqual(termsOf('Tugh Temur supported Neo-Confucianism.'));
    expect(termsOf('Zelénskyy met Tomás in Kraków')).toEqual(['zelenskyy', 'meet', 'tomas', 'krakow']);
    expect(termOf('erdoğan')).toBe('erdogan');
  });

  it('keeps letters that do not decompose', () => {
    expect(termOf('łódź')).toBe('łodz');
    expect(termOf('søren')).toBe('søren');
  });

  it('drops the possessive clitic, straight or curly, and keeps the owner', () => {
    expect(termsOf("What weighed on Tencent's earnings?")).toEqual(['weigh', 'tencent', 'earnings']);
    expect(termsOf('Zelenskyy’s plan')).toEqual(['zelenskyy', 'plan']);
  });

  it('indexes numbers as terms', () => {
    expect(termsOf('The survey found 45 percent of respondents agreed.')).toEqual([
      'survey',
      'find',
      '45',
      'percent',
      'respondent',
      'agree',
    ]);
  });

  it('reads only the token range it is given', () => {
    const t = tokensOf('Peskov spoke. Lavrov answered.');
    expect(indexTerms(t, 3, t.value.length)).toEqual(['lavrov', 'answer']);
  });
});

describe('isIndexed', () => {
  it('is false for stop words, punctuation and symbols and true for names and content words', () => {
    const t = tokensOf('The Kremlin said “no” — and %');
    const indexed = t.value.map((_, i) => isIndexed(t, i));
    expect(Object.fromEntries(t.value.map((v, i) => [v, indexed[i]]))).toEqual({
      The: false,
      Kremlin: true,
      said: true,
      '“': false,
      no: false,
      '”': false,
      '—': false,
      and: false,
      '%': false,
    });
  });
});

describe('termsOf (the per-token terms the answer path reads)', () => {
  it('gives each token its index term, null where it is not indexed, the same terms indexTerms gives', () => {
    const t = tokensOf('Kremlin spokesman Dmitry Peskov said the U.S. talks were “useful”.');
    const terms = tokenTerms(t);
    expect(terms).toHaveLength(t.value.length);
    terms.forEach((term, i) => expect(term).toBe(isIndexed(t, i) ? termOf(t.lemma[i]) : null));
    expect(terms.filter((x) => x !== null)).toEqual(indexTerms(t, 0, t.value.length));
  });

  it('computes them once per article', () => {
    const t = tokensOf('Talks were held in Alaska.');
    expect(tokenTerms(t)).toBe(tokenTerms(t));
  });
});
