import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanSourceFile, HtmlPageError } from '../../src/clean/html/html-article.js';
import type { CleanArticle, SourceFile } from '../../src/corpus/types.js';
import { ODD_TEXT_RUNS, oddHtml, oddText } from '../support/odd-text.js';

const file = (path: string, raw: string): SourceFile => ({ id: 'odd', path, raw, hash: 'odd', catalog: {} });

/** The article, or null for a page refused as no article (HtmlPageError, which the corpus reader turns into a warning). */
function cleaned(path: string, raw: string): CleanArticle | null {
  try {
    return cleanSourceFile(file(path, raw));
  } catch (err) {
    if (err instanceof HtmlPageError) return null;
    throw err;
  }
}

/** What the analysis and every excerpt rely on: paragraphs apart by a blank line, none of them blank; metadata of its kinds. */
function expectCleanShape(article: CleanArticle): void {
  for (const paragraph of article.text.split(/\n\s*\n/)) expect(article.text === '' || paragraph.trim() !== '').toBe(true);
  for (const field of ['title', 'outlet', 'published', 'url', 'byline'] as const) {
    expect(article.meta[field] === null || typeof article.meta[field] === 'string').toBe(true);
  }
}

describe('cleaning any page', () => {
  it('cleans any text file to paragraphs and metadata, the same each time', () => {
    fc.assert(
      fc.property(oddText(60), (raw) => {
        const article = cleaned('odd.txt', raw);
        expect(article).not.toBeNull();
        expectCleanShape(article!);
        expect(cleaned('odd.txt', raw)).toEqual(article);
      }),
      { ...ODD_TEXT_RUNS, numRuns: 300 },
    );
  });

  it('cleans any HTML page to paragraphs and metadata or refuses it as no article, the same each time', () => {
    fc.assert(
      fc.property(oddHtml(20), (raw) => {
        const article = cleaned('odd.html', raw);
        if (article !== null) expectCleanShape(article);
        expect(cleaned('odd.html', raw)).toEqual(article);
      }),
      { ...ODD_TEXT_RUNS, numRuns: 200 },
    );
  });
});
