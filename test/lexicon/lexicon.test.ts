import { describe, expect, it } from 'vitest';
import { derivationsOf, kindOf, peopleOf, pertainymsOf, placesOf, relatedFormsOf, wordNetSynonymsOf } from '../../src/lexicon/lexicon.js';
import { synsetById, synsetIdsOf, WORD_POS } from '../../src/lexicon/wordnet.js';

describe('WordNet files', () => {
  it('finds a lemma’s synsets by binary search, most frequent sense first', () => {
    const ids = synsetIdsOf('newspaper', 'n');
    expect(ids).toHaveLength(4);
    expect(synsetById(ids[0]).gloss).toMatch(/^a daily or weekly publication/);
    expect(synsetById(ids[0]).words).toEqual(['newspaper', 'paper']);
  });

  it('reads multi-word lemmas written with spaces or underscores alike', () => {
    expect(synsetIdsOf('united states', 'n')).toEqual(synsetIdsOf('United_States', 'n'));
    expect(synsetById(synsetIdsOf('united states', 'n')[0]).words).toContain('u.s.');
  });

  it('finds the first and last lemmas of an index file, and nothing for unknown words or prototype names', () => {
    expect(synsetIdsOf("'hood", 'n')).toHaveLength(1);
    expect(synsetIdsOf('zyrian', 'n')).toHaveLength(1);
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'qqqzz', '', ' ']) {
      for (const pos of WORD_POS) expect(synsetIdsOf(w, pos).every((id) => synsetById(id).words.length > 0)).toBe(true);
    }
    for (const pos of WORD_POS) expect(synsetIdsOf('qqqzz', pos)).toEqual([]);
  });
});

describe('lexicon', () => {
  it('gives the synonyms of a word’s frequent senses without the word itself', () => {
    const s = wordNetSynonymsOf('meet');
    expect(s).toContain('encounter');
    expect(s).not.toContain('meet');
  });

  it('tells what kind of thing a question’s head noun names, trying senses in frequency order', () => {
    const kinds = ['person', 'organization', 'location'] as const;
    expect(kindOf('newspaper', kinds)).toBe('organization');
    expect(kindOf('agency', kinds)).toBe('organization');
    expect(kindOf('city', kinds)).toBe('location');
    expect(kindOf('spokesman', kinds)).toBe('person');
    expect(kindOf('table', kinds)).toBeNull();
    expect(kindOf('constructor', kinds)).toBe('person');
  });

  it('relates words across parts of speech', () => {
    expect(derivationsOf('elect')).toEqual(expect.arrayContaining(['election', 'elector']));
    expect(pertainymsOf('presidential')).toContain('president');
  });

  it('maps a nationality to its country and back', () => {
    expect(placesOf('french')).toContain('france');
    expect(placesOf('russian')).toContain('russia');
    expect(placesOf('american')).toEqual(expect.arrayContaining(['united states', 'america', 'u.s.']));
    expect(placesOf('ukrainian')).toContain('ukraine');
    expect(peopleOf('france')).toContain('french');
    expect(peopleOf('russia')).toContain('russian');
    expect(peopleOf('ukraine')).toContain('ukrainian');
    expect(peopleOf('united states')).toContain('american');
  });

  it('collects every related form without the word itself, and none for an unknown word', () => {
    const r = relatedFormsOf('american');
    expect(r).toEqual(expect.arrayContaining(['united states', 'america']));
    expect(r).not.toContain('american');
    expect(relatedFormsOf('qqqzz')).toEqual([]);
    expect(relatedFormsOf('constructor')).not.toContain(undefined);
  });
});
