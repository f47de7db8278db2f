/**
 * A reference work's apparatus, which the HTML reader leaves out of a page before its metadata and article are read
 * (extractHtml in html-article.ts): the citation notes, contents box and navigation boxes a page names or marks as such
 * (dropApparatus), the footnote marks that link to its own notes (dropNoteMarks), and its end sections that are lists of
 * links (dropEndSections). Readability keeps all of them as paragraphs of the article.
 */
import { foldLine } from '../../corpus/shared-lines.js';
import { dropMinorElements, HEADINGS, isHeadingName, linksIn, wordCharacters, type ArticleElement, type PageNode } from './page-nodes.js';

/**
 * The class or id names that mark a page's citation apparatus and its table of contents, which are no part of its
 * article: MediaWiki's (the software of Wikipedia and most wikis) `references` (the Cite extension's list of notes),
 * `reflist` and `refbegin` (its citation templates' wrappers), `toc` (the contents box), `mw-editsection` (the "[edit]"
 * links beside headings), `navbox` and `catlinks` (the navigation boxes and category links below the text; trafilatura
 * discards `navbox` too: OVERALL_DISCARD_XPATH in trafilatura/xpaths.py). Matched as whole names, as a class attribute
 * lists them (HTML Living Standard §3.2.6.1), so that "stock" or "references-section-title" are not read as one.
 */
const APPARATUS_NAMES = new Set(['references', 'reflist', 'refbegin', 'toc', 'mw-editsection', 'navbox', 'catlinks']);
/**
 * The roles by which a page marks the same apparatus whatever its names: W3C's Digital Publishing WAI-ARIA Module 1.0
 * `doc-toc` ("a navigational aid that provides an ordered list of links to the major sectional headings"), `doc-endnotes`
 * ("a collection of notes at the end of a work or a section within it") and `doc-bibliography`.
 */
const APPARATUS_ROLES = new Set(['doc-toc', 'doc-endnotes', 'doc-bibliography']);

/** Whether the page names or marks an element as its citation apparatus or table of contents (APPARATUS_NAMES, APPARATUS_ROLES). */
function isApparatus(el: ArticleElement): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/);
  return names.some((name) => APPARATUS_NAMES.has(name)) || APPARATUS_ROLES.has(el.getAttribute('role') ?? '');
}

/**
 * Removes from the page, before its metadata and its article are read, every element isApparatus names: a page's
 * references hold other works' authors and dates (a citation's "Retrieved <day>"), which the date reader would otherwise
 * take for the page's own, and Readability keeps its contents box and references as paragraphs of the article. On a probe
 * of 15 Wikipedia-like pages (session 36), paragraphs beyond the 637 of the text 613 → 172 (those left: the pages' own
 * section headings and their unnamed "See also" link lists), and no page's date a reference's any more (was 15 of 15).
 * An element holding half of the page's text or more stays (dropMinorElements), as the story's own.
 */
export function dropApparatus(root: ArticleElement): void {
  dropMinorElements(root, isApparatus);
}

/**
 * A footnote mark's shown label: a number or a letter in brackets, as MediaWiki's Cite extension shows a reference
 * (`<sup class="reference"><a href="#cite_note-12">[12]</a></sup>`; grouped notes "[a]", "[note 1]") and markdown-it's
 * footnotes plugin a blog post's (`<sup class="footnote-ref"><a href="#fn1">[1]</a></sup>`, after Pandoc's footnotes).
 */
const NOTE_LABEL = /^\[ ?(?:[a-z]+ )?(?:\d{1,4}|[a-z]{1,2}) ?\]$/i;

/** Whether every link in `el` (`el` itself if a link, and at least one) goes to a fragment of the same page (`#id`). */
function linksWithinPage(el: PageNode): boolean {
  const links = linksIn(el);
  return links.length > 0 && links.every((a) => /^#./.test(a.getAttribute('href') ?? ''));
}

/**
 * Whether an element is a footnote or citation mark in a sentence ("…opened in 1936.[12]"): a `<sup>` or `<a>` whose
 * only text is a bracketed label (NOTE_LABEL) and whose links go to a fragment of the same page (the note it points
 * to), or an element the page marks as one: W3C's Digital Publishing WAI-ARIA Module 1.0 role `doc-noteref` ("a
 * reference to a footnote or endnote, typically appearing as a superscripted number or symbol in the main body of
 * text"; Pandoc and kramdown write it on their footnote marks) or EPUB 3's `epub:type="noteref"` (EPUB 3 Structural
 * Semantics Vocabulary; a space-separated list). A bracketed label that links nowhere ("[1]" a press release prints
 * before its own list of sources) or elsewhere is the page's text and stays: the extraction dataset's true bodies keep
 * such marks (1 fit page of 59, measured in session 38).
 */
function isNoteMark(el: PageNode): boolean {
  if (el.getAttribute('role') === 'doc-noteref') return true;
  if ((el.getAttribute('epub:type') ?? '').split(/\s+/).includes('noteref')) return true;
  if (el.nodeName !== 'SUP' && el.nodeName !== 'A') return false;
  return NOTE_LABEL.test(foldLine(el.textContent ?? '')) && linksWithinPage(el);
}

/**
 * Removes from the page every footnote mark (isNoteMark): the marks point to notes the reader leaves out
 * (dropApparatus), and in an excerpt quoted to a user they are noise inside the sentence. On the probe of 15
 * Wikipedia-like pages (session 36's), bracketed marks in the text 324 → 1 (a quotation's own bracket, linking nowhere).
 */
export function dropNoteMarks(root: PageNode): void {
  dropMinorElements(root, (el) => isNoteMark(el as PageNode));
}

/**
 * The headings of a page's end sections that list other pages rather than say anything: the Wikipedia Manual of Style's
 * "standard appendices" (Wikipedia:Manual of Style/Layout, "Order of article elements": works, see also, notes and
 * references, further reading, external links) that are lists of links: "See also" (links to related articles),
 * "Further reading" and "External links". Notes and references are MediaWiki's marked apparatus (APPARATUS_NAMES).
 */
const END_SECTION_HEADINGS = new Set(['see also', 'further reading', 'external links']);

/**
 * The nodes of an end section under `heading` when they are nothing but links: the heading's block (the heading, or
 * the wrapper that holds nothing else once its "[edit]" link is gone, as the `<div class="mw-heading">` newer MediaWiki
 * puts around an `<h2>`) and its following siblings up to the next heading; null unless every letter and digit among
 * them is a link's (at least one).
 */
function linkOnlySection(heading: PageNode, root: PageNode): PageNode[] | null {
  let block = heading;
  const title = (heading.textContent ?? '').trim();
  while (block.parentNode !== null && block.parentNode !== root && (block.parentNode.textContent ?? '').trim() === title) {
    block = block.parentNode;
  }
  const section: PageNode[] = [];
  let said = 0;
  let linked = 0;
  for (let node = block.nextSibling; node !== null; node = node.nextSibling) {
    if (node.nodeType === 1 && (isHeadingName(node.nodeName) || node.querySelector(HEADINGS) !== null)) break;
    section.push(node);
    said += wordCharacters(node.textContent);
    if (node.nodeType === 1) linked += linksIn(node).reduce((n, a) => n + wordCharacters(a.textContent), 0);
  }
  return linked > 0 && said === linked ? [block, ...section] : null;
}

/**
 * Removes from the page its end sections that are lists of links (END_SECTION_HEADINGS, linkOnlySection): related
 * pages and outside sites, which Readability keeps as paragraphs of the article and are no part of its text. A
 * section with anything but links under such a heading (an annotated reading list) stays, and so does a section holding
 * half of the page's text or more. On the probe of 15 Wikipedia-like pages (session 36's), paragraphs beyond the text's
 * 172 → 98 (those left: the pages' own section headings).
 */
export function dropEndSections(root: PageNode): void {
  const whole = wordCharacters(root.textContent);
  for (const heading of [...root.querySelectorAll(HEADINGS)]) {
    const name = foldLine(heading.textContent ?? '')
      .replace(/:$/, '')
      .toLowerCase();
    if (!END_SECTION_HEADINGS.has(name)) continue;
    const section = linkOnlySection(heading, root);
    if (section === null || 2 * section.reduce((n, node) => n + wordCharacters(node.textContent), 0) >= whole) continue;
    for (const node of section) node.remove();
  }
}
