import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml, HtmlPageError, ListingPageError } from '../../../src/clean/html/html-article.js';
import { ARTICLE, page, PROSE, STORY } from '../../support/html-page.js';

describe('extractHtml: a page that is a list of stories or links, not one story (a front page, a section, search results)', () => {
  /** Written for the tests: a section front of six teaser cards, each a headline linking to the story and its lead. */
  const FRONT = readFileSync(join(import.meta.dirname, '../../fixtures/html/section-front.html'), 'utf8');
  const paragraphs = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('');
  /** Headline cards as a story page shows related stories under it, or a listicle its items. */
  const cards = (href: (i: number) => string) =>
    [
      ['Lagoon towns vote to raise the flood barrier a year early', 'The councils agreed to pay for the work from their own reserves.'],
      ['Grain ships queue as the northern corridor reopens', 'More than forty bulk carriers waited at anchor on Monday.'],
      ['Island mayor resigns over the ferry contract', 'She said she had not known who owned the company.'],
      ['Rail workers call off the weekend strike', 'The union accepted a pay offer late on Friday.'],
    ]
      .map(([headline, lead], i) => `<div class="card"><h3><a href="${href(i)}">${headline}</a></h3><p>${lead}</p></div>`)
      .join('');
  const LISTING = 'a list of stories or links (a front page, a section or search results), not one article';

  it('refuses a section front of teaser cards, each a linked headline over its lead, as a list of stories', () => {
    expect(() => extractHtml(FRONT)).toThrow(ListingPageError);
    expect(() => extractHtml(FRONT)).toThrow(new HtmlPageError(LISTING));
  });

  it('refuses a page that is nothing but links, as a list of links', () => {
    const lines = Array.from(
      { length: 40 },
      (_, i) => `<a href="/news/${i}">Council meets again on the harbour plan, part ${i + 1}</a><br>`,
    );
    expect(() => extractHtml(page('<title>Archive</title>', `<div class="archive">${lines.join('\n')}</div>`))).toThrow(
      new HtmlPageError(LISTING),
    );
  });

  it('reads a short story, a story with its related stories linked under it, a listicle linking to other sites, and a page of linked sections', () => {
    // A short story (under 500 characters) with no cards is read as before.
    expect(extractHtml(page('<title>Talks end without a statement</title>', ARTICLE)).text).toBe(PROSE.join('\n\n'));
    // The story opens the article element, and what follows its 500 characters is the site's related stories.
    const related = page(
      '<link rel="canonical" href="https://news.example/world/talks">',
      `<article><h1>Talks end without a statement</h1>${paragraphs(STORY)}<h2>More from World</h2>${cards((i) => `/world/${i}`)}</article>`,
    );
    expect(extractHtml(related).text.startsWith(STORY.join('\n\n'))).toBe(true);
    // A listicle's items are headings linking to other sites, not headlines of the site's own stories.
    const listicle = page('', `<article>${paragraphs(PROSE.slice(0, 1))}${cards((i) => `https://shop.example/item/${i}`)}</article>`);
    expect(extractHtml(listicle).text.startsWith(PROSE[0])).toBe(true);
    // Headings linking to the page's own sections (a contents list) are no other stories.
    const sections = STORY.map((p, i) => `<h2 id="s${i}"><a href="#s${i}">Part ${i + 1}</a></h2><p>${p}</p>`).join('');
    expect(extractHtml(page('', `<article>${sections}</article>`)).text).toContain(STORY[5]);
  });
});
