/**
 * Whether the element Readability found is a list of stories or links rather than one article (listingProblem): a page
 * classification of its own, which reads the page's links and headings where the reader (html-article.ts) reads its
 * paragraphs. The reader calls it and, unless it reads a declared body instead, refuses the page with ListingPageError,
 * which stays beside HtmlPageError in the reader: what a page is refused as is the reader's to say, whose callers catch both.
 */
import type { HtmlSettings } from '../defaults.js';
import { hostOf } from '../metadata/metadata.js';
import { BLOCKS, HEADINGS, SKIPPED, walk, wordCharacters, type PageNode } from './page-nodes.js';

/** A stand-in address for a page that names none: its relative links resolve to this host, which no absolute link names. */
const UNKNOWN_PAGE = 'http://page.invalid/';

/**
 * Where a link goes: 'site' to another page of the page's own site (a relative link, or one to the page's host, `www.`
 * aside), 'elsewhere' to another site's page; null when it is no link to another page (no href, a fragment of this page,
 * the page itself, `mailto:` and other schemes). `page` is the page's address when it declares one.
 */
function linkTarget(a: PageNode, page: string | null): 'site' | 'elsewhere' | null {
  const href = a.getAttribute('href')?.trim() ?? '';
  if (href === '' || href.startsWith('#')) return null;
  const base = page !== null && URL.canParse(page) ? page : UNKNOWN_PAGE;
  if (!URL.canParse(href, base)) return null;
  const to = new URL(href, base);
  const at = new URL(base);
  to.hash = '';
  at.hash = '';
  if (!/^https?:$/.test(to.protocol) || to.href === at.href) return null;
  return hostOf(to.href) === hostOf(at.href) ? 'site' : 'elsewhere';
}

/** The link `node` is in, up to `root` (`node` itself if a link), or null. */
function enclosingLink(node: PageNode, root: PageNode): PageNode | null {
  for (let n: PageNode | null = node; n !== null && n !== root; n = n.parentNode) if (n.nodeName === 'A') return n;
  return null;
}

/**
 * Whether a heading is the headline of another page of the site: every letter and digit of it within links there
 * (linkTarget 'site'), the link around the heading or inside it, as teaser cards write it (`<h2><a>`, `<a><h3>`).
 */
function isSiteHeadline(heading: PageNode, root: PageNode, page: string | null): boolean {
  const said = wordCharacters(heading.textContent);
  if (said === 0) return false;
  const around = enclosingLink(heading, root);
  if (around !== null) return linkTarget(around, page) === 'site';
  const linked = [...heading.querySelectorAll('a')].filter((a) => linkTarget(a, page) === 'site');
  return linked.reduce((n, a) => n + wordCharacters(a.textContent), 0) === said;
}

/** How many characters of text (whitespace collapsed) `root` holds outside links before `stop`. */
function textBefore(root: PageNode, stop: PageNode): number {
  let text = '';
  walk(root, (node) => {
    if (node === stop) return 'stop';
    if (node.nodeType === 3) text += ` ${node.textContent ?? ''}`;
    else if (node.nodeType === 1 && BLOCKS.has(node.nodeName)) text += ' ';
    return node.nodeType === 1 && node.nodeName !== 'A' && !SKIPPED.has(node.nodeName);
  });
  return text.replace(/\s+/g, ' ').trim().length;
}

/**
 * Whether the article element Readability found is no one article but a list of stories or of links. Readability
 * takes the element with the most paragraph text, and on a front page, a section, a tag page or search results that is
 * the column of teasers: read as one article, every teaser would answer under one headline. Two shapes say it:
 * - it opens with a list of the site's other stories: settings.listingHeadlines or more headings that are links to the
 *   site's own pages (isSiteHeadline: a teaser card's headline; a listicle's items link to other sites and a page's
 *   contents to its own fragments, and neither counts), and less than Readability's charThreshold of text outside links
 *   before the first of them (under which Readability holds a text to be no article): a story followed by related
 *   stories' cards is read. On the extraction dataset's 59 fit pages the article element holds at most 1 such heading;
 *   on the session 43 probe of 56 fit pages rewritten as a listing of 8 teaser cards, 8 or more, with 0–301 characters
 *   before the first; a fit page's story followed by 6 cards has 644 or more;
 * - its text is mostly links: settings.listingLinkShare or more of its letters and digits within links to other pages
 *   (at least listingHeadlines of them), as a page of nothing but links (session 43's faults probe, C11); the fit
 *   pages' article elements reach 0.31.
 */
export function listingProblem(root: PageNode, page: string | null, settings: HtmlSettings): boolean {
  const headlines = [...root.querySelectorAll(HEADINGS)].filter((h) => isSiteHeadline(h, root, page));
  if (
    headlines.length >= settings.listingHeadlines &&
    textBefore(root, enclosingLink(headlines[0], root) ?? headlines[0]) < settings.charThreshold
  )
    return true;
  const links = [...root.querySelectorAll('a')].filter((a) => linkTarget(a, page) !== null);
  const linked = links.reduce((n, a) => n + wordCharacters(a.textContent), 0);
  return links.length >= settings.listingHeadlines && linked > 0 && linked >= settings.listingLinkShare * wordCharacters(root.textContent);
}
