/**
 * Related-story promos inside an article ("Read more: <headline>", "More:" over linked headlines, a linked headline in
 * capitals between paragraphs), which the HTML reader removes from the element Readability found (extractHtml in
 * html-article.ts) by a closed list of labels and the links after them (dropPromos).
 */
import { CLEAN_DEFAULTS } from '../defaults.js';
import { RELATED_LABEL } from '../boilerplate/boilerplate.js';
import { countWords } from '../boilerplate/line-features.js';
import { foldLine } from '../../corpus/shared-lines.js';
import { linksIn, wordCharacters, type PageNode } from './page-nodes.js';

/**
 * The labels by which a page introduces a promo for its other stories inside an article ("Read more: <headline>",
 * "SEE MORE: <headline>", "More:" over a list of headlines), matched whole, lower-cased. Measured on the extraction
 * dataset's 59 fit pages (session 41, every paragraph the HTML reader keeps that opens with a label and a colon): "read
 * more", "see more", "more", "related post" and "you may also like" open promos there (6 paragraphs on 4 pages), and open
 * nothing in the true bodies; "related", the word Readability's and trafilatura's class-name lists use for such boxes
 * (REGEXPS.unlikelyCandidates and negative of @mozilla/readability; OVERALL_DISCARD_XPATH of trafilatura/xpaths.py), in
 * its plural and in its story and article forms. With them, the labels the text reader drops over other stories
 * (RELATED_LABEL of boilerplate.ts: "Related Stories", "More in <section>", "DON'T MISS", "Trending now" …), which a
 * saved page prints the same. A closed list, because the shape alone is no rule: a fit page's true body holds 22
 * account credits "Label: <link>" (session 39).
 */
const PROMO_LABELS = new Set([
  'read more',
  'see more',
  'more',
  'related',
  'related post',
  'related posts',
  'related story',
  'related stories',
  'related article',
  'related articles',
  'you may also like',
]);

/**
 * Whether a block's text (or the text before its colon) is a promo's label (PROMO_LABELS, RELATED_LABEL), judged by its
 * words whatever punctuation or symbol ends it: templates close the same label with a colon, with an ellipsis written
 * as three dots or as one character ("You may also like..."), a guillemet, an arrow or nothing ("DON'T MISS").
 */
function isPromoLabel(text: string): boolean {
  const words = foldLine(text).replace(/[\p{P}\p{S}\s]+$/u, '');
  return PROMO_LABELS.has(words.toLowerCase()) || (RELATED_LABEL.test(words) && countWords(words) <= CLEAN_DEFAULTS.relatedLabelMaxWords);
}

/** A label before a colon opening a block's text ("Read more: <headline>"): a label is a few words. */
const OPENING_LABEL = /^([^:]{1,40}):/;
/**
 * The share of a promo's text after its label that is a link's: trafilatura's limit on a short paragraph's link text
 * (0.8: link_density_test in trafilatura/htmlprocessing.py; Barbaresi 2021), which lets a headline's link leave out a
 * trailing separator or a "[VIDEO]" mark.
 */
const PROMO_LINK_SHARE = 0.8;
const PROMO_BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,div,dt,dd';

/** How many letters and digits of `el`'s text lie within its links, a link's text counted from after `label` when it opens it. */
function linkedCharacters(el: PageNode, label: string): number {
  return linksIn(el).reduce((n, a) => {
    const text = foldLine(a.textContent ?? '');
    return n + wordCharacters(text.toLowerCase().startsWith(label) ? text.slice(label.length) : text);
  }, 0);
}

/**
 * Whether a node is an element that links somewhere and says little outside its links (PROMO_LINK_SHARE of its text or
 * more within them): a headline's, with its "[VIDEO]" mark or separator, or an image's.
 */
function isLinked(node: PageNode): boolean {
  if (node.nodeType !== 1 || (node.nodeName !== 'A' && node.querySelector('a') === null)) return false;
  return linkedCharacters(node, '') >= PROMO_LINK_SHARE * wordCharacters(node.textContent);
}

/**
 * Whether a block is a headline of another story set in capitals, all of it a link ("SENATOR QUITS AFTER VOTE", "CLICK HERE
 * TO GET THE APP"), as news templates put them between an article's paragraphs: the AP Stylebook sets body text and
 * headlines in sentence case ("headlines": capitalise only the first word and proper nouns), so a paragraph in capitals
 * that is nothing but a link (link density 1: Kohlschütter et al. 2010) is the template's, not the writer's. Two words at
 * least, so that a linked initialism alone ("NASA") is not one.
 */
function isCapitalHeadline(el: PageNode): boolean {
  const text = foldLine(el.textContent ?? '');
  if (!/\p{Lu}/u.test(text) || text !== text.toUpperCase() || countWords(text) < 2) return false;
  return el.querySelector('a') !== null && linkedCharacters(el, '') === wordCharacters(text);
}

/**
 * The nodes of a related-story promo that `el` opens, its label judged by its words whatever punctuation ends it
 * (isPromoLabel: "Read more", "More", "Related stories", "You may also like", "DON'T MISS" …): `el`
 * when its text is a label and a colon and then text PROMO_LINK_SHARE or more a link's ("Read more: <linked headline>");
 * `el` and the elements after it that are links (isLinked, at least one) when it is the label alone ("More:", "You may
 * also like..." over linked headlines); `el` alone when it is a headline in capitals (isCapitalHeadline); else null.
 * On the extraction dataset's 59 fit pages (session 41) a closed list of labels before a colon opened 6 paragraphs on 4
 * pages; a label closed otherwise ("You may also like...", "DON'T MISS" over linked headlines with "[VIDEO]" marks) and
 * linked headlines in capitals between paragraphs (session 44) another 18 on 4 pages, none in the true bodies, and one
 * line a true body keeps (a linked "CLICK FOR FULL … RESULTS" under a sports story).
 */
function promoNodes(el: PageNode): PageNode[] | null {
  const text = foldLine(el.textContent ?? '');
  const opening = OPENING_LABEL.exec(text);
  const label = opening?.[1]?.trim().toLowerCase();
  const said = opening === null ? 0 : wordCharacters(text.slice(opening[0].length));
  if (label !== undefined && said > 0 && isPromoLabel(label)) return linkedCharacters(el, label) >= PROMO_LINK_SHARE * said ? [el] : null;
  if (!isPromoLabel(text)) return isCapitalHeadline(el) ? [el] : null;
  const links: PageNode[] = [];
  for (let node = el.nextSibling; node !== null; node = node.nextSibling) {
    if (wordCharacters(node.textContent) === 0 && (node.nodeType !== 1 || node.querySelector('a') === null)) continue;
    if (!isLinked(node)) break;
    links.push(node);
  }
  return links.length > 0 ? [el, ...links] : null;
}

/**
 * Removes from the article element the related-story promos the page puts between its paragraphs (promoNodes): other
 * stories' headlines, which Readability keeps as paragraphs and a question can be answered from. On the extraction
 * dataset's 59 fit pages (session 41): 6 paragraphs on 4 pages, none in the true bodies. A promo holding half of the
 * article's text or more stays, as named furniture does (html-article.ts).
 */
export function dropPromos(root: PageNode): void {
  const whole = wordCharacters(root.textContent);
  for (const el of [...root.querySelectorAll(PROMO_BLOCKS)]) {
    const promo = promoNodes(el);
    if (promo === null || 2 * promo.reduce((n, node) => n + wordCharacters(node.textContent), 0) >= whole) continue;
    for (const node of promo) node.remove();
  }
}
