import { describe, expect, it } from 'vitest';
import { createNlp } from '../../src/analyse/nlp.js';
import { inDisplayCapitals } from '../../src/answer/display-capitals.js';
import { writtenArticle } from '../support/articles.js';

const nlp = createNlp();

/** Whether each sentence of the written text is in display capitals, in order. */
function capitals(text: string): boolean[] {
  const article = writtenArticle(nlp, 'capitals', text);
  return article.sentences.map((s) => inDisplayCapitals(article, s));
}

// Sentences written for these tests: a teaser headline in capitals, then news in sentence case.
describe('sentences in display capitals, which no answer shows', () => {
  it('takes a sentence wholly in capitals for display type, and running text for none', () => {
    expect(capitals('COUNCIL VOTES TO RAISE THE PARKING FEE\n\nThe council voted on Tuesday to raise the fee.')).toEqual([true, false]);
  });

  it('does not take acronyms or a short label in capitals for display type', () => {
    expect(capitals('NASA and the U.S. Navy signed the deal.')).toEqual([false]);
    expect(capitals('UPDATED: the vote was moved to Friday.')).toEqual([false]);
    expect(capitals('NATO OK.')).toEqual([false]);
  });

  it('reads a sentence whose only lower-case letters are beyond ASCII as running text, and capitals with accents as display type', () => {
    expect(capitals('ÉTÉ À LA FÊTE: ÇA é.')).toEqual([false]);
    expect(capitals('ÉTÉ CHAUD À PARIS')).toEqual([true]);
  });
});
