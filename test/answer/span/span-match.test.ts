import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/analyse/nlp.js';
import { nearestToMatches } from '../../../src/answer/span/span-match.js';
import { writtenArticle } from '../../support/articles.js';

describe('nearestToMatches', () => {
  it("picks the entity nearest the question's words among tens of thousands in one sentence in a fraction of a second", () => {
    // Written for this test: a page's paragraph with no sentence end, a name and a date every few words.
    const nlp = createNlp();
    const text = `${'Kim met Lee in Oslo on May 5 and said '.repeat(16_000)}nothing more about the ferry.`;
    const article = writtenArticle(nlp, 'long', text);
    const [sentence] = article.sentences;
    const entities = article.entities.filter((e) => e.tokenStart >= sentence.tokenStart && e.tokenEnd <= sentence.tokenEnd);
    expect(entities.length).toBeGreaterThan(60_000);
    const started = performance.now();
    const nearFerry = nearestToMatches(article, sentence, entities, new Set(['ferry']));
    const nearMeeting = nearestToMatches(article, sentence, entities, new Set(['kim', 'meet', 'lee', 'oslo', 'say']));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(nearFerry).toBe(entities.at(-1));
    expect(nearMeeting).toBe(entities[0]);
  });
});
