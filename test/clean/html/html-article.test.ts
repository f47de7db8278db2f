import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CLEAN_DEFAULTS } from '../../../src/clean/defaults.js';
import { cleanHtmlArticle, extractHtml, HtmlPageError } from '../../../src/clean/html/html-article.js';
import { decodeHtml } from '../../../src/corpus/html-charset.js';
import { ARTICLE, page, PROSE, STORY } from '../../support/html-page.js';

/** Pages of the extraction dataset's FIT split (ids 0–7), as saved by the benchmark. */
function fitPage(id: string): string {
  return decodeHtml(gunzipSync(readFileSync(join(import.meta.dirname, '../../fixtures/html', `${id}.html.gz`)))).html;
}

describe('extractHtml on real pages (extraction dataset, fit split)', () => {
  it('reads a WordPress page: headline over the <title>, entities decoded, the date shown beside the author', () => {
    const { text, meta } = extractHtml(fitPage('33fe2471'));
    expect(meta).toMatchObject({
      title: '‘The Medium is the Message’: the 7th Amsterdam Light Festival',
      // The JSON-LD @graph says 2018-09-15T10:15:48+02:00; the page shows "By admin - 2018-09-16".
      published: '2018-09-16',
      // The Article node's publisher says 'Inexhibit magazine'; og:site_name's 'Inexhibit' names the host, so it is taken.
      outlet: 'Inexhibit',
      url: 'https://www.inexhibit.com/marker/54885/',
    });
    expect(text.startsWith('As of 29 November 2018, thirty artworks will light up the city center of Amsterdam')).toBe(true);
  });

  it('reads a NewsArticle page: headline, local publication date, author, outlet; subheadings kept as paragraphs', () => {
    const { text, meta } = extractHtml(fitPage('3cb22bfa'));
    expect(meta).toEqual({
      title: '2020 Audi e-tron Sportback revealed as electric 4-door coupe',
      // Declared 2019-11-20T02:15:49-06:00 (a UTC time with a wrong zone); the page shows "Nov 19, 2019, 8:15 pm CST".
      published: '2019-11-19',
      outlet: 'SlashGear',
      url: 'https://www.slashgear.com/2020-audi-e-tron-sportback-revealed-as-electric-4-door-coupe-19600369/',
      byline: 'Chris Davies',
    });
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Audi has revealed the second production model in its e-tron all-electric range/);
    expect(paragraphs).toContain('Power and Performance');
    // Other stories' headlines in the page's sidebar stay out.
    expect(text).not.toContain('Pokemon Sword and Shield');
  });

  it('reads the date a page shows in a publication-date element when it declares none', () => {
    expect(extractHtml(fitPage('1ee91d1f')).meta.published).toBe('2019-11-18');
    // "Posted: Fri 6:45 PM, Feb 16, 2018" in an itemprop=datePublished span.
    expect(extractHtml(fitPage('3ce1c8fd')).meta.published).toBe('2018-02-16');
  });

  it('builds text as paragraphs separated by one blank line, with no line breaks or doubled spaces inside', () => {
    for (const id of ['33fe2471', '3cb22bfa', '1ee91d1f', '3ce1c8fd']) {
      const { text } = extractHtml(fitPage(id));
      for (const p of text.split('\n\n')) {
        expect(p).not.toMatch(/\n|\s{2,}|^\s|\s$/);
        expect(p.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('extractHtml metadata', () => {
  it('reads JSON-LD in arrays and @graph, resolving @id references for publisher and authors', () => {
    const ld = JSON.stringify([
      { '@context': 'https://schema.org', '@type': 'WebSite', name: 'Desk Site' },
      {
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'The Daily Desk' },
          { '@type': 'Person', '@id': '#a1', name: 'Ann Roe' },
          {
            '@type': ['NewsArticle'],
            headline: 'Talks end without a statement',
            datePublished: '2025-09-08T22:30:00-05:00',
            author: [{ '@id': '#a1' }, { '@type': 'Person', name: 'Bo Moe' }],
            publisher: { '@id': '#org' },
            mainEntityOfPage: { '@id': 'https://desk.example/talks' },
          },
        ],
      },
    ]);
    const { meta } = extractHtml(page(`<script type="application/ld+json">${ld}</script>`, ARTICLE));
    expect(meta).toEqual({
      title: 'Talks end without a statement',
      // The calendar day as written in the page's own zone, not converted to UTC.
      published: '2025-09-08',
      byline: 'Ann Roe, Bo Moe',
      outlet: 'The Daily Desk',
      url: 'https://desk.example/talks',
    });
  });

  it('falls back to Open Graph, article:published_time, canonical link and meta author; a broken JSON-LD block is ignored', () => {
    const head = [
      '<script type="application/ld+json">{ "@type": "NewsArticle", "headline": </script>',
      '<meta property="og:title" content="Talks end without a statement">',
      '<meta property="og:site_name" content="The Daily Desk">',
      '<meta property="article:published_time" content="2025-09-09T01:00:00Z">',
      '<meta name="author" content="Ann Roe">',
      '<link rel="canonical" href="https://desk.example/talks">',
    ].join('');
    expect(extractHtml(page(head, ARTICLE)).meta).toEqual({
      title: 'Talks end without a statement',
      published: '2025-09-09',
      byline: 'Ann Roe',
      outlet: 'The Daily Desk',
      url: 'https://desk.example/talks',
    });
  });

  it('takes the visible <h1> when it matches a declared title rewritten for search, else strips the site name', () => {
    const rewritten = '<meta property="og:title" content="Opinion | Talks End Without a Statement - The Daily Desk">';
    expect(extractHtml(page(rewritten, ARTICLE)).meta.title).toBe('Talks end without a statement');
    const noH1 = ARTICLE.replace(/<h1>.*<\/h1>/, '');
    const titled = '<title>Talks end without a statement | The Daily Desk</title><meta property="og:site_name" content="The Daily Desk">';
    expect(extractHtml(page(titled, noH1)).meta.title).toBe('Talks end without a statement');
    // A site-name <h1> that shares no words with the declared title is not the headline.
    const siteH1 = `<h1>Daily Desk</h1>${noH1}`;
    expect(extractHtml(page('<meta property="og:title" content="Ceasefire talks stall">', siteH1)).meta.title).toBe(
      'Ceasefire talks stall',
    );
  });

  it('takes the only <h1> over a declared title rewritten from it for search, but not one naming the site', () => {
    const head = '<meta property="og:title" content="Ten food bloggers worth following this winter: the full list">';
    const body = (h1: string) => ARTICLE.replace(/<h1>.*<\/h1>/, `<h1>${h1}</h1>`);
    expect(extractHtml(page(head, body('Masters of taste: the food bloggers we read'))).meta.title).toBe(
      'Masters of taste: the food bloggers we read',
    );
    // The site's name in the <h1>, though it shares a word with the declared title.
    const canonical = '<link rel="canonical" href="https://www.foodbloggers.example/list">';
    expect(extractHtml(page(head + canonical, body('Food Bloggers'))).meta.title).toBe(
      'Ten food bloggers worth following this winter: the full list',
    );
    // Two <h1>s: neither is known to be the story's.
    const two = ARTICLE.replace(/<h1>.*<\/h1>/, '<h1>Masters of taste: the food bloggers we read</h1><h1>More food bloggers</h1>');
    expect(extractHtml(page(head, two)).meta.title).toBe('Ten food bloggers worth following this winter: the full list');
  });

  it('reads how alike an <h1> and a declared title must be from the settings it is given', () => {
    const head = '<meta property="og:title" content="Talks end in Riyadh">';
    const body = ARTICLE.replace(/<h1>.*<\/h1>/, '<h1>Talks end in Riyadh without a statement</h1>');
    expect(extractHtml(page(head, body)).meta.title).toBe('Talks end in Riyadh without a statement');
    expect(extractHtml(page(head, body), { ...CLEAN_DEFAULTS.html, sameHeadline: 0.95 }).meta.title).toBe('Talks end in Riyadh');
  });

  it('takes no <h1> that wraps the headline with its standfirst as the headline: too unlike the declared title', () => {
    const head = '<meta property="og:title" content="Ceasefire talks stall in Doha">';
    const standfirst = 'Negotiators left the capital on Tuesday after two days of meetings, and no date was set for another round';
    const body = ARTICLE.replace(/<h1>.*<\/h1>/, `<h1>Ceasefire talks stall in Doha <small>${standfirst}</small></h1>`);
    expect(extractHtml(page(head, body)).meta.title).toBe('Ceasefire talks stall in Doha');
  });

  it("keeps a list's items on lines of their own under the paragraph introducing them, a lone item or sentences apart", () => {
    const lists = [
      '<p>The ferry carries very little.</p><ul><li>three lifeboats</li><li>a first-aid chest</li></ul>',
      '<p>The crew named three worries:</p><ol><li>The fog is thick.</li><li>The radio is old.</li></ol>',
      '<p>The ferry sails at dawn.</p><ul><li>Harbour closes for repairs</li></ul>',
      '<p>The ferry sails at dusk.</p><ul><li>The fog lifts.</li><li>The wind drops.</li></ul>',
    ];
    const { text } = extractHtml(page('', ARTICLE.replace('</article>', `${lists.join('')}</article>`)));
    expect(text).toContain('\n\nThe ferry carries very little.\nthree lifeboats\na first-aid chest\n\n');
    expect(text).toContain('\n\nThe crew named three worries:\nThe fog is thick.\nThe radio is old.\n\n');
    expect(text).toContain('\n\nThe ferry sails at dawn.\n\nHarbour closes for repairs\n\n');
    expect(text.endsWith('\n\nThe ferry sails at dusk.\n\nThe fog lifts.\n\nThe wind drops.')).toBe(true);
  });

  it('states only what the page declares: no date, outlet or address is invented', () => {
    const { meta } = extractHtml(page('', ARTICLE.replace(/<h1>.*<\/h1>/, '')));
    expect(meta.published).toBeUndefined();
    expect(meta.outlet).toBeUndefined();
    expect(meta.url).toBeUndefined();
  });

  it('reads a page whose declared address does not parse: its title still loses the site name, nothing throws', () => {
    const head = [
      '<meta property="og:title" content="Ceasefire talks stall | The Daily Desk">',
      '<meta property="og:site_name" content="The Daily Desk">',
      '<link rel="canonical" href="https://">',
    ].join('');
    expect(extractHtml(page(head, ARTICLE.replace(/<h1>.*<\/h1>/, ''))).meta.title).toBe('Ceasefire talks stall');
  });

  it("resolves a relative canonical address against the page's <base>, and takes none without an absolute base", () => {
    const relative = '<link rel="canonical" href="/world/talks-stall">';
    const based = extractHtml(page(`<base href="https://www.desk.example/news/">${relative}`, ARTICLE)).meta;
    expect(based.url).toBe('https://www.desk.example/world/talks-stall');
    expect(extractHtml(page(relative, ARTICLE)).meta.url).toBeUndefined();
    expect(extractHtml(page(`<base href="/news/">${relative}`, ARTICLE)).meta.url).toBeUndefined();
  });

  it('names a site that names itself nowhere by the host of its canonical address', () => {
    const { meta } = extractHtml(page('<link rel="canonical" href="https://www.desk.example/talks">', ARTICLE));
    expect(meta.outlet).toBe('desk.example');
  });

  it('reads no publication date from a length of time, which chrono-node counts from the moment it parses', () => {
    const ps = PROSE.map((p) => `<p>${p}</p>`).join('');
    const posted = (shown: string) => extractHtml(page('', `<span class="posted-on">${shown}</span>${ARTICLE}`)).meta.published;
    expect(posted('in 3 days')).toBeUndefined();
    expect(posted('5 minutes later')).toBeUndefined();
    expect(extractHtml(page('', `<article><h1>Talks end</h1><time>within 2 hours</time>${ps}</article>`)).meta.published).toBeUndefined();
    expect(extractHtml(page('<meta name="pubdate" content="in 2 days">', ARTICLE)).meta.published).toBeUndefined();
    expect(posted('5 March 2021, 10:00')).toBe('2021-03-05');
  });

  it('reads a date shown as loose text after a headline that is no <h1>, found by the <title> it matches', () => {
    // A Korean news CMS's layout: the headline in a <dl class="…title">, the stamp as bare text before the story, the
    // day the page was saved in the masthead above; nothing declared.
    const body = [
      '<div class="masthead"><span>2020-03-04</span></div>',
      '<div class="news"><dl class="news_title"><dt>Talks end without a statement</dt></dl>입력 : 2020-01-02 10:00',
      `<div class="story">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></div>`,
    ].join('');
    const { meta } = extractHtml(page('<title>Talks end without a statement - Desk Daily</title>', body));
    expect(meta.published).toBe('2020-01-02');
    // Without the headline's element the masthead's day is no publication date.
    expect(extractHtml(page('<title>Desk Daily</title>', body)).meta.published).toBeUndefined();
  });

  it('reads a shown date written in Portuguese, Russian or CJK form', () => {
    const dated = (shown: string) => extractHtml(page('', `<span class="posted-on">${shown}</span>${ARTICLE}`)).meta.published;
    expect(dated('terça-feira, 22 de março de 2021 às 20:13')).toBe('2021-03-22');
    expect(dated('22 марта 2021')).toBe('2021-03-22');
    expect(dated('2021年3月22日 20:13')).toBe('2021-03-22');
    expect(dated('2021. 3. 22 20:13')).toBe('2021-03-22');
  });

  it("names the outlet by the site's part of <title> when no site name is declared, first or last, after any of Yoast's separators", () => {
    const head = (title: string) =>
      `<title>${title}</title><meta property="og:title" content="Talks end without a statement">` +
      '<link rel="canonical" href="https://www.extimes.com/talks">';
    expect(extractHtml(page(head('Talks end without a statement - The Example Times'), ARTICLE)).meta.outlet).toBe('The Example Times');
    expect(extractHtml(page(head('World | Talks end without a statement | The Example Times'), ARTICLE)).meta.outlet).toBe(
      'The Example Times',
    );
    expect(extractHtml(page(head('The Example Times | Talks end without a statement'), ARTICLE)).meta.outlet).toBe('The Example Times');
    // Yoast SEO's other separators, as the text reader reads them too.
    expect(extractHtml(page(head('Talks end without a statement ~ The Example Times'), ARTICLE)).meta.outlet).toBe('The Example Times');
    expect(extractHtml(page(head('The Example Times « Talks end without a statement'), ARTICLE)).meta.outlet).toBe('The Example Times');
  });

  it('prefers a declared name that names the host over a slug, an edition or a tagline', () => {
    const canonical = '<link rel="canonical" href="https://www.deskwire.com/talks">';
    const og = (name: string) => `<meta property="og:site_name" content="${name}">`;
    const titled = '<meta property="og:title" content="Talks end"><title>Talks end - DeskWire.com</title>';
    // A CMS's slug: the host's label in lower case.
    expect(extractHtml(page(canonical + og('deskwire') + titled, ARTICLE)).meta.outlet).toBe('DeskWire.com');
    // An edition's name in og:site_name: the <title>'s site part spells the host.
    expect(extractHtml(page(canonical + og('World') + titled, ARTICLE)).meta.outlet).toBe('DeskWire.com');
    expect(extractHtml(page(canonical + og('Desk Wire | Your daily news'), ARTICLE)).meta.outlet).toBe('Desk Wire');
    // A JSON-LD article node that states only its publisher still names the site.
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Desk Wire"}}</script>';
    expect(extractHtml(page(canonical + og('deskwire') + ld, ARTICLE)).meta.outlet).toBe('The Desk Wire');
    // Without any name that spells the host, the first declared one stands.
    expect(extractHtml(page(canonical + og('Evening Courier'), ARTICLE)).meta.outlet).toBe('Evening Courier');
  });

  it('does not take the blogging platform a generator meta names for the outlet', () => {
    const head = [
      '<meta name="generator" content="blogger">',
      '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Talks end","publisher":{"@type":"Organization","name":"Blogger"}}</script>',
      '<meta property="og:site_name" content="Desk Notes">',
    ].join('');
    expect(extractHtml(page(head, ARTICLE)).meta.outlet).toBe('Desk Notes');
  });

  it("names the outlet by the footer's copyright owner when it names the host or no host is known", () => {
    const footer = (owner: string) => `${ARTICLE}<footer><p>© 2021 ${owner}. All rights reserved.</p><p>Terms of use</p></footer>`;
    expect(extractHtml(page('', footer('Desk Daily'))).meta.outlet).toBe('Desk Daily');
    const canonical = '<link rel="canonical" href="https://www.deskdaily.com/talks">';
    expect(extractHtml(page(canonical, footer('Desk Daily'))).meta.outlet).toBe('Desk Daily');
    // A parent company's notice names no host: the host stands.
    expect(extractHtml(page(canonical, footer('Example Holdings Inc'))).meta.outlet).toBe('deskdaily.com');
  });

  it("reads a <time>'s shown day over its UTC datetime, a year-less one taking the attribute's year", () => {
    // A US evening story stamped in UTC: the reader sees the 22nd, the attribute names the 23rd.
    const stamped = (shown: string) =>
      extractHtml(
        page(
          '',
          `<article><h1>Talks end without a statement</h1><time datetime="2021-03-23T02:24:00Z">${shown}</time>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`,
        ),
      ).meta.published;
    expect(stamped('March 22, 2021 at 9:24 pm ET')).toBe('2021-03-22');
    expect(stamped('Posted Mar 22, 9:24 PM')).toBe('2021-03-22');
    // A relative stamp shows no day: the attribute's stands.
    expect(stamped('2 hours ago')).toBe('2021-03-23');
  });

  it("reads a <time>'s shown day only from a label as short as the settings' date label bound, else its datetime", () => {
    const body = `<article><h1>Talks end without a statement</h1><time datetime="2021-03-23T02:24:00Z">March 22, 2021 at 9:24 pm ET</time>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`;
    expect(extractHtml(page('', body)).meta.published).toBe('2021-03-22');
    // The shown text (28 characters) is longer than the bound: no label, so the attribute's day.
    expect(extractHtml(page('', body), { ...CLEAN_DEFAULTS.html, shownDateMaxChars: 20 }).meta.published).toBe('2021-03-23');
  });

  it('passes over update stamps among the dates a page marks up, but not an hAtom publication marked updated too', () => {
    const dateline =
      '<div class="dateline"><span class="dateline__updated"><time datetime="2021-03-24T14:00:00Z">Updated Mar 24, 10:00 AM</time></span>' +
      '<span class="dateline__published"><time datetime="2021-03-22T13:00:00Z">Posted Mar 22, 9:00 AM</time></span></div>';
    expect(extractHtml(page('', dateline + ARTICLE)).meta.published).toBe('2021-03-22');
    const labelled = '<p class="byline">By Jane Roe <span>Updated <time datetime="2021-03-24T14:00:00Z">Mar 24, 2021</time></span></p>';
    expect(extractHtml(page('', ARTICLE.replace('</h1>', `</h1>${labelled}`))).meta.published).toBeUndefined();
    const hatom =
      '<div class="entry-meta"><time class="entry-date published updated" datetime="2021-03-22T09:00:00+00:00">22/03/2021</time></div>';
    expect(extractHtml(page('', hatom + ARTICLE)).meta.published).toBe('2021-03-22');
  });

  it("reads microdata's datePublished of the article's item, not of a comment's", () => {
    const body = [
      '<article itemscope itemtype="https://schema.org/NewsArticle"><h1>Talks end without a statement</h1>',
      '<p class="article-info">Text: Jane Roe · 22 March 2021</p>',
      ...PROSE.map((p) => `<p>${p}</p>`),
      '<section class="comments"><div itemprop="comment" itemscope itemtype="https://schema.org/Comment">',
      '<span itemprop="datePublished" content="2021-04-05T14:15:08+03:00">05.04.21</span><p>Well put.</p></div></section></article>',
    ].join('');
    expect(extractHtml(page('', body)).meta.published).toBe('2021-03-22');
  });

  it('reads a date whose text runs into a name in a short byline block', () => {
    const byline = '<div class="author"><span>by <a href="/jane">Jane Roe</a></span><div><time>22 Mar 2021 05:44 GMT</time></div></div>';
    expect(extractHtml(page('', ARTICLE.replace('</h1>', `</h1>${byline}`))).meta.published).toBe('2021-03-22');
  });

  it("reads a date shown above the headline in the headline's header, not the masthead's day, when none is declared", () => {
    const body = (header: string) =>
      `<div class="masthead"><span>Thursday 4 March 2021</span></div><div class="story-header">${header}<h1>Talks end without a statement</h1></div>` +
      `<div class="story">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const title = '<title>Talks end without a statement : Desk Daily</title>';
    expect(extractHtml(page(title, body('<span class="date">Monday 22 March 2021 9:22 am</span>'))).meta.published).toBe('2021-03-22');
    expect(extractHtml(page(title, body(''))).meta.published).toBeUndefined();
  });

  it("reads the dates around a page's only <h1> when it declares no headline and its <title> is another", () => {
    const body = `<h1>Talks end without a statement</h1><p>By Jane Roe · 22 March 2021</p>${PROSE.map((p) => `<p>${p}</p>`).join('')}`;
    expect(extractHtml(page('<title>Riyadh ceasefire talks: what we know — www.desk.example</title>', body)).meta.published).toBe(
      '2021-03-22',
    );
  });

  it("takes the date in the page's address over a declared date more than a day from it", () => {
    const head =
      '<link rel="canonical" href="https://desk.example/2021/03/22/talks-end">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks end without a statement","datePublished":"2021-06-01T10:00:00Z"}</script>';
    expect(extractHtml(page(head, ARTICLE)).meta.published).toBe('2021-03-22');
  });

  it("reads no publication date from a comment's <time> in the comments section, but does from a commentary column", () => {
    const posted = '<p class="posted-on">Posted 22 March 2021</p>';
    const comment =
      '<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><article class="comment-body">' +
      '<time datetime="2021-04-05T14:15:08+00:00">April 5, 2021 at 2:15 pm</time><p>Well put.</p></article></li></ol></div>';
    const article = `<article><h1>Talks end without a statement</h1>${posted}${PROSE.map((p) => `<p>${p}</p>`).join('')}${comment}</article>`;
    expect(extractHtml(page('', article)).meta.published).toBe('2021-03-22');
    const column = `<div class="commentary"><article><time datetime="2021-03-20T09:00:00Z">March 20, 2021</time>${ARTICLE}</article></div>`;
    expect(extractHtml(page('', column)).meta.published).toBe('2021-03-20');
  });

  it('leaves out a shown update stamp labelled in another language', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks end without a statement","datePublished":"2021-03-23"}</script>';
    const stamp = '<p class="meta">Mis à jour le 24 mars 2021 à 10:00</p>';
    expect(extractHtml(page(head, ARTICLE.replace('</h1>', `</h1>${stamp}`))).meta.published).toBe('2021-03-23');
  });

  it('lets the catalogue override the page, and falls back to a date in the URL', () => {
    const html = page('<link rel="canonical" href="https://desk.example/2025/09/08/talks">', ARTICLE);
    const file = { id: 'talks', path: 'talks.html', raw: html, hash: 'h', catalog: { outlet: 'Desk Wire' } };
    expect(cleanHtmlArticle(file).meta).toMatchObject({
      outlet: 'Desk Wire',
      published: '2025-09-08',
      url: 'https://desk.example/2025/09/08/talks',
    });
  });
});

describe('extractHtml text', () => {
  it('keeps in-article lists, headings and table rows as paragraphs, and splits at <br>', () => {
    const body =
      `<article>${PROSE.slice(0, 2)
        .map((p) => `<p>${p}</p>`)
        .join('')}<h2>What was agreed</h2>` +
      '<ul><li>Prisoner <b>exchanges</b> within a week</li><li>Two ports reopened</li></ul>' +
      '<table><tr><td>Round</td><td>Date</td></tr><tr><td>First</td><td>8 September</td></tr></table>' +
      `<p>${PROSE[2]}<br>${PROSE[3]}</p></article>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual([
      PROSE[0],
      PROSE[1],
      'What was agreed',
      'Prisoner exchanges within a week',
      'Two ports reopened',
      'Round Date',
      'First 8 September',
      PROSE[2],
      PROSE[3],
    ]);
  });

  it("leaves out a figure's photo, caption and credit, keeping the prose on either side as its paragraphs", () => {
    const figure =
      '<figure><img src="talks.jpg" alt="Delegates at the conference hall">' +
      '<figcaption><span itemprop="caption">Delegates leave the conference hall in Riyadh after the talks ended on Tuesday.</span> ' +
      '<span itemprop="copyrightHolder">Credit: Amal Haddad for The Desk</span></figcaption></figure>';
    const body = `<article><p>${PROSE[0]}</p><p>${PROSE[1]}</p>${figure}<p>${PROSE[2]}</p><p>${PROSE[3]}</p></article>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
  });

  it("leaves out the article's own header (standfirst, byline, dates) and its navigation, keeping the prose", () => {
    const header =
      '<header><h1>Talks end without a statement</h1><p>Negotiators say a second round is likely next month.</p>' +
      '<p>By Amal Haddad <time datetime="2019-11-19">November 19, 2019, 4:05 PM</time></p></header>';
    const nav = '<nav><ul><li><a href="/world">World</a></li><li><a href="/world/middle-east">Middle East</a></li></ul></nav>';
    const body = `<article>${header}${nav}${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`;
    expect(extractHtml(page('<title>Talks end without a statement</title>', body)).text.split('\n\n')).toEqual(PROSE);
  });

  it('leaves out what the page marks up as the headline, author or dates of its article (schema.org microdata)', () => {
    const stamps =
      '<div class="story-meta"><span itemprop="author">Amal Haddad, Middle East correspondent</span> ' +
      '<span itemprop="datePublished" content="2019-11-19">Posted: Tue 4:05 PM, Nov 19, 2019</span> ' +
      '<span itemprop="dateModified">Updated: Wed 9:12 AM, Nov 20, 2019</span></div>';
    const body =
      `<div itemscope itemtype="https://schema.org/NewsArticle"><div itemprop="articleBody">${stamps}` +
      `${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
  });

  it('leaves out every element named as a byline or an author box, long or short, but not a story its wrapper names after the author', () => {
    const credit = '<div class="article-byline"><span class="publication">The Desk wire services</span></div>';
    const box =
      '<div class="post-author"><h5><a rel="author" href="/author/amal-haddad">Amal Haddad</a></h5><p>Amal Haddad is ' +
      "The Desk's Middle East correspondent, based in Beirut, and has covered the region's ceasefire talks since 2014.</p></div>";
    const dateline = '<p class="dateline">Riyadh, Nov 19</p>';
    const body =
      `<div class="entry author-amal-haddad">${credit}<p>${PROSE[0]}</p><p>${PROSE[1]}</p>${dateline}` +
      `<p>${PROSE[2]}</p><p>${PROSE[3]}</p>${box}</div>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
  });

  it('leaves out a caption the page names as one outside a figure, keeping the prose on either side as its paragraphs', () => {
    const photo =
      '<div class="photo"><img src="talks.jpg" alt="Delegates at the conference hall"><span class="newsCaption">Delegates ' +
      'leave the conference hall in Riyadh after the talks ended on Tuesday (Image: GETTY)</span></div>';
    const credit = '<p class="wp-caption-text">Photo: Amal Haddad, The Desk</p>';
    const body = `<article><p>${PROSE[0]}</p><p>${PROSE[1]}</p>${photo}<p>${PROSE[2]}</p>${credit}<p>${PROSE[3]}</p></article>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
  });

  it('leaves out the ad slots of an AMP page with their placeholder and fallback text, keeping the prose on either side', () => {
    const ad =
      '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/story"><div placeholder>Loading ad</div>' +
      '<div fallback>Advertisement</div></amp-ad>';
    const embed =
      '<amp-embed width="600" height="400" type="taboola" layout="responsive"><div placeholder>You may also like</div></amp-embed>';
    const body = `<article><p>${PROSE[0]}</p>${ad}<p>${PROSE[1]}</p><p>${PROSE[2]}</p>${embed}<p>${PROSE[3]}</p></article>`;
    expect(extractHtml(`<!DOCTYPE html><html amp><head></head><body>${body}</body></html>`).text.split('\n\n')).toEqual(PROSE);
  });

  it('leaves out a newsletter sign-up, a cookie notice and a paywall prompt the page names as such, but not a part named by a paywall class', () => {
    const newsletter =
      '<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>The stories that matter, in your inbox every weekday.</p>' +
      '<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>';
    const cookies = '<p class="cookie-notice">We use cookies to improve your experience on our site and to show you relevant ads.</p>';
    const prompt =
      '<div id="paywall-prompt"><h2>Subscribe to keep reading</h2><p>You have read all of your free articles this month.</p></div>';
    const body =
      `<article><p>${PROSE[0]}</p>${newsletter}<p>${PROSE[1]}</p>${cookies}<p>${PROSE[2]}</p>` +
      `<div class="paywall"><p>${PROSE[3]}</p></div>${prompt}</article>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
  });

  it("leaves out a page's contents box and the references it names as such, and reads no date from a reference", () => {
    const contents =
      '<div id="toc" class="toc"><h2>Contents</h2><ul><li><a href="#talks">1 The talks</a></li>' +
      '<li><a href="#next">2 The next round</a></li><li><a href="#notes">3 Notes</a></li></ul></div>';
    const notes =
      '<h2 id="notes">Notes</h2><div class="reflist"><ol class="references">' +
      '<li>Roe, Jane (2009). "Harbour dues and the two ports". Port Quarterly. Retrieved 12 May 2011.</li>' +
      '<li>Doe, John (2010). "Prisoner exchanges since 1990". Retrieved 3 June 2011.</li></ol></div>';
    const body = `<div class="page-text">${contents}${PROSE.map((p) => `<p>${p}</p>`).join('')}${notes}</div>`;
    const { text, meta } = extractHtml(page('<title>Talks end without a statement</title>', body));
    // The heading above the notes is the page's own and stays.
    expect(text).toBe([...PROSE, 'Notes'].join('\n\n'));
    expect(meta.published).toBeUndefined();
  });

  it('leaves out a registration wall in a <dialog> the page does not show (no open attribute), but not a story in one', () => {
    const regwall =
      '<dialog class="regwall"><p>Create a free account to keep reading. Registered readers get three more stories every month.</p>' +
      '<p><a href="/register">Register</a></p></dialog>';
    const body = `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}${regwall}</article>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
    const opened = body.replace('<dialog class="regwall">', '<dialog class="regwall" open>');
    expect(extractHtml(page('', opened)).text).toContain('Create a free account');
    const story = `<dialog>${PROSE.map((p) => `<p>${p}</p>`).join('')}</dialog>`;
    expect(extractHtml(page('', story)).text.split('\n\n')).toEqual(PROSE);
  });

  it('leaves out the notes and the table of contents a page marks with their digital publishing roles', () => {
    const contents = '<ol role="doc-toc"><li><a href="#talks">The talks</a></li><li><a href="#next">The next round</a></li></ol>';
    const notes =
      '<section role="doc-endnotes"><ol><li>Roe, Jane. "Harbour dues and the two ports". Port Quarterly, 12 May 2011.</li></ol></section>';
    const body = `<main>${contents}${PROSE.map((p) => `<p>${p}</p>`).join('')}${notes}</main>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
  });

  it("leaves out footnote marks that link to the page's own notes or are marked as note references, keeping other brackets", () => {
    const marked = [
      `${PROSE[0]}<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup><sup class="reference"><a href="#cite_note-b">[b]</a></sup>`,
      `${PROSE[1]}<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>`,
      `${PROSE[2]}<a href="#fn2" class="footnote-ref" role="doc-noteref"><sup>2</sup></a><a epub:type="noteref" href="#n3">3</a>`,
      PROSE[3],
    ];
    const body = `<article>${marked.map((p) => `<p>${p}</p>`).join('')}</article>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
    // A bracket that links nowhere or to another page is the page's own text.
    const kept = [
      `${PROSE[0]}<sup>[1]</sup>`,
      `${PROSE[1]} "It is [a] first step," one delegate said.`,
      `${PROSE[2]}<a href="/talks/notes#4">[4]</a>`,
      PROSE[3],
    ];
    const read = extractHtml(page('', `<article>${kept.map((p) => `<p>${p}</p>`).join('')}</article>`)).text.split('\n\n');
    expect(read).toEqual([`${PROSE[0]}[1]`, `${PROSE[1]} "It is [a] first step," one delegate said.`, `${PROSE[2]}[4]`, PROSE[3]]);
  });

  it('leaves out "See also", "Further reading" and "External links" sections that are only links, but not one that says more', () => {
    const seeAlso =
      '<h2><span class="mw-headline" id="See_also">See also</span><span class="mw-editsection">[<a href="?action=edit">edit</a>]</span></h2>' +
      '<ul><li><a href="/wiki/Ports">Ports of the region</a></li><li><a href="/wiki/Prisoner_exchange">Prisoner exchange</a></li></ul>';
    const external =
      '<div class="mw-heading mw-heading2"><h2 id="External_links">External links</h2></div>' +
      '<ul><li><a href="https://example.org/talks">Official site of the talks</a> · <a href="https://example.org/ar">(in Arabic)</a></li></ul>';
    const body = `<div class="page-text">${PROSE.map((p) => `<p>${p}</p>`).join('')}${seeAlso}${external}</div>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
    const annotated =
      '<h3>Further reading:</h3><ul><li><a href="/books/ports">Harbour dues</a>, a history of the two ports since 1990 ' +
      'and of the agreements that closed them to foreign ships.</li></ul>';
    const read = extractHtml(page('', `<div class="page-text">${PROSE.map((p) => `<p>${p}</p>`).join('')}${annotated}</div>`)).text;
    // The list stays under the heading that introduces it (paragraphText).
    expect(read.split('\n\n').slice(PROSE.length)).toEqual([
      'Further reading:\nHarbour dues, a history of the two ports since 1990 and of the agreements that closed them to foreign ships.',
    ]);
  });

  it('leaves out related-story promos ("Read more: <link>", "More:" over linked headlines), but not other labels or prose', () => {
    const readMore = '<p><strong>Read more:</strong> <a href="/world/ports-reopen">Ports reopen after two years of closure</a></p>';
    const seeMore = '<p>SEE MORE: <a href="/world/prisoners">Prisoner exchange: who the lists name</a> [VIDEO]</p>';
    const more =
      '<h4>More:</h4><ul><li><h4><a href="/world/riyadh-talks">Inside the Riyadh talks</a></h4></li></ul>' +
      '<ul><li><h4><a href="/world/two-ports">A tale of two ports</a></h4></li></ul>';
    const body = `<article><p>${PROSE[0]}</p>${readMore}<p>${PROSE[1]}</p>${more}<p>${PROSE[2]}</p>${seeMore}<p>${PROSE[3]}</p></article>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
    const kept = [
      'Account: @harbourdesk',
      'More: the two sides also agreed to exchange prisoners, the first such exchange in four years.',
      'Related:',
      'A list of the delegates and the ministries they answer to.',
    ];
    const others =
      '<p>Account: <a href="https://example.org/harbourdesk">@harbourdesk</a></p>' +
      '<p>More: the two sides also agreed to <a href="/world/prisoners">exchange prisoners</a>, the first such exchange in four years.</p>' +
      '<h4>Related:</h4><p>A list of the delegates and the ministries they answer to.</p>';
    const read = extractHtml(page('', `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}${others}</article>`)).text;
    expect(read.split('\n\n').slice(PROSE.length)).toEqual(kept);
  });

  it('leaves out a promo label however it ends ("You may also like...", "DON\'T MISS") with the linked headlines under it', () => {
    const ellipsis =
      '<p>You may also like...</p><p><a href="/world/port-fees">Port fees to double next year</a></p>' +
      '<p><a href="/world/ferry">Ferry service returns to the islands</a></p>';
    const capitals =
      '<p><strong>DON\'T MISS</strong></p><p><a href="/world/border">Border crossing reopens for trucks</a> [<strong>VIDEO]</strong></p>';
    const body = `<article><p>${PROSE[0]}</p>${ellipsis}<p>${PROSE[1]}</p><p>${PROSE[2]}</p>${capitals}<p>${PROSE[3]}</p></article>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
    // A label over prose, or prose that opens like one, stays.
    const prose = '<p>More to come:</p><p>The delegations will meet again in Geneva, where the ports are on the agenda.</p>';
    const read = extractHtml(page('', `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}${prose}</article>`)).text;
    expect(read.split('\n\n').slice(PROSE.length)).toEqual([
      'More to come:',
      'The delegations will meet again in Geneva, where the ports are on the agenda.',
    ]);
  });

  it("leaves out another story's headline in capitals that is all a link, but not a heading in capitals or a linked name", () => {
    const headline = '<p><strong><a href="/world/minister-resigns">MINISTER RESIGNS AFTER PORT DEAL VOTE</a></strong></p>';
    const app = '<p><strong><a href="/apps">CLICK HERE TO GET THE NEWS APP</a></strong></p>';
    const body = `<article><p>${PROSE[0]}</p>${headline}<p>${PROSE[1]}</p><p>${PROSE[2]}</p>${app}<p>${PROSE[3]}</p></article>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
    const kept = ['WHAT HAPPENS NEXT', 'NATO', 'The talks resume in MAY, THE MINISTRY SAID'];
    const others =
      '<p>WHAT HAPPENS NEXT</p><p><a href="https://nato.example">NATO</a></p>' +
      '<p><a href="/world/talks">The talks resume in MAY</a>, THE MINISTRY SAID</p>';
    const read = extractHtml(page('', `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}${others}</article>`)).text;
    expect(read.split('\n\n').slice(PROSE.length)).toEqual(kept);
  });

  it('reads an article that is nothing but figures (a photo essay) with its captions', () => {
    const body = `<article>${PROSE.map((p, i) => `<figure><img src="${i}.jpg"><figcaption><p>${p}</p></figcaption></figure>`).join('')}</article>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual(PROSE);
  });

  it("reads the author as the name alone, and the byline element when the declared author is the site's name", () => {
    const site = '<meta property="og:site_name" content="Example Post">';
    const role = extractHtml(page(`${site}<meta name="author" content="Jane Roe, Staff Writer">`, ARTICLE));
    expect(role.meta.byline).toBe('Jane Roe');
    const byline = '<p class="byline">By Jane Roe</p>';
    // A meta tag Readability does not read itself, so that its byline is the element's.
    const declared = `${site}<meta name="sailthru.author" content="Example Post">`;
    const named = extractHtml(page(declared, ARTICLE.replace('</h1>', `</h1>${byline}`)));
    expect(named.meta.byline).toBe('Jane Roe');
    expect(extractHtml(page(declared, ARTICLE)).meta.byline).toBeUndefined();
  });

  it('reads the byline element Readability takes out of the article without its "By" label and the dateline after it', () => {
    const dated = '<p class="byline">By Jane Roe and John Doe Monday, March 2, 2020</p>';
    expect(extractHtml(page('', ARTICLE.replace('</h1>', `</h1>${dated}`))).meta.byline).toBe('Jane Roe and John Doe');
    const credited = '<p class="byline">BY: Jane Roe | Example Post</p>';
    const site = '<meta property="og:site_name" content="Example Post">';
    expect(extractHtml(page(site, ARTICLE.replace('</h1>', `</h1>${credited}`))).meta.byline).toBe('Jane Roe');
  });

  it('reads the author a JSON-LD graph credits on its WebPage node by @id when it declares no article', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': 'https://post.example/#site', name: 'Example Post' },
        { '@type': 'WebPage', '@id': 'https://post.example/talks#page', author: { '@id': 'https://post.example/#/person/1' } },
        { '@type': ['Person'], '@id': 'https://post.example/#/person/1', name: 'Jane Roe' },
      ],
    });
    expect(extractHtml(page(`<script type="application/ld+json">${graph}</script>`, ARTICLE)).meta.byline).toBe('Jane Roe');
  });

  it('reads the byline element the page prints in its header when it declares the site as author, and no comment author', () => {
    const site = '<meta property="og:site_name" content="Example Post"><meta name="author" content="Example Post">';
    const header = '<header class="entry-header"><p class="byline">By Jane Roe and John Doe Monday, March 2, 2020</p></header>';
    expect(extractHtml(page(site, `${header}${ARTICLE}`)).meta.byline).toBe('Jane Roe and John Doe');
    const linked = '<header><span class="vcard"><a rel="author" href="/authors/jroe">Jane Roe</a></span></header>';
    expect(extractHtml(page(site, `${linked}${ARTICLE}`)).meta.byline).toBe('Jane Roe');
    const comment = '<ol class="comment-list"><li><span class="author vcard">Max Moe</span> said: great story</li></ol>';
    expect(extractHtml(page(site, `${ARTICLE}${comment}`)).meta.byline).toBeUndefined();
  });

  it('reads the byline element over a declared author list that holds only the first of its writers', () => {
    const declared = '<meta name="author" content="Jane Roe">';
    const byline = '<p class="story-byline">By Jane Roe, John Doe, Max Moe</p>';
    expect(extractHtml(page(declared, ARTICLE.replace('</h1>', `</h1>${byline}`))).meta.byline).toBe('Jane Roe, John Doe, Max Moe');
    const same = '<p class="story-byline">By Jane Roe</p>';
    expect(extractHtml(page(declared, ARTICLE.replace('</h1>', `</h1>${same}`))).meta.byline).toBe('Jane Roe');
  });

  it('reads the printed byline as the page prints the declared writers, joined as a byline is', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Talks end without a statement',
      author: [
        { '@type': 'Person', name: 'Jane Roe' },
        { '@type': 'Person', name: 'John Doe' },
      ],
    });
    const byline = '<p class="byline">By Jane Roe and John Doe</p>';
    const read = extractHtml(page(`<script type="application/ld+json">${ld}</script>`, ARTICLE.replace('</h1>', `</h1>${byline}`)));
    expect(read.meta.byline).toBe('Jane Roe and John Doe');
  });

  it('reads no organization the JSON-LD credits as author for the byline, but the person the page prints', () => {
    const ld = (author: object) =>
      `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Talks end without a statement',
        author,
      })}</script>`;
    const organization = ld({ '@type': 'Organization', name: 'Example Media Group' });
    const byline = '<p class="byline">By Jane Roe</p>';
    expect(extractHtml(page(organization, ARTICLE.replace('</h1>', `</h1>${byline}`))).meta.byline).toBe('Jane Roe');
    expect(extractHtml(page(organization, ARTICLE)).meta.byline).toBeUndefined();
  });

  it("reads no byline from a photo's credit in a figure or a box beside the story", () => {
    const figure = '<figure><img src="talks.jpg" alt=""><figcaption>The talks. <span class="author">Jane Roe</span></figcaption></figure>';
    expect(extractHtml(page('', ARTICLE.replace('</h1>', `</h1>${figure}`))).meta.byline).toBeUndefined();
    const aside = '<aside><p class="author">John Doe</p><a href="/opinion/other">Another column</a></aside>';
    expect(extractHtml(page('', ARTICLE.replace('</h1>', `</h1>${aside}`))).meta.byline).toBeUndefined();
  });

  it('leaves out the byline and dateline paragraphs that open the article, before its first paragraph of prose', () => {
    const opening =
      '<p>Analysis</p><p>By Amal Haddad and Piet de Vries</p><p>Tuesday, March 3, 2020, 09:15 am PT (12:15 pm ET)</p>' +
      '<p>Updated Mar 3, 10:02 AM</p>';
    const later = '<p>By Amal Haddad</p><p>March 3, 2020</p>';
    const body = `<article>${opening}<p>${PROSE[0]}</p><p>${PROSE[1]}</p>${later}<p>${PROSE[2]}</p><p>${PROSE[3]}</p></article>`;
    expect(extractHtml(page('', body)).text.split('\n\n')).toEqual([
      'Analysis',
      PROSE[0],
      PROSE[1],
      'By Amal Haddad',
      'March 3, 2020',
      PROSE[2],
      PROSE[3],
    ]);
  });

  it('normalises no-break and zero-width characters inside paragraphs', () => {
    const body = `<article><p>${PROSE[0].replace(' ', '&nbsp;')}\u200B</p>${PROSE.slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('')}</article>`;
    expect(extractHtml(page('', body)).text.split('\n\n')[0]).toBe(PROSE[0]);
  });
});

describe('extractHtml: an article declared in structured data (JSON-LD articleBody)', () => {
  // Serialised as script-safe JSON-LD is, with `<` escaped, so that no tag in a body ends the script.
  const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
  /** A page whose markup a script renders: no article in it, a notice at most. */
  const shell = (head: string, notice = '') => page(head, `<div id="app">${notice}</div><script src="/app.js"></script>`);
  const article = (articleBody: string) => ({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Talks end without a statement',
    articleBody,
  });

  it('reads the article of a page that renders it by script from its JSON-LD articleBody, in @graph, each line a paragraph', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Example' }, article(STORY.join('\r\n'))] };
    expect(extractHtml(shell(ld(graph))).text).toBe(STORY.join('\n\n'));
    const notice = shell(ld([article(STORY.join('\n'))]), '<p>Please enable JavaScript to read this page.</p>');
    expect(extractHtml(notice).text).toBe(STORY.join('\n\n'));
  });

  it('reads a declared body written in HTML, or escaped once more, as paragraphs: entities decoded, figures and scripts left out', () => {
    const html =
      `<p>${STORY.slice(0, 3).join('</p><p>')}</p><figure><img src="a.jpg"><figcaption>Delegates leave the hall</figcaption></figure>` +
      `<script>embed()</script><p>${STORY.slice(3).join('</p>\n<p>')}</p>`;
    expect(extractHtml(shell(ld(article(html)))).text).toBe(STORY.join('\n\n'));
    const escaped = html
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace('two ports', '&amp;quot;two ports&amp;quot;');
    expect(extractHtml(shell(ld(article(escaped)))).text).toBe(STORY.join('\n\n').replace('two ports', '"two ports"'));
  });

  it('keeps the article Readability finds over a declared body unless what it finds is under half of the body', () => {
    const declared = ld(article([...STORY, 'Related: more stories from the region.'].join('\n')));
    expect(extractHtml(page(declared, ARTICLE)).text).toBe(extractHtml(page('', ARTICLE)).text);
    const fragment = page(declared, `<article><p>${PROSE[0]}</p></article>`);
    expect(extractHtml(fragment).text.split('\n\n')).toEqual([...STORY, 'Related: more stories from the region.']);
  });

  it("takes no teaser for an article: a declared body under Readability's 500 characters, or with no prose, is not read", () => {
    expect(() => extractHtml(shell(ld(article(STORY.slice(0, 2).join('\n')))))).toThrow(new HtmlPageError('no article text found'));
    const tags = Array.from({ length: 80 }, (_, i) => `Topic ${i}`).join('\n');
    expect(() => extractHtml(shell(ld(article(tags))))).toThrow(new HtmlPageError('no article text found'));
  });

  it('reads a JSON-LD block with raw line breaks in its strings, its metadata too, and no block that is no JSON', () => {
    const raw = `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Talks end", "author": {"name": "Jane Doe"},
      "articleBody": "${STORY.join('\n')}"}</script>`;
    const read = extractHtml(shell(raw));
    expect(read.text).toBe(STORY.join('\n\n'));
    expect(read.meta.byline).toBe('Jane Doe');
    const broken = `<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "${STORY.join(' ')}",}</script>`;
    expect(() => extractHtml(shell(broken))).toThrow(new HtmlPageError('no article text found'));
  });

  it('survives hostile declared bodies: a @graph nested past the stack, a body too long, marked up too long or nested too deep', () => {
    let deep = '{"@type": "Thing"}';
    for (let i = 0; i < 50_000; i++) deep = `{"@graph": ${deep}}`;
    const nested = `<script type="application/ld+json">[${JSON.stringify(article(STORY.join('\n')))}, ${deep}]</script>`;
    expect(extractHtml(shell(nested)).text).toBe(STORY.join('\n\n'));
    const long = ld(article(STORY.join(' ').repeat(Math.ceil(100_001 / STORY.join(' ').length))));
    expect(() => extractHtml(shell(long))).toThrow(new HtmlPageError('no article text found'));
    const chain = ld(article(`${'<div>'.repeat(1_500)}<p>${STORY.join('</p><p>')}</p>${'</div>'.repeat(1_500)}`));
    expect(() => extractHtml(shell(chain))).toThrow(new HtmlPageError('no article text found'));
    // Under 500,000 characters of text, over it with its markup: not decoded or parsed.
    const styled = `<p><span style="color: #222; font-family: Georgia, serif">${STORY[0]}</span></p>`.repeat(3_500);
    expect(() => extractHtml(shell(ld(article(styled))))).toThrow(new HtmlPageError('no article text found'));
  });
});

describe('extractHtml: a story given only to readers without scripts (<noscript>)', () => {
  const MENU = '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>';
  const POPULAR =
    '<aside class="popular"><h3>Most read</h3><ul><li><a href="/a">Storm closes the coast road for a second day 12 comments</a></li>' +
    '<li><a href="/b">Council votes to keep the night buses running until spring 9 comments</a></li></ul></aside>';
  /** A page whose script renders the story into its root; the same story in a <noscript> for readers without scripts. */
  const rendered = (story: string[]) =>
    page(
      '<title>Talks end without a statement</title>',
      `${MENU}<main><div id="app-root"><div class="spinner">Loading…</div></div>` +
        `<noscript><article><h1>Talks end without a statement</h1>${story.map((p) => `<p>${p}</p>`).join('')}</article></noscript></main>` +
        `${POPULAR}<script src="/app.js"></script>`,
    );

  it('reads the story a script-rendered page holds in a <noscript>, as a reader without scripts is shown it', () => {
    expect(extractHtml(rendered(STORY)).text).toBe(STORY.join('\n\n'));
  });

  it('reads no <noscript> that holds no article: a notice to enable scripts, a poll, or a story shorter than 500 characters', () => {
    const notices =
      '<noscript><p>Please enable JavaScript to view the comments powered by Disqus.</p></noscript>' +
      '<noscript><a href="/poll">Take Our Poll</a></noscript>';
    expect(extractHtml(page('', `${ARTICLE}${notices}`)).text).toBe(PROSE.join('\n\n'));
    // A teaser is no article, as Readability holds one under 500 characters to be none: the page is read as it is.
    const teaser = rendered(STORY.slice(0, 2));
    const asItIs = (html: string) => {
      try {
        return extractHtml(html).text;
      } catch (err) {
        if (err instanceof HtmlPageError) return err.message;
        throw err;
      }
    };
    expect(asItIs(teaser)).toBe(asItIs(teaser.replace(/<noscript>.*<\/noscript>/s, '')));
  });
});

describe('hostile pages', () => {
  it('refuses a page nested thousands deep before walking it', () => {
    const deep = page('', `${'<div>'.repeat(20_000)}${PROSE.join(' ')}${'</div>'.repeat(20_000)}`);
    expect(() => extractHtml(deep)).toThrow(new HtmlPageError('tags nested more than 1000 deep'));
  });

  it('refuses a page nested deeper or more than any news page is once parsed, before Readability reads it', () => {
    const chain = (depth: number): string => `${'<div>'.repeat(depth)}<p>${PROSE[0]}</p>${'</div>'.repeat(depth)}`;
    expect(() => extractHtml(page('', chain(250)))).toThrow(new HtmlPageError('tags nested more than 200 deep'));
    const chains = page('', `<article>${chain(150).repeat(40)}</article>`);
    expect(() => extractHtml(chains)).toThrow(new HtmlPageError('tags nested too much to read (more than 400000 levels in all)'));
  });

  it('counts the nesting as parsed: paragraphs whose end tags are left out do not nest', () => {
    const open = page(
      '',
      `<article>${PROSE.map((p) => `<p>${p}`)
        .join('')
        .repeat(120)}</article>`,
    );
    expect(extractHtml(open).text).toContain(PROSE[1]);
  });

  it('refuses a page with more elements than any news page has', () => {
    const many = page('', `<article>${`<p><span>${PROSE[0]}</span></p>`.repeat(30_000)}</article>`);
    expect(() => extractHtml(many)).toThrow(new HtmlPageError('more than 50000 elements'));
  });

  it('refuses a page whose one paragraph is longer than any article has, but not a long inline script', () => {
    const huge = page('', `<article><p>${PROSE.join(' ').repeat(Math.ceil(100_001 / PROSE.join(' ').length))}</p></article>`);
    expect(() => extractHtml(huge)).toThrow(/^a paragraph of \d+ characters \(limit 100000\); not an article$/);
    const script = `<script>${'{"a":1}'.repeat(20_000)}</script>`;
    const state = page('', `${script}<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`);
    expect(extractHtml(state).text).toContain(PROSE[0]);
  });

  it('refuses a page with more text than any article has, in short paragraphs, naming the limit', () => {
    const paragraphs = PROSE.map((p) => `<p>${p}</p>`).join('');
    const long = page('', `<article>${paragraphs.repeat(Math.ceil(500_001 / PROSE.join('').length))}</article>`);
    expect(() => extractHtml(long)).toThrow(/^\d+ characters of text \(limit 500000\); not an article$/);
  });

  it('finds no article in a script-only page, an empty page or bare markup', () => {
    for (const html of [page(`<script>${'var a = 1;'.repeat(10_000)}</script>`, '<script>render()</script>'), '', '<html></html>']) {
      expect(() => extractHtml(html)).toThrow(new HtmlPageError('no article text found'));
    }
  });

  it('reads markup without <html> or <body>', () => {
    expect(extractHtml(PROSE.map((p) => `<p>${p}</p>`).join('')).text).toBe(PROSE.join('\n\n'));
  });
});

describe('loading', () => {
  // linkedom takes ~0.7 s to load: a process that reads no HTML page must not pay for it.
  it('loads linkedom when the first HTML page is read, not when the cleaner is imported', async () => {
    const tsx = new URL('../../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
    const module = new URL('../../../src/clean/html/html-article.ts', import.meta.url).href;
    const script = [
      `import { createRequire } from 'node:module';`,
      `const { extractHtml } = await import(${JSON.stringify(module)});`,
      `const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/linkedom/'));`,
      `const before = loaded();`,
      `try { extractHtml('<html><body><p>x</p></body></html>'); } catch {}`,
      `console.log(JSON.stringify({ before, after: loaded() }));`,
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', tsx, '--input-type=module', '-e', script]);
    expect(JSON.parse(stdout)).toEqual({ before: false, after: true });
    // The check above sees modules loaded through require; a static ESM import would load it at start-up unseen.
    const source = readFileSync(new URL('../../../src/clean/metadata/html-meta.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import (?!type\b)[^;]*from 'linkedom'/m);
  }, 60_000);
});

describe('extractHtml: a page whose <title> is only the site name', () => {
  const story = PROSE.map((p) => `<p>${p}</p>`).join('');
  const titled = (title: string) =>
    page(
      `<title>${title}</title><link rel="canonical" href="https://www.harbourcourier.com/news/talks-end">`,
      `<header class="entry-header"><h1 class="entry-title">Talks end without a statement</h1></header><article>${story}</article>`,
    );

  it('reads the headline from the sole <h1> and the outlet from a <title> that only names the site', () => {
    expect(extractHtml(titled('The Harbour Courier')).meta).toMatchObject({
      title: 'Talks end without a statement',
      outlet: 'The Harbour Courier',
    });
  });

  it('keeps reading a <title> that names the story, not only the site, as before', () => {
    const { meta } = extractHtml(titled('Riyadh ceasefire talks close'));
    expect(meta.title).toBe('Riyadh ceasefire talks close');
    expect(meta.outlet).toBe('harbourcourier.com');
  });
});

describe('extractHtml: a page that declares its story only in schema.org microdata', () => {
  it("reads the headline and the author's name from the page's first Article item, not a related story's", () => {
    const html = page(
      '<title>Harbour Courier</title>',
      '<article itemscope itemtype="https://schema.org/NewsArticle">' +
        '<meta itemprop="headline" content="Talks end without a statement">' +
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Lina Haddad"></div>' +
        `${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>` +
        '<aside><div itemscope itemtype="https://schema.org/NewsArticle"><a href="/ports" itemprop="headline">Two ports reopen to shipping</a> ' +
        '<span itemprop="author">Sam Ortiz</span></div></aside>',
    );
    expect(extractHtml(html).meta).toMatchObject({ title: 'Talks end without a statement', byline: 'Lina Haddad' });
  });
});

describe("extractHtml: a page that declares its story only in Parse.ly's or Sailthru's metas", () => {
  const withMetas = (metas: string) =>
    page(`<title>Harbour Courier</title>${metas}`, `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`);

  it("reads the headline, publication date and authors of Parse.ly's parsely-page JSON", () => {
    const json = JSON.stringify({
      title: 'Talks end without a statement',
      link: 'https://harbourcourier.com/talks',
      pub_date: '2019-03-04T09:30:00Z',
      authors: ['Lina Haddad', 'Sam Ortiz'],
    });
    const { meta } = extractHtml(withMetas(`<meta name="parsely-page" content='${json}'>`));
    expect(meta).toMatchObject({ title: 'Talks end without a statement', byline: 'Lina Haddad, Sam Ortiz' });
    expect(meta.published).toMatch(/^2019-03-04/);
  });

  it('reads sailthru.title as the headline when the page declares no Open Graph or schema.org title', () => {
    expect(extractHtml(withMetas('<meta name="sailthru.title" content="Two ports reopen to shipping">')).meta.title).toBe(
      'Two ports reopen to shipping',
    );
  });

  it('keeps og:title over an analytics title that differs', () => {
    const metas = '<meta property="og:title" content="Talks end without a statement"><meta name="parsely-title" content="talks-end-v2">';
    expect(extractHtml(withMetas(metas)).meta.title).toBe('Talks end without a statement');
  });

  it('reads nothing from a parsely-page whose content is no JSON object', () => {
    const { meta } = extractHtml(withMetas(`<meta name="parsely-page" content="Talks end without a statement">`));
    expect(meta.byline).toBeUndefined();
    expect(meta.published).toBeUndefined();
  });
});
