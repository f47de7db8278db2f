import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../../src/analyse/nlp.js';
import { properNames } from '../../src/analyse/proper-names.js';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import { writtenArticle } from '../support/articles.js';

/** Two paragraphs: the names of the second are found among its own tokens. */
const TEXT = [
  'Kremlin spokesman Dmitry Peskov told reporters on August 15 that officials were ready to hold talks.',
  'Russian Foreign Minister Sergey Lavrov met Chinese officials in Beijing on Monday.',
].join('\n\n');

let article: AnalysedArticle;
let from: number;
let to: number;
beforeAll(() => {
  article = writtenArticle(createNlp(), 'two-paragraphs', TEXT);
  const second = article.sentences.filter((s) => s.passage === 1);
  from = second[0].tokenStart;
  to = second[second.length - 1].tokenEnd;
});

const namesIn = (skip: Uint8Array) =>
  properNames(article.tokens, from, to, skip).map((e) => `${e.type} ${article.text.slice(e.start, e.end)}`);

describe('properNames', () => {
  it("reads the marks of a later paragraph from the paragraph's first token, finding its names", () => {
    expect(from).toBeGreaterThan(0);
    expect(namesIn(new Uint8Array(to - from))).toEqual(expect.arrayContaining(['PERSON Sergey Lavrov', 'PLACE Beijing']));
  });

  it('passes over a token marked as inside a wink entity, counted from the first token of its paragraph', () => {
    const skip = new Uint8Array(to - from);
    skip[article.tokens.value.indexOf('Beijing', from) - from] = 1;
    const names = namesIn(skip);
    expect(names).toContain('PERSON Sergey Lavrov');
    expect(names.some((n) => n.endsWith('Beijing'))).toBe(false);
  });
});
