import { beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import { quotesOf } from '../../src/quotes/quotes-of.js';
import { coverageOf, FIXTURES_DIR } from '../timeline/fixture-coverage.js';

let fixtures: Coverage;
beforeAll(async () => {
  fixtures = await coverageOf(FIXTURES_DIR);
});

describe('quotesOf', () => {
  it("gives the coverage's quotes, found once and then reused", () => {
    const first = quotesOf(fixtures);
    expect(first).toEqual(findQuotes(fixtures));
    expect(quotesOf(fixtures)).toBe(first);
  });

  it('finds a new coverage its own quotes', () => {
    const rebuilt: Coverage = { ...fixtures, articles: fixtures.articles.slice(0, 1) };
    expect(quotesOf(rebuilt)).not.toBe(quotesOf(fixtures));
    expect(quotesOf(rebuilt).every((q) => q.article.id === fixtures.articles[0].id)).toBe(true);
  });
});
