import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { creditsBesideStory, parseHtmlDocument, readHtmlMeta, shownByline } from '../../../src/clean/metadata/html-meta.js';
import { declaredArticleBody } from '../../../src/clean/metadata/json-ld.js';
import { CLEAN_DEFAULTS } from '../../../src/clean/defaults.js';
import { SEEDS_DIR } from '../../support/seed-coverage.js';

/** Runs `read` while counting the characters every element's textContent hands out (linkedom's own getter, wrapped). */
function charactersRead<T>(element: object, read: () => T): { result: T; characters: number } {
  let proto = Object.getPrototypeOf(element) as object;
  while (!Object.getOwnPropertyDescriptor(proto, 'textContent')) proto = Object.getPrototypeOf(proto) as object;
  const own = Object.getOwnPropertyDescriptor(proto, 'textContent')!;
  let characters = 0;
  Object.defineProperty(proto, 'textContent', {
    ...own,
    get(this: unknown) {
      const text = own.get!.call(this) as string;
      characters += text.length;
      return text;
    },
  });
  try {
    return { result: read(), characters };
  } finally {
    Object.defineProperty(proto, 'textContent', own);
  }
}

describe('readHtmlMeta', () => {
  it('reads a live page of 500 short timestamps and their paragraphs once over, not once per timestamp', () => {
    const paragraphs = readdirSync(SEEDS_DIR).flatMap((name) =>
      readFileSync(path.join(SEEDS_DIR, name), 'utf8')
        .split('\n')
        .filter((line) => line.length > 120),
    );
    const entries: string[] = [];
    for (let k = 0; k < 500; k++) {
      const time = `${10 + (k % 12)}:${String(k % 60).padStart(2, '0')}, 19 November 2019`;
      entries.push(`<p>${time}</p><p>${paragraphs[k % paragraphs.length].replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    }
    const doc = parseHtmlDocument(
      `<html><head><title>Live</title></head><body><article><h1>Live: the talks</h1>${entries.join('\n')}</article></body></html>`,
    );
    const text = doc.body.textContent.length;
    const { result, characters } = charactersRead(doc.body, () => readHtmlMeta(doc, CLEAN_DEFAULTS.html));
    expect(result.published).toBe('2019-11-19');
    // Before session 28 each timestamp's update-stamp check read the whole article around it: 500 times the page's text.
    expect(characters).toBeLessThan(5 * text);
  });

  it("parses a page's JSON-LD block once for its metadata and its declared body", () => {
    const block = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Talks end',
      author: { name: 'Ann Roe' },
      articleBody: 'The talks ended.',
    });
    const doc = parseHtmlDocument(`<html><head><script type="application/ld+json">${block}</script></head><body></body></html>`);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(readHtmlMeta(doc, CLEAN_DEFAULTS.html).byline).toBe('Ann Roe');
      expect(declaredArticleBody(doc)).toBe('The talks ended.');
      expect(parse.mock.calls.filter(([source]) => source === block)).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('reads the persons a JSON-LD article credits as author, by their name or its parts, and no organization', () => {
    const meta = (author: unknown) =>
      readHtmlMeta(
        parseHtmlDocument(
          `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Talks end', author })}</script></head><body></body></html>`,
        ),
        CLEAN_DEFAULTS.html,
      ).byline;
    expect(meta({ '@type': 'Person', givenName: 'Jane', familyName: 'Roe' })).toBe('Jane Roe');
    expect(meta({ '@type': 'person', name: 'Jane Roe' })).toBe('Jane Roe');
    expect(
      meta([
        { '@type': 'Person', name: 'Jane Roe' },
        { '@type': 'Organization', name: 'Example Media Group' },
      ]),
    ).toBe('Jane Roe');
    expect(meta({ '@type': 'Organization', name: 'Example Media Group' })).toBeUndefined();
  });

  it('reads every writer a page credits in an author meta of its own, once each, and no profile address', () => {
    const doc = parseHtmlDocument(
      '<html><head><meta name="author" content="Jane Roe"><meta name="author" content="John Doe"><meta name="author" content="Jane Roe">' +
        '</head><body></body></html>',
    );
    expect(readHtmlMeta(doc, CLEAN_DEFAULTS.html).byline).toBe('Jane Roe, John Doe');
    const profile = parseHtmlDocument(
      '<html><head><meta property="article:author" content="https://www.facebook.com/janeroe"><meta name="dc.creator" content="Jane Roe"></head><body></body></html>',
    );
    expect(readHtmlMeta(profile, CLEAN_DEFAULTS.html).byline).toBe('Jane Roe');
  });

  it('reads a meta whose itemprop or property lists several names as stating each of them, as microdata and RDFa define those lists', () => {
    // The shape of a page that marks its date for two vocabularies at once (itemprop="datePublished dateCreated").
    const doc = parseHtmlDocument(
      '<html><head><meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T05:00:07.000Z"></head>' +
        '<body><p>The talks ended on Tuesday.</p></body></html>',
    );
    expect(readHtmlMeta(doc, CLEAN_DEFAULTS.html).published).toBe('2019-11-19');
    // HTML's name attribute is one value, not a list.
    const named = parseHtmlDocument(
      '<html><head><meta name="datePublished extra" content="2019-11-19"></head><body><p>The talks ended.</p></body></html>',
    );
    expect(readHtmlMeta(named, CLEAN_DEFAULTS.html).published).toBeUndefined();
  });

  it('reads no byline from a figure, an aside or a sidebar, and names their credits and organization authors for Readability', () => {
    const doc = parseHtmlDocument(
      `<html><head><script type="application/ld+json">${JSON.stringify({
        '@type': 'NewsArticle',
        headline: 'Talks end',
        author: [
          { '@type': 'Person', name: 'Jane Roe' },
          { '@type': 'Organization', name: 'Example Media' },
        ],
      })}</script></head><body>` +
        '<figure><img src="a.jpg"><figcaption><span class="author">Max Moe</span></figcaption></figure>' +
        '<aside><p class="byline">By Ann Poe</p></aside><div class="sidebar-right"><span class="author">Bo Lee</span></div>' +
        '<p class="byline">By Lina Haddad</p></body></html>',
    );
    expect(creditsBesideStory(doc, CLEAN_DEFAULTS.html)).toEqual(
      new Set(['jane roe, example media', 'example media', 'max moe', 'by ann poe', 'bo lee']),
    );
    expect(shownByline(doc, CLEAN_DEFAULTS.html)).toBe('Lina Haddad');
  });

  it('reads no comment author as the byline, but reads the byline of a commentary column', () => {
    const comments = parseHtmlDocument(
      '<html><body><ol class="comment-list"><li><span class="comment-author">By Ned Poster</span></li></ol></body></html>',
    );
    expect(shownByline(comments, CLEAN_DEFAULTS.html)).toBeNull();
    const column = parseHtmlDocument('<html><body><div class="commentary"><p class="byline">By Jane Roe</p></div></body></html>');
    expect(shownByline(column, CLEAN_DEFAULTS.html)).toBe('Jane Roe');
  });

  it('reads no byline-named wrapper past its bound: 2,000 nested ones around a long text are read in time, and the byline after them found', () => {
    const nested = `${'<div class="author">'.repeat(2_000)}${'words '.repeat(40_000)}${'</div>'.repeat(2_000)}`;
    const doc = parseHtmlDocument(`<html><body>${nested}<p class="byline">By Jane Roe</p></body></html>`);
    const start = performance.now();
    expect(shownByline(doc, CLEAN_DEFAULTS.html)).toBe('Jane Roe');
    // Each wrapper's whole text (textContent) read and collapsed took 14 s here; its first 1,000 characters, milliseconds.
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
