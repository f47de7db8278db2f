import { Readability } from '@mozilla/readability';
import type { CleanArticle, SourceFile } from '../../corpus/types.js';
import { cleanArticle } from '../clean-article.js';
import { isProseLine } from '../boilerplate/line-features.js';
import { CLEAN_DEFAULTS, type HtmlSettings } from '../defaults.js';
import { creditsBesideStory, parseHtmlDocument, readHtmlMeta, shownByline } from '../metadata/html-meta.js';
import { declaredArticleBody } from '../metadata/json-ld.js';
import { namesAll, pageByline, readerByline } from '../metadata/byline.js';
import { decodeEntities } from '../characters/decode-entities.js';
import { hostOf, resolveMetadata } from '../metadata/metadata.js';
import { isByOrDateline, type MetadataSettings } from '../metadata/text-metadata.js';
import { normalizeText } from '../characters/normalize-text.js';
import { paragraphText, type ReadParagraph } from '../vertical-lists.js';
import { BLOCKS, dropMinorElements, SKIPPED, type ArticleElement, type DomNode, type PageNode } from './page-nodes.js';
import { dropApparatus, dropEndSections, dropNoteMarks } from './apparatus.js';
import { listingProblem } from './listing-page.js';
import { dropPromos } from './promos.js';
import { isHtmlPath } from '../../corpus/html-charset.js';
import { shapeProblem, textShape } from '../../corpus/read-corpus.js';
import { foldLine } from '../../corpus/shared-lines.js';
import { errorMessage } from '../../entry.js';

/** A page that cannot be read as an article; the message is the reason shown beside the file's name. */
export class HtmlPageError extends Error {
  override readonly name = 'HtmlPageError';
}

/**
 * A page that is a list of stories (a front page, a section, a tag page, search results) or of links rather than one
 * article (listingProblem in listing-page.ts): read as one, its teasers would answer questions under one headline.
 */
export class ListingPageError extends HtmlPageError {
  constructor() {
    super('a list of stories or links (a front page, a section or search results), not one article');
  }
}

/**
 * The page's element count and deepest nesting, counted on the markup rather than the DOM so that a
 * hostile page is refused before parsing (linkedom answers `getElementsByTagName('*')` with nothing,
 * so Readability's own `maxElemsToParse` never fires) and before any recursive DOM walk. Void elements
 * and self-closed tags do not nest. Stops counting once past a limit.
 */
function markupShape(html: string, settings: HtmlSettings): { elements: number; depth: number } {
  const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;
  let depth = 0;
  let max = 0;
  let elements = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    if (m[1]) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    elements++;
    if (!m[3] && !VOID.test(m[2])) max = Math.max(max, ++depth);
    if (max > settings.maxDepth || elements > settings.maxElements) break;
  }
  return { elements, depth: max };
}

/** The part of a parsed element the nesting walk reads. */
interface NestedElement {
  firstElementChild: NestedElement | null;
  nextElementSibling: NestedElement | null;
  parentElement: NestedElement | null;
}

/**
 * Why the parsed page is nested too much to read in time (see HtmlSettings' maxParsedDepth and maxNesting), or null:
 * its elements walked without recursion, each counted at its depth, stopping once past a limit.
 */
function nestingProblem(root: NestedElement, settings: HtmlSettings): string | null {
  let depth = 0;
  let nesting = 0;
  for (let node: NestedElement | null = root; node !== null;) {
    nesting += depth;
    if (depth > settings.maxParsedDepth) return `tags nested more than ${settings.maxParsedDepth} deep`;
    if (nesting > settings.maxNesting) return `tags nested too much to read (more than ${settings.maxNesting} levels in all)`;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      depth++;
      continue;
    }
    while (node !== root && node.nextElementSibling === null) {
      node = node.parentElement!;
      depth--;
    }
    node = node === root ? null : node.nextElementSibling;
  }
  return null;
}

/**
 * Table cells, separated by a space within their row's paragraph: a row is one paragraph (TR is a block), and one cell's
 * last word and the next's first must not run together.
 */
const CELLS = new Set(['TD', 'TH']);
/**
 * SKIPPED and the article's figures. A figure is content "typically referenced as a single unit from the main flow of
 * the document" that "could, without affecting the flow of the document, be moved away from that primary content"
 * (W3C HTML5 §4.5.11), its figcaption "the caption of the figure element's contents" (§4.5.12): news pages put their
 * photos, charts and video players there, with captions and credits. Of the 30 paragraphs Readability keeps inside
 * figures on 11 of the extraction dataset's 59 fit pages (captions, photo credits, chart sources, video titles), 28
 * are not in the true bodies (under half their 4-token shingles there); of the other two, one repeats a sentence of the
 * story and one is a video's caption the truth keeps. Fit body F1 0.952 → 0.955 (recall 0.983 → 0.983).
 */
const SKIPPED_WITH_FIGURES = new Set([...SKIPPED, 'FIGURE', 'FIGCAPTION']);
/**
 * SKIPPED_WITH_FIGURES and the article's own header and navigation. A `<header>` is "a group of introductory or
 * navigational aids" (HTML Living Standard §4.3.8: the headline, the standfirst, the byline and the dates), a `<nav>`
 * "a section of a page that links to other pages or to parts within the page" (§4.3.4); Readability keeps both when they
 * sit in its article element, while it drops their siblings `<footer>` and `<aside>`. Of the 49 paragraphs they carry on
 * 11 of the extraction dataset's 59 fit pages (deks, bylines, datelines, section menus, related stories' headings), 48
 * are not in the true bodies, which leave out headline, byline and date; the other is a recipe card's heading.
 * Fit body F1 0.9554 → 0.9593 (precision 0.9294 → 0.9370, recall 0.9828 → 0.9827).
 */
const SKIPPED_FURNITURE = new Set([...SKIPPED_WITH_FIGURES, 'HEADER', 'NAV']);

/**
 * Elements whose items are a list's: a paragraph inside one is marked a list item, which paragraphText keeps with the
 * paragraph that introduces the list.
 */
const LISTS = new Set(['UL', 'OL']);

/**
 * The article's text from Readability's article element: one paragraph per block (paragraphs, list
 * items, headings, table rows, captions), separated by a blank line, a list's items kept with the
 * paragraph that introduces them (paragraphText); whitespace inside a paragraph collapsed to single
 * spaces; the `skipped` elements' text left out. Walked without recursion, so depth costs no stack.
 */
function paragraphsOf(root: DomNode, skipped: ReadonlySet<string> = SKIPPED): string {
  const paragraphs: ReadParagraph[] = [];
  let current = '';
  let listDepth = 0;
  const flush = () => {
    const p = current.replace(/ {2,}/g, ' ').trim();
    if (p !== '') paragraphs.push({ text: p, listItem: listDepth > 0 });
    current = '';
  };
  let node: DomNode | null = root.firstChild;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === 3) current += normalizeText(node.textContent ?? '').replace(/\s+/g, ' ');
    else if (node.nodeType === 1 && !skipped.has(node.nodeName)) {
      if (BLOCKS.has(node.nodeName)) flush();
      else if (CELLS.has(node.nodeName)) current += ' ';
      if (LISTS.has(node.nodeName)) listDepth++;
      descend = node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Up until a sibling is found, closing blocks on the way.
    while (node !== null && node !== root) {
      if (node.nodeType === 1 && BLOCKS.has(node.nodeName)) flush();
      if (node.nodeType === 1 && LISTS.has(node.nodeName)) listDepth--;
      if (node.nextSibling !== null) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
      if (node === root) node = null;
    }
  }
  flush();
  return paragraphText(paragraphs);
}

/**
 * The text without the bylines and datelines among the paragraphs that open it, before its first paragraph of prose
 * ("By Jane Doe and John Roe", "Monday, November 18, 2019, 04:05 pm PT", "Updated Nov 19, 6:55 AM"; isByOrDateline, as
 * the text layer reads a page's header): Readability leaves out only the byline it finds marked up as one (class or
 * rel "author", "byline"), yet such a paragraph credits or dates the page and is no part of the article's body (the
 * extraction benchmark's articleBody is "as a rule without headline, byline or date": Zyte's article-extraction-benchmark).
 * Later ones stay: inside the text a short dated line may be the article's own (a list of dates, a photo's credit).
 */
function withoutOpeningCredits(text: string, settings: MetadataSettings): string {
  const paragraphs = text.split('\n\n');
  const prose = paragraphs.findIndex((p) => isProseLine(p, settings.proseMinWords));
  const opening = prose < 0 ? paragraphs.length : prose;
  const kept = paragraphs.filter((p, i) => i >= opening || !isByOrDateline(p, settings));
  return kept.length > 0 ? kept.join('\n\n') : text;
}

/**
 * The schema.org properties of an Article (a CreativeWork) that hold its headline, its author and its dates: the page
 * itself says that such an element is not `articleBody`, "the actual body of the article" (schema.org/articleBody), and
 * the headline, byline and date are what the extraction benchmark's true bodies leave out. Microdata names a property by
 * `itemprop`, a space-separated list (HTML Living Standard §5.2.3), hence `~=`.
 */
const METADATA_PROPERTIES = ['headline', 'alternativeHeadline', 'author', 'creator', 'datePublished', 'dateModified', 'dateCreated']
  .map((name) => `[itemprop~="${name}"]`)
  .join(',');

/**
 * Removes from the article element what the page marks up as the article's headline, author or dates (METADATA_PROPERTIES)
 * when Readability keeps it among the paragraphs: datelines ("Posted: Fri 6:45 PM, Feb 16, 2018"), update stamps, related
 * items' headlines. On the extraction dataset's 59 fit pages, once headers are left out, such elements carry 4 paragraphs
 * on 3 pages, none in the true bodies: fit body F1 0.9593 → 0.9607 (precision 0.9370 → 0.9396, recall unchanged). An
 * article that is nothing else is left whole.
 */
function dropMarkedMetadata(root: ArticleElement): void {
  const marked = [...root.querySelectorAll(METADATA_PROPERTIES)];
  const markedLength = marked.reduce((n, el) => n + (el.textContent ?? '').trim().length, 0);
  if (markedLength < (root.textContent ?? '').trim().length) for (const el of marked) el.remove();
}

/**
 * The class or id names by which Readability recognises a byline element (REGEXPS.byline of @mozilla/readability 0.6.0,
 * read with `rel="author"` in its _checkByline); trafilatura's discard list names the same ("author", "byline":
 * OVERALL_DISCARD_XPATH in trafilatura/xpaths.py; Barbaresi 2021).
 */
const BYLINE_NAMES = /byline|author|dateline|writtenby|p-author/i;
/**
 * The class or id name of a caption outside a `<figure>` (`div.caption`, `span.wf_caption`, "newsCaption"): trafilatura
 * leaves out such elements when it leaves out images, as by default (DISCARD_IMAGE_ELEMENTS in trafilatura/xpaths.py),
 * as this reader leaves out a figure's caption (SKIPPED_WITH_FIGURES).
 */
const CAPTION_NAMES = /caption/i;

/**
 * The class or id names of the boxes a site puts into or over an article to sell or to ask, not to tell: a newsletter
 * sign-up, a cookie-consent notice: trafilatura discards elements so named (`newsletter`, `cookie`, `consent` in
 * OVERALL_DISCARD_XPATH of trafilatura/xpaths.py; Barbaresi 2021), which Readability's own unlikely-candidate names miss.
 */
const PROMPT_NAMES = /newsletter|cookie|consent/i;
/**
 * The id of a paywall's prompt ("Subscribe to continue reading"), as trafilatura discards it (`contains(@id, "paywall")`
 * in trafilatura/xpaths.py). Only the id: trafilatura lists the class as a conflict, and Google's structured data for
 * paywalled content names the hidden article body itself by a class (`.paywall` in its "Subscription and paywalled
 * content" guide).
 */
const PAYWALL_ID = /paywall/i;

/**
 * Whether the page names an element of its article as furniture: a byline by Readability's byline test (BYLINE_NAMES or
 * `rel="author"`), whatever its length, a caption (CAPTION_NAMES), or a box that asks the reader to sign up, to accept
 * cookies or to subscribe (PROMPT_NAMES, PAYWALL_ID).
 */
function isNamedFurniture(el: ArticleElement): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return (
    BYLINE_NAMES.test(names) ||
    el.getAttribute('rel') === 'author' ||
    CAPTION_NAMES.test(names) ||
    PROMPT_NAMES.test(names) ||
    PAYWALL_ID.test(el.getAttribute('id') ?? '')
  );
}

/**
 * Removes from the article element every element the page names as furniture (isNamedFurniture). Readability takes out
 * only the first byline element, and only under 100 characters (_isValidByline), so that the others stay among the
 * paragraphs: second bylines and datelines, wire credits ("… wire services"), and author boxes with their bios, which
 * the extraction benchmark's true bodies leave out with the byline. An element holding half of the article's text or more
 * is the story, whatever its name (themes name the post's own element after its author, as `author-<name>`), and stays.
 * On the extraction dataset's 59 fit pages, bylines: 9 paragraphs on 6 pages, none in the true bodies (one is an author's
 * name, which a true body prints only in a copyright line); fit body F1 0.9614 → 0.9628 (precision 0.9410 → 0.9437,
 * recall unchanged). Captions (after bylines): 13 paragraphs on 5 pages (photo captions and credits, a gallery's
 * controls), one in the true bodies (a film's title under its poster); fit F1 0.9628 → 0.9645 (precision 0.9437 →
 * 0.9465, recall 0.9827 → 0.9832: a caption between two paragraphs also cost the shingles across their join).
 * Prompts (session 39): on the fit pages only a cookie bar's "Accept" button, on one page; on the probe of the 59 fit
 * pages with a newsletter box between paragraphs and a paywall prompt after them, the boxes no longer read.
 */
function dropNamedFurniture(root: ArticleElement): void {
  dropMinorElements(root, isNamedFurniture);
}

/**
 * The page parsed, once its markup's shape (markupShape), its text's (shapeProblem) and its parsed nesting (nestingProblem)
 * are within the settings' bounds; else an HtmlPageError saying which is not.
 */
function parseBounded(html: string, settings: HtmlSettings): ReturnType<typeof parseHtmlDocument> {
  const shape = markupShape(html, settings);
  if (shape.depth > settings.maxDepth) throw new HtmlPageError(`tags nested more than ${settings.maxDepth} deep`);
  if (shape.elements > settings.maxElements) throw new HtmlPageError(`more than ${settings.maxElements} elements`);
  const problem = shapeProblem(textShape(html, true), settings);
  if (problem !== null) throw new HtmlPageError(problem);
  const doc = parseHtmlDocument(html);
  const nesting = nestingProblem(doc.documentElement as unknown as NestedElement, settings);
  if (nesting !== null) throw new HtmlPageError(nesting);
  return doc;
}

/** A paragraph's start tag: a body that marks up its paragraphs breaks them with its tags, not with its lines. */
const PARAGRAPH_TAG = /<p[\s>]/i;

/**
 * The text of a body the page declares in structured data (declaredArticleBody), as paragraphs the way the article
 * element's are (paragraphsOf). schema.org types `articleBody` as Text, which publishers fill with plain text whose line
 * breaks are its paragraph breaks, with HTML, or with HTML escaped once more (`&lt;p&gt;`): its entities are decoded
 * first, as for the page's other declared values (some CMSs escape twice), and the parser decodes what remains. Unless
 * its paragraphs are marked up (PARAGRAPH_TAG), its line breaks become `<br>`, which breaks paragraphs as blocks do; in
 * HTML they are only whitespace. Parsed within the page's own bounds (parseBounded): a body no page could be is not read.
 */
function declaredText(body: string, settings: HtmlSettings): string {
  // Longer, its markup counted, than the text any article has (maxTextChars): none, and not worth decoding.
  if (body.length > settings.maxTextChars) return '';
  const unescaped = decodeEntities(body);
  const html = PARAGRAPH_TAG.test(unescaped) ? unescaped : unescaped.replace(/\r\n?|\n/g, '<br>');
  let doc;
  try {
    doc = parseBounded(html, settings);
  } catch (err) {
    if (err instanceof HtmlPageError) return '';
    throw err;
  }
  return doc.body ? paragraphsOf(doc.body as unknown as DomNode, SKIPPED_FURNITURE) : '';
}

/**
 * The article's text: what Readability found, unless the page declares a body (declaredText) of an article's length
 * (Readability's charThreshold, under which it holds a text to be no article: a teaser is none) with a paragraph of
 * prose, of which what Readability found is under settings.declaredBodyShare, a fragment or nothing.
 */
function foundOrDeclared(found: string, declaredBody: string, settings: HtmlSettings): string {
  const declared = declaredText(declaredBody, settings);
  return isArticleText(declared, settings) && found.length < settings.declaredBodyShare * declared.length ? declared : found;
}

/**
 * Whether a text read as paragraphs is an article's rather than a notice's or a teaser's: Readability's charThreshold
 * characters or more (under which it holds a text to be no article) with a paragraph of prose.
 */
function isArticleText(text: string, settings: HtmlSettings): boolean {
  return text.length >= settings.charThreshold && text.split('\n\n').some((p) => isProseLine(p, CLEAN_DEFAULTS.proseMinWords));
}

/** What holdsStoryInNoscript and unwrapNoscripts read and change of the page (linkedom's Document). */
interface NoscriptPage {
  body: { querySelectorAll(selectors: string): Iterable<NoscriptElement> } | null;
}

/** A `<noscript>` as holdsStoryInNoscript reads it and unwrapNoscripts replaces it. */
type NoscriptElement = DomNode & { childNodes: Iterable<unknown>; replaceWith(...nodes: unknown[]): void };

/**
 * Whether a `<noscript>` of the page's body holds an article (isArticleText, its text read as paragraphs) within the text
 * bounds of a page (shapeProblem: the page's own check reads no noscript). The HTML Living Standard's noscript element
 * "represents nothing if scripting is enabled, and represents its children if scripting is disabled" (§4.12.2): a page
 * whose script renders the story gives the story there to readers without scripts, and this reader runs none (the
 * extraction dataset's pages were saved with JavaScript off). Readability removes every `<noscript>` but one holding a
 * single image (_removeScripts, _unwrapNoscriptImages of @mozilla/readability 0.6.0), so such a page read as nothing but
 * the furniture around its "Loading…" notice: on the session 43 probe of 56 fit pages with their story moved into a
 * `<noscript>`, body F1 0.117; read so, 0.973 (the same pages as plain paragraphs: 0.991; a story under 500 characters
 * stays unread, as Readability reads none). The fit pages' own noscripts hold lazy-load styles, "Please enable
 * JavaScript to view comments", "Take Our Poll": never an article, so none of them is read differently.
 */
function holdsStoryInNoscript(doc: NoscriptPage, settings: HtmlSettings): boolean {
  for (const el of doc.body?.querySelectorAll('noscript') ?? []) {
    const text = paragraphsOf(el, SKIPPED_FURNITURE);
    if (isArticleText(text, settings) && shapeProblem(textShape(text, false), settings) === null) return true;
  }
  return false;
}

/**
 * Whether an element is a dialog the page does not show: a `<dialog>` without its `open` attribute, which "indicates that
 * the dialog element is active" (HTML Living Standard §4.11.3); the standard's user-agent style sheet hides any other
 * (`dialog:not([open]) { display: none; }`, §15.3.1 Hidden elements). Sites put the registration walls, subscription
 * offers and consent prompts that a script opens later there, and Readability keeps their text among the article's
 * paragraphs: on the session 43 probe of 56 fit pages with a closed regwall `<dialog>` after the story, body F1 0.9647
 * against 0.9911 without it. No fit page has a `<dialog>`.
 */
function isClosedDialog(el: ArticleElement & { nodeName: string }): boolean {
  return el.nodeName === 'DIALOG' && el.getAttribute('open') === null;
}

/** Replaces every `<noscript>` of the page's body by its children: the page as a reader without scripts is shown it. */
function unwrapNoscripts(doc: NoscriptPage): void {
  for (const el of [...(doc.body?.querySelectorAll('noscript') ?? [])]) el.replaceWith(...el.childNodes);
}

export interface ExtractedPage {
  text: string;
  meta: ReturnType<typeof readHtmlMeta>;
}

/**
 * Reads an article from an HTML page the way browsers' reader modes do: Mozilla's Readability (the
 * engine of Firefox Reader View) finds the article element, whose blocks become the text's
 * paragraphs; metadata comes from what the page declares (see readHtmlMeta), with Readability's
 * own title, byline and site name as fallbacks. Throws HtmlPageError when the page has no article.
 */
export function extractHtml(html: string, settings: HtmlSettings = CLEAN_DEFAULTS.html): ExtractedPage {
  const doc = parseBounded(html, settings);
  if (doc.body) {
    dropApparatus(doc.body as unknown as ArticleElement);
    // After the apparatus, so that a heading's "[edit]" link (mw-editsection) is gone from the heading's text.
    dropNoteMarks(doc.body as unknown as PageNode);
    dropEndSections(doc.body as unknown as PageNode);
    // Dialogs the page does not show are not read: not for the article, nor for its metadata.
    dropMinorElements(doc.body as unknown as ArticleElement, (el) => isClosedDialog(el as PageNode));
  }
  // A page that holds its story in a <noscript> is read as a reader without scripts is shown it (holdsStoryInNoscript).
  if (holdsStoryInNoscript(doc as unknown as NoscriptPage, settings)) unwrapNoscripts(doc as unknown as NoscriptPage);
  const declared = readHtmlMeta(doc, settings);
  const declaredBody = declaredArticleBody(doc);
  // Read before Readability, which removes the byline element it takes and the header it drops.
  const printed = shownByline(doc, settings);
  const creditsBeside = creditsBesideStory(doc, settings);
  let parsed;
  try {
    const reader = new Readability<DomNode>(doc as unknown as ConstructorParameters<typeof Readability>[0], {
      maxElemsToParse: settings.maxElements,
      charThreshold: settings.charThreshold,
      // The article's class names are kept for dropNamedFurniture to read.
      keepClasses: true,
      serializer: (node) => node as unknown as DomNode,
    });
    parsed = reader.parse();
  } catch (err) {
    throw new HtmlPageError(`not readable as an article (${errorMessage(err)})`);
  }
  let listing = false;
  if (parsed?.content) {
    dropMarkedMetadata(parsed.content as unknown as ArticleElement);
    dropNamedFurniture(parsed.content as unknown as ArticleElement);
    dropPromos(parsed.content as unknown as PageNode);
    listing = listingProblem(parsed.content as unknown as PageNode, declared.url ?? null, settings);
  }
  // Figures, the header and the navigation are not the story's text, unless the article is nothing else (a photo essay).
  const found = parsed?.content ? paragraphsOf(parsed.content, SKIPPED_FURNITURE) || paragraphsOf(parsed.content) : '';
  const read = declaredBody === null ? found : foundOrDeclared(found, declaredBody, settings);
  // A list of stories is refused, unless the page declares the body of an article that is read instead.
  if (listing && read === found) throw new ListingPageError();
  if (read === '') throw new HtmlPageError('no article text found');
  const text = withoutOpeningCredits(read, CLEAN_DEFAULTS);
  const meta = { ...declared };
  if (meta.title === undefined && parsed?.title) meta.title = foldLine(parsed.title);
  if (meta.outlet === undefined && parsed?.siteName) meta.outlet = foldLine(parsed.siteName);
  // As the text layer does (text-metadata.ts): a site that names itself nowhere is named by its host.
  if (meta.outlet === undefined && meta.url) meta.outlet = hostOf(meta.url) ?? undefined;
  // The author the page declares, else the byline element Readability read (its "By" and dateline cut as the page's own
  // byline element's are: readerByline; none that credits no writer of the story, creditsBesideStory), else the first the
  // page marks (shownByline), as the name(s) alone; one that names only the site gives way to the next (pageByline). The
  // byline the page prints wins when it names every stated author (namesAll): a declared author list may hold only the
  // first writer, or join the writers the page prints as a byline with commas.
  const host = meta.url ? hostOf(meta.url) : null;
  const tidied = (b: string | null | undefined) => (b ? pageByline(foldLine(b), meta.outlet ?? undefined, host) : null);
  const readerText = parsed?.byline ? foldLine(parsed.byline) : '';
  const reader = readerText !== '' && !creditsBeside.has(readerText.toLowerCase()) ? readerByline(readerText) : null;
  const shown = tidied(printed);
  const byline = [tidied(declared.byline), tidied(reader), shown].find((b) => b !== null) ?? undefined;
  meta.byline = shown !== null && byline !== undefined && namesAll(shown, byline) ? shown : byline;
  return { text, meta };
}

/**
 * Cleans an HTML corpus file: its text is the extracted article's, its metadata the catalogue's
 * entry over what the page declares (a date in the URL as the last resort, as for text files).
 */
export function cleanHtmlArticle(file: SourceFile, settings: HtmlSettings = CLEAN_DEFAULTS.html): CleanArticle {
  const page = extractHtml(file.raw, settings);
  return { id: file.id, hash: file.hash, text: page.text, meta: resolveMetadata([file.catalog, page.meta]) };
}

/** Cleans any corpus file: HTML pages through the reader-mode extraction, everything else as text. */
export function cleanSourceFile(file: SourceFile): CleanArticle {
  return isHtmlPath(file.path) ? cleanHtmlArticle(file) : cleanArticle(file);
}
