import { beforeAll, describe, expect, it } from 'vitest';
import { relatedIn } from '../../../src/answer/question/related-words.js';
import type { Coverage } from '../../../src/coverage/types.js';
import { seedCoverage } from '../../support/seed-coverage.js';

let seeds: Coverage;

beforeAll(async () => {
  seeds = await seedCoverage();
});

// The seeds' coverage (the bundled news articles) and WordNet's words for "meet", "elect" and "american".
describe("a question word's related words as one index holds them", () => {
  it('gives the ids of the related words the index holds, and not the word itself', () => {
    const vocabulary = seeds.index.sentences;
    const meet = relatedIn(vocabulary, 'meet');
    const words = [...meet.ids].map((id) => vocabulary.termAt(id));
    // "summit" and "talk" are the news-event synonyms of "meet" (related-words.ts GROUPS), both in the seeds.
    expect(words).toEqual(expect.arrayContaining(['summit', 'talk']));
    expect(words).not.toContain('meet');
    expect(Math.min(...meet.ids)).toBeGreaterThanOrEqual(0);
    expect(words.every((w) => vocabulary.termId(w) >= 0)).toBe(true);
  });

  it('keeps the multi-word forms whole, which the ranker meets word by word ("united states" for "american")', () => {
    const { forms } = relatedIn(seeds.index.sentences, 'american');
    expect(forms).toContain('united states');
    expect(forms.every((form) => form.includes(' '))).toBe(true);
  });

  it('looks the words up once per index: the second question asking the word gets the same record', () => {
    expect(relatedIn(seeds.index.sentences, 'elect')).toBe(relatedIn(seeds.index.sentences, 'elect'));
  });
});
