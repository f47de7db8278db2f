import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { paragraphs } from '../../src/analyse/analyse-article.js';
import type { Nlp } from '../../src/analyse/nlp.js';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import { seedCoverage } from '../support/seed-coverage.js';
import { writtenArticle } from '../support/articles.js';
import { ODD_TEXT_RUNS, oddText } from '../support/odd-text.js';

let nlp: Nlp;
beforeAll(async () => {
  nlp = (await seedCoverage()).nlp;
});

/** What every reader of an analysis relies on: offsets into the text, in order, each sentence inside one paragraph. */
function expectWellFormed(article: AnalysedArticle): void {
  const { text, tokens, sentences, entities } = article;
  const count = tokens.value.length;
  expect([tokens.start.length, tokens.lemma.length, tokens.pos.length]).toEqual([count, count, count]);
  tokens.value.forEach((value, i) => {
    expect(text.slice(tokens.start[i], tokens.start[i] + value.length)).toBe(value);
    expect(typeof tokens.lemma[i]).toBe('string');
    if (i > 0) expect(tokens.start[i]).toBeGreaterThanOrEqual(tokens.start[i - 1] + tokens.value[i - 1].length);
  });
  const blocks = paragraphs(text);
  sentences.forEach((s, i) => {
    expect(s.id).toBe(`${article.id}:${i}`);
    expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
    expect(0 <= s.tokenStart && s.tokenStart < s.tokenEnd && s.tokenEnd <= count).toBe(true);
    expect([s.start, s.end]).toEqual([tokens.start[s.tokenStart], tokens.start[s.tokenEnd - 1] + tokens.value[s.tokenEnd - 1].length]);
    if (i > 0) expect(s.start).toBeGreaterThanOrEqual(sentences[i - 1].end);
    const block = blocks[s.passage];
    expect(s.start >= block.start && s.end <= block.start + block.text.length).toBe(true);
  });
  for (const e of entities) {
    expect(0 <= e.tokenStart && e.tokenStart < e.tokenEnd && e.tokenEnd <= count).toBe(true);
    expect(0 <= e.start && e.start < e.end && e.end <= text.length).toBe(true);
  }
}

describe('analysing any text', () => {
  it('gives tokens where their offsets say, and sentences in order, inside the text and inside one paragraph', () => {
    fc.assert(
      fc.property(oddText(60), (text) => expectWellFormed(writtenArticle(nlp, 'odd', text))),
      { ...ODD_TEXT_RUNS, numRuns: 300 },
    );
  });

  it('reads the same text the same way whatever was read before it', () => {
    fc.assert(
      fc.property(oddText(30), oddText(30), (text, before) => {
        const alone = writtenArticle(nlp, 'odd', text);
        writtenArticle(nlp, 'before', before);
        expect(writtenArticle(nlp, 'odd', text)).toEqual(alone);
      }),
      { ...ODD_TEXT_RUNS, numRuns: 100 },
    );
  });
});
