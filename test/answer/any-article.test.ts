import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/analyse-article.js';
import type { Nlp } from '../../src/analyse/nlp.js';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import { answer } from '../../src/answer/answer.js';
import { ASK_COMMANDS } from '../../src/answer/types.js';
import { cleanSourceFile, HtmlPageError } from '../../src/clean/html/html-article.js';
import { buildCoverage } from '../../src/coverage/build-coverage.js';
import { SentenceIndex } from '../../src/index/sentence-index.js';
import { ANALYSIS_RECORD } from '../../src/store/records/analysis-cache.js';
import { decodeAnalysis, encodeAnalysis } from '../../src/store/records/analysis-record.js';
import { expectAnswerContract } from '../support/answer-contract.js';
import { ODD_TEXT_RUNS, oddHtml, oddText } from '../support/odd-text.js';
import { seedCoverage } from '../support/seed-coverage.js';

let nlp: Nlp;
beforeAll(async () => {
  nlp = (await seedCoverage()).nlp;
});

/** A page cleaned and analysed as the corpus reader does it; null for a page refused as no article. */
function articleOf(id: string, path: string, raw: string): AnalysedArticle | null {
  try {
    return analyseArticle(nlp, cleanSourceFile({ id, path, raw, hash: id, catalog: {} }));
  } catch (err) {
    if (err instanceof HtmlPageError) return null;
    throw err;
  }
}

/** The article as the analysis cache gives it back: its record through JSON, as every store holds it. */
function stored(article: AnalysedArticle): AnalysedArticle {
  const record = JSON.parse(JSON.stringify(encodeAnalysis(article)));
  expect(ANALYSIS_RECORD.accepts(record)).toBe(true);
  const back = decodeAnalysis(record);
  if (back === null) throw new Error('a stored analysis did not decode');
  return back;
}

const pages = fc.tuple(oddText(60), oddHtml(20), oddText(30));
/** A question from the pages' own words, so that it meets their sentences, asked with any command or none. */
const asked = fc.tuple(
  fc.constantFrom('Who', 'When did', 'Where', 'How much', 'How many', 'What', 'Why', 'How long', 'Did', 'Which'),
  fc.nat(60),
  fc.integer({ min: 1, max: 8 }),
  fc.constantFrom(null, ...ASK_COMMANDS),
);

describe('answering over any articles', () => {
  it('quotes every excerpt verbatim from its article, the answer inside it, and answers the same from stored analyses', () => {
    fc.assert(
      fc.property(pages, asked, ([text, html, another], [wh, at, words, hint]) => {
        const articles = [articleOf('a', 'a.txt', text), articleOf('b', 'b.html', html), articleOf('c', 'c.md', another)].filter(
          (a): a is AnalysedArticle => a !== null && a.sentences.length > 0,
        );
        if (articles.length === 0) return;
        const coverage = buildCoverage(nlp, articles);
        const question = `${wh} ${`${text} ${html}`
          .split(/\s+/)
          .slice(at, at + words)
          .join(' ')}?`;
        const fresh = answer(coverage, question, hint);
        expectAnswerContract(coverage, fresh);

        const again = articles.map(stored);
        const index = SentenceIndex.fromBinary(coverage.index.toBinary(articles), again);
        if (index === null) throw new Error('a saved index did not fit the stored analyses');
        expect(answer(buildCoverage(nlp, again, { index, people: coverage.people }), question, hint)).toEqual(fresh);
      }),
      { ...ODD_TEXT_RUNS, numRuns: 60 },
    );
  });
});
