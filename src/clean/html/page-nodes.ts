/**
 * A parsed page as the HTML reader (html-article.ts, with what it removes in apparatus.ts and promos.ts) and its listing
 * test (listing-page.ts) read it: the part of linkedom's nodes each reads, HTML's element vocabularies by which a walk of
 * the page breaks paragraphs, skips text that is never an article's and finds headings, and what they count and remove
 * alike (an element's links, a minor element). Written once here because all walk the same page: a second copy of a set
 * of elements or of a count of what a text says would let them read one page two ways.
 */

/** A node as a walk of the page's tree reads it (walk, paragraphsOf; linkedom's Node). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
}

/** What the reader's removals read and change of an element (dropMarkedMetadata, dropNamedFurniture; linkedom's Element). */
export interface ArticleElement {
  textContent: string | null;
  querySelectorAll(selectors: string): Iterable<ArticleElement>;
  getAttribute(name: string): string | null;
  remove(): void;
}

/** A node as both a walk and a removal read it (dropNoteMarks, dropEndSections, dropPromos, textBefore, listingProblem). */
export interface PageNode extends ArticleElement, DomNode {
  parentNode: PageNode | null;
  firstChild: PageNode | null;
  nextSibling: PageNode | null;
  querySelector(selectors: string): PageNode | null;
  querySelectorAll(selectors: string): Iterable<PageNode>;
}

/**
 * Visits the nodes under `root` in document order, without recursion (depth costs no stack); `visit` says whether to
 * walk into an element's children, or to stop. The listing test's text before a headline (listing-page.ts textBefore)
 * and the metadata reader's shown dates and bounded texts (metadata/html-meta.ts) walk the page with it.
 */
export function walk(root: DomNode, visit: (node: DomNode) => boolean | 'stop'): void {
  let node = root.firstChild;
  while (node !== null) {
    const next = visit(node);
    if (next === 'stop') return;
    if (next && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== root && node.nextSibling === null) node = node.parentNode;
    node = node === null || node === root ? null : node.nextSibling;
  }
}

/** Elements whose start and end break the text into paragraphs (HTML's block-level and list/table parts). */
export const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);
/**
 * Elements whose text is never the article's: scripts, styles, fallbacks, embedded frames, and AMP's ad slots. An AMP page
 * (AMP HTML specification, amp.dev) shows an ad in `<amp-ad>` ("a container to display an ad"), `<amp-embed>` (its alias
 * for content recommendations) or `<amp-sticky-ad>`, whose `placeholder` and `fallback` children hold stand-in text
 * ("Loading ad", "Advertisement") that Readability keeps as paragraphs, cutting the story's own in two. Measured by the
 * session 39 probe of the 59 fit pages rewritten as AMP pages with two ads each: fit body F1 0.9645 → 0.9493 without this.
 */
export const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'AMP-AD', 'AMP-EMBED', 'AMP-STICKY-AD']);

/** HTML's heading elements, as a selector (a page's headings) and by node name (a walk meeting one). */
export const HEADINGS = 'h1,h2,h3,h4,h5,h6';
export const isHeadingName = (name: string) => /^H[1-6]$/.test(name);

/** How many letters and digits `text` holds: what a section says, whatever its punctuation and separators. */
export function wordCharacters(text: string | null): number {
  return (text ?? '').match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** The links `el` is or holds: `el` itself if a link (querySelectorAll finds only descendants), else those inside it. */
export function linksIn(el: PageNode): PageNode[] {
  return el.nodeName === 'A' ? [el] : [...el.querySelectorAll('a')];
}

/** Removes from `root` every element `drop` holds of that holds less than half of root's text (a larger one is the story). */
export function dropMinorElements(root: ArticleElement, drop: (el: ArticleElement) => boolean): void {
  const lengthOf = (el: ArticleElement) => (el.textContent ?? '').trim().length;
  const whole = lengthOf(root);
  for (const el of [...root.querySelectorAll('*')]) if (drop(el) && 2 * lengthOf(el) < whole) el.remove();
}
