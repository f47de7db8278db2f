import { beforeAll, describe, expect, it } from 'vitest';
import { tokenColumns, type Nlp } from '../../src/analyse/nlp.js';
import { seedCoverage } from '../support/seed-coverage.js';

let nlp: Nlp;
beforeAll(async () => {
  nlp = (await seedCoverage()).nlp;
});

const tokens = (text: string) => nlp.readDoc(text).tokens().out();

describe('the wink-nlp instance', () => {
  it('tokenizes a text the same whatever the process read before', () => {
    // A possessive of a word outside wink's lexicon: split when first met, but kept whole before the
    // fix once the bare form had been read in any earlier document ("Brandtworth's." is one token).
    const text = "Brandtworth's anchor spoke to the Qorvalli Institute's director.";
    const first = tokens(text);
    expect(first.slice(0, 3)).toEqual(['Brandtworth', "'s", 'anchor']);
    tokens("He works at Brandtworth's. The Qorvalli Institute's.");
    expect(tokens(text)).toEqual(first);
  });

  it('still reads a word it met earlier in the same document as wink does', () => {
    // Within one document wink's own cache still applies: the form kept whole first stays whole.
    const doc = "Brandtworth's. Then Brandtworth's anchor spoke.";
    expect(tokens(doc)).toEqual(["Brandtworth's", '.', 'Then', "Brandtworth's", 'anchor', 'spoke', '.']);
    expect(tokens(doc)).toEqual(tokens(doc));
  });

  it("keeps a word's lemma and part of speech when it is read again in a later document", () => {
    const read = (text: string) => tokenColumns(nlp, nlp.readDoc(text).tokens());
    const first = read('The Qorvalli delegates were zorbifying the accords.');
    read('Zorbifying Qorvalli delegates.');
    expect(read('The Qorvalli delegates were zorbifying the accords.')).toEqual(first);
  });
});
