import { createRequire } from 'node:module';
import type { HtmlSettings } from '../defaults.js';
import * as chrono from 'chrono-node';
import type { DOMParser as LinkedomDomParser } from 'linkedom';
import { DAY_MS, normalizeDate } from '../../corpus/normalize-date.js';
import { foldLine } from '../../corpus/shared-lines.js';
import type { ArticleMeta } from '../../corpus/types.js';
import { decodeEntities } from '../characters/decode-entities.js';
import { terms, wordsOf } from '../boilerplate/line-features.js';
import { hostOf } from './metadata.js';
import { dateFromUrl } from './url-date.js';
import { copyrightOwner, nameLabel, spellsLabel, TITLE_SEPARATOR } from './site-name.js';
import { UPDATE_LABEL, writtenDate } from './written-dates.js';
import { elementByline } from './byline.js';
import { ARTICLE_TYPE, asArray, isNode, jsonLdNodes, typesOf, type JsonNode } from './json-ld.js';
import { walk, type DomNode } from '../html/page-nodes.js';

const requireModule = createRequire(import.meta.url);
let linkedomParser: typeof LinkedomDomParser | undefined;

/**
 * linkedom's DOMParser, loaded when the first HTML page is read rather than when this module is: loading
 * linkedom takes 0.69–0.70 s (`await import('linkedom')` in node 20 here), which every process that loads
 * the cleaner or the commands paid at start-up, HTML or not. Readability itself loads in 10–15 ms.
 */
function domParser(): LinkedomDomParser {
  linkedomParser ??= (requireModule('linkedom') as typeof import('linkedom')).DOMParser;
  return new linkedomParser();
}

/**
 * Parses a page into a document with an `<html>` root and a `<body>`, as Readability needs: for markup
 * without them linkedom leaves `documentElement` null or makes the first element the root.
 */
export function parseHtmlDocument(html: string) {
  const doc = domParser().parseFromString(html, 'text/html');
  if (doc.documentElement?.tagName === 'HTML' && doc.body) return doc;
  return domParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
}

type HTMLDocument = ReturnType<typeof parseHtmlDocument>;

type HtmlElement = NonNullable<ReturnType<HTMLDocument['querySelector']>>;

/**
 * A metadata value as one line. Entities are decoded because some CMSs escape twice (`&amp;#8216;` in
 * the markup, `&#8216;` after parsing; seen in the extraction dataset's WordPress pages).
 */
function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = foldLine(decodeEntities(value));
  return t === '' ? null : t;
}

/** A name from a string, a `{ name }` node, or an `{ "@id" }` reference to a node elsewhere in the graph. */
function nameOf(value: unknown, byId: Map<string, JsonNode>): string | null {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? null : text(value);
  if (!isNode(value)) return null;
  const node = typeof value['@id'] === 'string' && value.name === undefined ? (byId.get(value['@id']) ?? value) : value;
  return text(node.name);
}

function namesOf(value: unknown, byId: Map<string, JsonNode>, nameOfOne = nameOf): string | null {
  const names = [
    ...new Set(
      asArray(value)
        .map((v) => nameOfOne(v, byId))
        .filter((n): n is string => n !== null),
    ),
  ];
  return names.length === 0 ? null : names.join(', ');
}

/** schema.org Person's name parts, in the order a name is written (https://schema.org/Person). */
const NAME_PARTS = ['givenName', 'additionalName', 'familyName'] as const;

/**
 * An author's name when the author is a person: a string, or a node (itself or the one its `@id` refers to) typed Person
 * or untyped, by its `name` or, without one, its given, additional and family names. schema.org's author may be a Person or
 * an Organization; an Organization credits the site, its owner or an agency, no one who wrote the story, and trafilatura
 * reads only untyped or Person authors of an article (json_metadata.py process_parent, which also joins the name parts).
 */
function personOf(value: unknown, byId: Map<string, JsonNode>): string | null {
  if (!isNode(value)) return nameOf(value, byId);
  const node = typeof value['@id'] === 'string' && value.name === undefined ? (byId.get(value['@id']) ?? value) : value;
  const types = typesOf(node);
  // Templates write the type in any case ("person": 1 fit page).
  if (types.length > 0 && !types.some((t) => t.toLowerCase() === 'person')) return null;
  if (node.name !== undefined) return nameOf(node, byId);
  const parts = NAME_PARTS.map((part) => text(node[part])).filter((p): p is string => p !== null);
  return parts.length >= 2 ? parts.join(' ') : null;
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? value : null;
  return isNode(value) && typeof value['@id'] === 'string' ? urlOf(value['@id']) : null;
}

/** The page's JSON-LD nodes, its article nodes, and the nodes by their `@id`. */
function jsonLdOf(doc: HTMLDocument) {
  const nodes = jsonLdNodes(doc);
  const byId = new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  // The first article node with a headline: a page's own story precedes the related ones it lists.
  const article = articles.find((n) => (n.headline ?? n.name) !== undefined);
  // schema.org's author is any CreativeWork's, a WebPage's too: a graph may credit the page's author on its WebPage node and
  // declare no Article (WordPress's Yoast SEO graph does so, the author a Person node reached by its @id; 1 fit page).
  const page = nodes.find((n) => typesOf(n).includes('WebPage') && n.author !== undefined);
  return { byId, articles, article, author: article?.author ?? page?.author };
}

/** What the page's JSON-LD says about its article. */
function fromJsonLd(doc: HTMLDocument): Partial<ArticleMeta> {
  const { byId, articles, article, author: credited } = jsonLdOf(doc);
  // A publisher is the site's whichever node names it: some templates fill an article node's publisher and leave its
  // headline and dates empty (a NewsArticle with only `publisher`, on the extraction dataset's fit pages).
  const publisher = nameOf(asArray([article, ...articles].find((n) => n?.publisher !== undefined)?.publisher)[0], byId);
  const author = namesOf(credited, byId, personOf);
  if (!article) return { ...(publisher ? { outlet: publisher } : {}), ...(author ? { byline: author } : {}) };
  const meta: Partial<ArticleMeta> = {};
  const headline = text(article.headline) ?? text(article.name);
  if (headline) meta.title = headline;
  const published = dateOf(typeof article.datePublished === 'string' ? article.datePublished : null);
  if (published) meta.published = published;
  if (author) meta.byline = author;
  if (publisher) meta.outlet = publisher;
  const url = urlOf(article.url) ?? urlOf(article.mainEntityOfPage);
  if (url) meta.url = url;
  return meta;
}

/**
 * A microdata property's value as HTML's microdata defines it for text (HTML Living Standard §5.2.4, "Values"): a `<meta>`'s
 * `content`, else the element's text.
 */
function propertyValue(el: HtmlElement): string | null {
  return el.tagName === 'META' ? text(el.getAttribute('content')) : text(el.textContent);
}

/**
 * The elements that hold the property `name` of an item: those whose nearest `itemscope` ancestor is the item (the microdata
 * model: a property belongs to its nearest item, HTML Living Standard §5.2.2).
 */
function propertiesOf(item: HtmlElement, name: string): HtmlElement[] {
  return [...item.querySelectorAll('[itemprop]')].filter(
    (el) => el.getAttribute('itemprop')!.split(/\s+/).includes(name) && el.parentElement?.closest('[itemscope]') === item,
  );
}

/**
 * What the page's schema.org microdata says about its story: the first Article-type item's (ARTICLE_TYPE; the page's own
 * story precedes the related ones it lists, as for JSON-LD) `headline` and its `author`s' names — a Person item's `name`
 * property, or the property's text (https://schema.org/NewsArticle; HTML microdata, HTML Living Standard §5.2). The
 * publisher's name is not read here (session 38 measured it: no held-out page moved).
 */
function fromMicrodata(doc: HTMLDocument): { title?: string; byline?: string } {
  const item = [...(doc.body?.querySelectorAll('[itemscope][itemtype]') ?? [])].find((el) =>
    ARTICLE_TYPE.test((el.getAttribute('itemtype') ?? '').replace(/\/+$/, '')),
  );
  if (item === undefined) return {};
  const headline =
    propertiesOf(item, 'headline')
      .map(propertyValue)
      .find((v) => v !== null) ?? null;
  const names = propertiesOf(item, 'author')
    .map((author) =>
      author.hasAttribute('itemscope') ? (propertiesOf(author, 'name').map(propertyValue)[0] ?? null) : propertyValue(author),
    )
    .filter((n): n is string => n !== null && !/^https?:\/\//.test(n));
  const byline = names.length === 0 ? null : [...new Set(names)].join(', ');
  return { ...(headline ? { title: headline } : {}), ...(byline ? { byline } : {}) };
}

/**
 * What the page declares in Parse.ly's `parsely-page` meta, the older documented form of Parse.ly's metadata (before its
 * JSON-LD and repeated `parsely-*` metas): one JSON object whose `title`, `pub_date` (ISO 8601, UTC) and `authors` (a list
 * of names; `author` in older pages) state the story's headline, publication and writers. Parse.ly's own WordPress
 * plugin wrote it (`<meta name='parsely-page' content='{"title":…,"link":…,"pub_date":…,"authors":[…]}'>`, wp-parsely),
 * and link previewers read the same fields (iframely's Parse.ly plugin: title, pub_date, author). A value that is no JSON
 * object is not read.
 */
function fromParselyPage(doc: HTMLDocument): { title?: string; published?: string; byline?: string } {
  const raw = metaContent(doc, ['parsely-page']);
  if (raw === null) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!isNode(value)) return {};
  const title = text(value.title);
  const published = typeof value.pub_date === 'string' ? dateOf(value.pub_date) : null;
  const byline = namesOf(value.authors ?? value.author, new Map());
  return { ...(title ? { title } : {}), ...(published ? { published } : {}), ...(byline ? { byline } : {}) };
}

/**
 * A meta's key as each attribute holds it: HTML's `name` is one value, but RDFa's `property` (RDFa Core 1.1,
 * "Attributes and Syntax") and microdata's `itemprop` (HTML Living Standard §5.2.3) are lists of space-separated tokens,
 * so a meta marked `itemprop="datePublished dateCreated"` states both (`~=` matches one token of such a list).
 */
const META_KEY_MATCH = [
  ['property', '~='],
  ['name', '='],
  ['itemprop', '~='],
] as const;

function metaContent(doc: HTMLDocument, keys: readonly string[]): string | null {
  for (const key of keys) {
    for (const [attr, match] of META_KEY_MATCH) {
      const el = doc.querySelector(`meta[${attr}${match}"${key}" i]`);
      const value = text(el?.getAttribute('content'));
      if (value) return value;
    }
  }
  return null;
}

/**
 * Date metas in the order of how directly they state publication: Open Graph's `article:published_time`
 * (https://ogp.me/#type_article), then the names news CMSs and aggregators read (Parse.ly, Sailthru,
 * Dublin Core, Google Scholar's citation_*), then a bare `date`.
 */
const DATE_METAS = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'date',
];

/** "1 day ago", "yesterday": relative to a moment the saved page no longer shows. */
const RELATIVE = /\b(ago|yesterday|today|tomorrow|last|next)\b/i;

/**
 * A machine-readable date or timestamp as `YYYY-MM-DD`, its calendar day as written (no zone
 * conversion). With a `yearOf` reference, a shown date without a year ("Posted Nov 18, 8:19 PM")
 * takes the year that puts it nearest the reference.
 */
function dateOf(value: string | null, yearOf: Date | null = null): string | null {
  if (value === null) return null;
  const iso = normalizeDate(value.trim());
  if (iso !== null) return iso.length === 10 ? iso : null;
  // Free-form strings ("November 19, 2019 6:21 AM EST", "Tue, 19 Nov 2019 11:21:00 GMT"); the first
  // complete date, since "Fri 6:45 PM, Feb 16, 2018" parses as a weekday-and-time, then the date.
  const parsed = chrono.parse(value, yearOf ?? undefined, { forwardDate: false }).find(
    (r) =>
      r.start.isCertain('day') &&
      r.start.isCertain('month') &&
      (yearOf !== null || r.start.isCertain('year')) &&
      /\d/.test(r.text) &&
      !RELATIVE.test(r.text) &&
      // A length of time ("in 3 days", "5 minutes later", "5h a day after"): chrono-node counts it from the moment of
      // parsing and tags it so, which would date a page by the clock of whoever reads it.
      !r.tags().has('result/relativeDate'),
  );
  // Else a date written in another of the languages the bot reads, or in CJK form ("22 de outubro de 2010",
  // "19 ноября 2019", "2019年11月19日"), as the text reader reads datelines: with its year.
  if (!parsed) return writtenDate(value);
  const c = parsed.start;
  return normalizeDate(`${c.get('year')}-${c.get('month')}-${c.get('day')}`);
}

/** Meta names that say "publication date" in a CMS's own words (`sn-post-date`, `pub_date`, `publish-time`). */
const DATE_META_NAME = /(publish|pub|post|release)(ed)?[-_.:]?(date|time)/i;

function anyDateMeta(doc: HTMLDocument): string | null {
  for (const el of doc.querySelectorAll('meta[content]')) {
    const key = el.getAttribute('name') ?? el.getAttribute('property') ?? '';
    if (DATE_META_NAME.test(key)) {
      const date = dateOf(el.getAttribute('content'));
      if (date) return date;
    }
  }
  return null;
}

/**
 * Elements whose class or id says they show the publication date, most direct first (htmldate orders its element
 * expressions so too, Barbaresi 2020): `article-publish-date`, `pubdate`; then `post-date`, `posted-on`; then a
 * `dateline`, which may hold the update stamp beside the publication one. The visible date a reader sees, read from
 * `datetime` or the text.
 */
const DATE_ELEMENTS = [
  '[class*="publish" i], [id*="publish" i], [class*="pubdate" i]',
  '[class*="post-date" i], [class*="posted" i]',
  '[class*="dateline" i]',
];

/** Whether two `YYYY-MM-DD` days are at most a day apart: one instant's calendar day in two time zones. */
function withinADay(a: string, b: string): boolean {
  return Math.abs(Date.parse(`${a}T12:00:00Z`) - Date.parse(`${b}T12:00:00Z`)) <= DAY_MS;
}

/**
 * A date an element shows: the day its short text shows (a label of at most `labelMaxChars`, "Posted: Fri 6:45 PM, Feb
 * 16, 2018", not a block of text that happens to hold a date; what comes before an "Updated" stamp), else its (or a
 * `<time>` child's) `datetime`/`content`. The text wins when it lies within a day of the attribute: HTML's `datetime` is a machine-readable
 * form of the content (WHATWG HTML §4.5.14, the time element), often a UTC instant ("2019-11-19T02:24:00Z" for "Nov 18,
 * 2019 at 9:24 pm ET"), whose calendar day is not the local one the reader sees; the text, without a year, takes the
 * attribute's.
 */
function shownDate(el: HtmlElement, labelMaxChars: number): string | null {
  const attr = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.querySelector('time[datetime]')?.getAttribute('datetime');
  const machine = attr ? dateOf(attr) : null;
  const shown = el.textContent ?? '';
  const text =
    shown.length <= labelMaxChars ? dateOf(shown.split(UPDATED)[0], machine === null ? null : new Date(`${machine}T12:00:00Z`)) : null;
  if (machine === null) return text;
  return text !== null && withinADay(text, machine) ? text : machine;
}

const classAndId = (el: HtmlElement) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

/**
 * Whether an element stamps a later edit: its class or id says so, unless it also says it is the publication's (hAtom's
 * `published updated` pair on one element, https://microformats.org/wiki/hatom); else its parent's class does
 * (`dateline__updated`) or the short label around it does before it ("Updated <time>Nov 13, 2019</time>"). `labels`
 * keeps each parent's short text (or null, longer) across the calls of one walk, so a parent is read once.
 */
function isUpdateStamp(el: HtmlElement, labelMaxChars: number, labels = new Map<HtmlElement, string | null>()): boolean {
  if (/publish/i.test(classAndId(el))) return false;
  if (UPDATED.test(classAndId(el))) return true;
  const parent = el.parentElement;
  if (parent === null) return false;
  if (UPDATED.test(classAndId(parent))) return true;
  if (!labels.has(parent)) labels.set(parent, textUpTo(parent, labelMaxChars));
  const label = labels.get(parent);
  if (label === null || label === undefined) return false;
  const at = label.indexOf(el.textContent ?? '');
  return at > 0 && UPDATED.test(label.slice(0, at));
}

/**
 * Whether a microdata property is the page's article's: schema.org microdata gives an `itemprop` to its nearest
 * `itemscope` ancestor (https://schema.org/docs/gs.html#microdata_itemscope_itemtype), and a comment's or a related
 * story's `datePublished` is theirs. Kept: properties in no item, or in an Article-type one (ARTICLE_TYPE).
 */
function ofArticleItem(el: HtmlElement): boolean {
  const item = el.hasAttribute('itemscope') ? el.parentElement?.closest('[itemscope]') : el.closest('[itemscope]');
  const type = item?.getAttribute('itemtype');
  return item === null || item === undefined || type === null || type === undefined || ARTICLE_TYPE.test(type.replace(/\/+$/, ''));
}

/**
 * The class or id names of a page's comments section, whole names as a class attribute lists them: WordPress's
 * (`comments`, `comments-area`, `comment-list`, each comment an `<article class="comment-body">` with its `<time datetime>`:
 * wp_list_comments' html5 markup) and Disqus's `disqus_thread`, as trafilatura removes comments (names starting with
 * "comment", `disqus_thread`, `dsq-comments`: REMOVE_COMMENTS_XPATH in trafilatura/xpaths.py). Whole names, so that a
 * "commentary" column is not one.
 */
const COMMENTS_NAME = /^(?:comments?(?:[-_].*)?|commentlist|disqus_thread|dsq-comments)$/i;

/**
 * Whether an element is in a comments section (COMMENTS_NAME on it or an ancestor): a comment's date is not the page's,
 * nor its author the article's.
 */
function inComments(el: HtmlElement): boolean {
  for (let node: HtmlElement | null = el; node !== null; node = node.parentElement) {
    const names = classAndId(node).split(/\s+/);
    if (names.some((name) => COMMENTS_NAME.test(name))) return true;
  }
  return false;
}

/**
 * The publication date the page shows in markup: an element marked `itemprop=datePublished` (of the article's item) or
 * `<time pubdate>`, then the first `<time datetime>` in an `<article>`, then an element whose class says it holds the
 * publication date (DATE_ELEMENTS); update stamps and comments' dates (inComments) are passed over.
 */
function shownPublicationDate(doc: HTMLDocument, settings: HtmlSettings): string | null {
  const candidates = [
    ...[...doc.querySelectorAll('[itemprop~="datePublished"]')].filter(ofArticleItem),
    ...['time[pubdate]', 'article time[datetime]', ...DATE_ELEMENTS].flatMap((selector) => [...doc.querySelectorAll(selector)]),
  ].filter((el) => !inComments(el));
  for (const el of candidates) {
    const date = isUpdateStamp(el, settings.shownDateMaxChars) ? null : shownDate(el, settings.shownDateMaxChars);
    if (date) return date;
  }
  return null;
}

/**
 * Stamps of a later edit, not of publication: in class names (`date-modified`, `updated`) and in the dateline labels of
 * the languages the text reader reads (UPDATE_LABEL: "Mis à jour", "Actualizado", "Aggiornato", "Bijgewerkt", …).
 */
const UPDATED = new RegExp(`updat|modif|edited|обновл|${UPDATE_LABEL}`, 'i');
/** A year as dates write it: a short element that holds one but reads as no date whole is entered. */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'OPTION', 'SELECT']);

/**
 * An element's text as textContent reads it (its text and CDATA nodes in document order) when it has at most `max`
 * characters, else null, read no further than that. isUpdateStamp asks it of the parent of every short dated element;
 * reading the parent's whole text each time made a page of many short dated paragraphs quadratic (session 27: a 3 MB
 * page spent 14 of its 18 s of cleaning there, a 9.5 MB one 366 s).
 */
function textUpTo(el: HtmlElement, max: number): string | null {
  let text = '';
  walk(el, (node) => {
    if (node.nodeType === 3 || node.nodeType === 4) text += node.textContent ?? '';
    return text.length > max ? 'stop' : true;
  });
  return text.length > max ? null : text;
}

/**
 * The element that shows the headline: the first `<h1>` that shows it whole, else the first other headline element
 * (HEADLINE_ELEMENT) that does — some templates show the headline in a `<dt>` or `<div class="…title">`.
 */
function headlineElement(body: NonNullable<HTMLDocument['body']>, headline: string) {
  for (const selector of ['h1', HEADLINE_ELEMENT]) {
    for (const el of body.querySelectorAll(selector)) if (text(el.textContent) === headline) return el;
  }
  return null;
}

/**
 * Dates the reader sees: the outermost short element holding a digit whose text parses as a date (the
 * text from an "Updated" stamp on left out; one whose whole text gives none is entered, since the text of
 * inline elements runs together, "by Jane Doe19 Nov 2019"), and short runs of text standing loose in a long
 * element ("입력 : 2020-01-02 10:00" between the headline and the story). Those after the headline come
 * first, in document order (a dateline or byline follows the headline), then those before it, nearest
 * first (a masthead shows the day the page was saved). Year-less dates take the year nearest `yearOf`,
 * and are left out without one; `nearOnly` keeps only the dates after the headline and those before it in
 * the headline's own header: its parent element or its `<header>`, where templates put a kicker or dateline
 * above the headline (HTML's header element holds a section's "introductory content", WHATWG HTML §4.3.8).
 */
function visibleDates(doc: HTMLDocument, headline: string | null, yearOf: Date | null, settings: HtmlSettings, nearOnly = false): string[] {
  const body = doc.body;
  if (!body) return [];
  const before: { date: string; inHeader: boolean }[] = [];
  const after: string[] = [];
  const marker = headline === null ? null : headlineElement(body, headline);
  const headers = [marker?.parentElement, marker?.closest('header')].filter((h): h is HtmlElement => h !== null && h !== undefined);
  let passed = headline === null;
  const labels = new Map<HtmlElement, string | null>();
  const consider = (node: DomNode, shown: string): boolean => {
    if (shown.length > settings.shownDateMaxChars || !/\d/.test(shown)) return false;
    // "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, …": only what comes before the update stamp.
    const date = dateOf(shown.split(UPDATED)[0], yearOf);
    if (date === null) return false;
    if (passed) after.push(date);
    else before.push({ date, inHeader: headers.some((h) => h.contains(node)) });
    return true;
  };
  // A short element is read whole (an update stamp not at all), a long one, or a short one whose whole text is no date, entered.
  walk(body, (node) => {
    if (node.nodeType === 3) consider(node, node.textContent ?? '');
    if (node.nodeType !== 1 || NOT_SHOWN.has(node.nodeName)) return false;
    const el = node as HtmlElement;
    if (el === marker) passed = true;
    const shown = el.textContent ?? '';
    if (shown.length > settings.shownDateMaxChars) return true;
    if (/\d/.test(shown) && !isUpdateStamp(el, settings.shownDateMaxChars, labels) && !consider(el, shown) && YEAR.test(shown)) return true;
    if (marker !== null && el.contains(marker)) passed = true;
    return false;
  });
  const nearestFirst = before.reverse();
  return [...after, ...(nearOnly ? nearestFirst.filter((b) => b.inHeader) : nearestFirst).map((b) => b.date)];
}

/**
 * The publication date: what the page declares for machines (JSON-LD, metas, marked elements), but
 * the date the reader sees when one lies within a day of it. Declared timestamps are often in UTC, or
 * carry a wrong zone, so a US evening story is declared a day late; the labels (eval/labels) record
 * the local date shown, and on the extraction dataset's fit pages the shown date was right in all of
 * the declared-vs-shown disagreements. A full date in the page's address is read first, as htmldate
 * does (find_date tries the URL before the markup, Barbaresi 2020): a path such as `/2019/11/19/` is
 * fixed when the story is published, while a declared date can be a later edit's; it stands in for a
 * declared date more than a day from it, or for none.
 */
function publicationDate(
  doc: HTMLDocument,
  declared: string | null,
  headline: string | null,
  url: string | null,
  settings: HtmlSettings,
): string | null {
  const fromUrl = url === null ? null : dateFromUrl(url);
  const reference = fromUrl !== null && (declared === null || !withinADay(fromUrl, declared)) ? fromUrl : declared;
  if (reference === null)
    return (
      shownPublicationDate(doc, settings) ?? (headline === null ? null : (visibleDates(doc, headline, null, settings, true)[0] ?? null))
    );
  for (const shown of visibleDates(doc, headline, new Date(`${reference}T12:00:00Z`), settings))
    if (withinADay(shown, reference)) return shown;
  return reference;
}

/**
 * The page's `<link rel=canonical>` address, as written when absolute; a relative one ("/world/talks") resolved against the
 * document's base URL, its `<base href>`, as a browser resolves every link (HTML Living Standard, "document base URL").
 * With no absolute base nothing places a relative address: null.
 */
function canonicalUrl(doc: HTMLDocument): string | null {
  const href = text(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'));
  if (!href || /^https?:\/\//i.test(href)) return href || null;
  const base = text(doc.querySelector('base[href]')?.getAttribute('href'));
  if (!base || !/^https?:\/\//i.test(base)) return null;
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Author metas, most direct first: HTML's `author`, Open Graph's `article:author`, Parse.ly's, Sailthru's, Dublin Core's. */
const AUTHOR_METAS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator'];
const isUrl = (value: string | null) => value !== null && /^https?:\/\//.test(value);

/**
 * The names the first author meta that names anyone gives, not a profile URL (Facebook's `article:author` is often one):
 * every value of its document-level metas (`name`, `property`), since a page credits each of several writers in a meta of
 * its own, as trafilatura joins them (tests/unit_tests.py test_authors: two `<meta name="author">`, "Jenny Smith; John
 * Smith"), else its first microdata `itemprop` meta.
 */
function authorMeta(doc: HTMLDocument): string | null {
  for (const key of AUTHOR_METAS) {
    const values = [...doc.querySelectorAll(`meta[name="${key}" i], meta[property~="${key}" i]`)]
      .map((el) => text(el.getAttribute('content')))
      .filter((v): v is string => v !== null && !isUrl(v));
    if (values.length > 0) return [...new Set(values)].join(', ');
  }
  const value = metaContent(doc, AUTHOR_METAS);
  return value && !isUrl(value) ? value : null;
}

/** Dice coefficient of two titles' word sets. */
function similarity(a: string, b: string): number {
  const x = new Set(wordsOf(a));
  const y = new Set(wordsOf(b));
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

const squash = (s: string) => wordsOf(s).join('');

/** A declared title without trailing segments that name the site (its outlet name or its host). */
function withoutSiteName(title: string, outlet: string | null, url: string | null): string {
  // A declared address may not parse (`href="https://"`): the outlet name alone then marks the site.
  const host = (url === null ? null : hostOf(url)) ?? '';
  const names = [outlet ? squash(outlet) : '', squash(host)].filter((n) => n !== '');
  const isSite = (part: string) => names.some((n) => squash(part) === n || (squash(part).length >= 3 && n.includes(squash(part))));
  const separators = [...title.matchAll(new RegExp(TITLE_SEPARATOR, 'g'))];
  let end = title.length;
  for (let i = separators.length - 1; i >= 0; i--) {
    const start = separators[i].index + separators[i][0].length;
    if (!isSite(title.slice(start, end))) break;
    end = separators[i].index;
  }
  return title.slice(0, end);
}

/**
 * The headline a reader sees: the first `<h1>` that matches a declared title (JSON-LD headline, Open
 * Graph or Twitter title, `<title>`), since declared titles are often rewritten for search or social
 * media; else the page's only `<h1>` when a declared title was rewritten from it (rewrittenFrom); else the first
 * declared title without its site name. A page with only a `<title>` gets
 * none here: Readability's title, which splits site names off `<title>`, is the fallback.
 */
function shownHeadline(
  doc: HTMLDocument,
  declared: readonly string[],
  page: string | null,
  outlet: string | null,
  url: string | null,
  sameHeadline: number,
): string | null {
  const titles = page === null ? declared : [...declared, page];
  for (const h1 of doc.querySelectorAll('h1')) {
    const shown = text(h1.textContent);
    // No bound on its length beside the likeness: a Dice coefficient of at least sameHeadline takes an <h1> of at most
    // about twice a declared title's words (CLEAN_DEFAULTS.html.sameHeadline).
    if (shown && titles.some((d) => similarity(shown, d) >= sameHeadline)) return shown;
  }
  const first = declared[0];
  const sole = soleHeading(doc);
  // A page that declares no title and whose <title> only names the site: its sole <h1> is the story's headline.
  if (first === undefined) return sole !== null && page !== null && namesSite(page, outlet, url) ? sole : null;
  return sole !== null && rewrittenFrom(sole, declared, outlet, url) ? sole : withoutSiteName(first, outlet, url);
}

/**
 * Whether a page's only `<h1>`, unlike every declared title, is still the headline they were rewritten from for search or
 * social media: it shares a content word with one (terms) and neither names the site nor holds a declared title whole (a
 * headline with its standfirst). trafilatura's extract_title takes a sole `<h1>` for the title (Barbaresi 2021). On the
 * extraction dataset's fit pages, of the 7 whose sole `<h1>` is unlike every declared title (Dice under sameHeadline), it
 * is the headline on the 3 that share a content word with one and do not name the site, and on none of the 4 others (the
 * site's name on 3, a related story sharing no content word on 1).
 */
function rewrittenFrom(heading: string, declared: readonly string[], outlet: string | null, url: string | null): boolean {
  const host = url === null ? null : hostOf(url);
  if ((outlet !== null && squash(heading) === squash(outlet)) || (host !== null && namesHost(heading, host))) return false;
  const shown = terms(heading);
  return declared.some((d) => {
    const title = withoutSiteName(d, outlet, url);
    return !heading.toLowerCase().includes(title.toLowerCase()) && [...terms(title)].some((t) => shown.has(t));
  });
}

/**
 * Whether a page's `<title>` is only the site's name — it names the host (namesHost) or is the outlet the page names
 * otherwise — and so names the site, not the story. HTML's `<title>` is the document's title "even when … used out of
 * context" (HTML Living Standard §4.2.2), and schema.org separates a CreativeWork's `headline` from its publisher's
 * `name`: a site that titles every page with its own name leaves the story's headline to the page's top heading, its
 * `<h1>` (HTML Living Standard §4.3.6 "headings and outlines"; WCAG 2 technique H42, headings marked as such).
 */
function namesSite(page: string, outlet: string | null, url: string | null): boolean {
  const host = url === null ? null : hostOf(url);
  return (host !== null && namesHost(page, host)) || (outlet !== null && squash(page) === squash(outlet));
}

/**
 * Names a page declares for its site besides JSON-LD's publisher, most direct first: Open Graph's `og:site_name`
 * (https://ogp.me/#optional), HTML's `application-name` (the WHATWG standard metadata names) and Dublin Core's
 * `dc.publisher` / `dcterms.publisher` (https://www.dublincore.org/specifications/dublin-core/dcmi-terms/).
 */
const SITE_NAME_METAS = ['og:site_name', 'application-name', 'dc.publisher', 'dcterms.publisher'];

/** The marks of a copyright notice (as site-name.ts reads them). */
const COPYRIGHT_SIGN = /©|\(c\)|copyright/i;

/**
 * Whether a name is the page's host's: spelt as the host's name label is (spellsLabel: "The Example Times" for
 * extimes.com, "Example" for example.com) or the host written out ("Example.com").
 */
function namesHost(name: string, host: string): boolean {
  const lower = name.toLowerCase();
  return spellsLabel(name, nameLabel(host)) || (lower.includes('.') && (host === lower || host.endsWith(`.${lower}`)));
}

/**
 * A declared name with a tagline or sections joined on ("Name | Your daily news", "Name | Sport | Motoring"):
 * the part that names the host, else the first part — the last in a `<title>`, which ends with the site's name.
 */
function namePart(name: string, host: string | null, fromEnd = false): string {
  const parts = name
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length <= 1) return name;
  return (host === null ? undefined : parts.find((p) => namesHost(p, host))) ?? (fromEnd ? parts[parts.length - 1] : parts[0]);
}

const SEPARATOR_AT_START = new RegExp(`^${TITLE_SEPARATOR.source}`);
const SEPARATOR_AT_END = new RegExp(`${TITLE_SEPARATOR.source}$`);

/**
 * The site's name in the page's `<title>`, which CMSs write as the headline and the site's name joined by a separator
 * (WordPress and Yoast's "%title% %sep% %sitename%"; some put the site first, some a section before the headline): what
 * the title holds after a headline the page declares or shows, else before it.
 */
function titleSite(page: string | null, headlines: readonly string[], host: string | null): string | null {
  if (page === null) return null;
  const lower = page.toLowerCase();
  for (const headline of headlines) {
    const at = lower.indexOf(headline.toLowerCase());
    if (at < 0) continue;
    const after = page.slice(at + headline.length);
    if (SEPARATOR_AT_START.test(after)) return namePart(after.replace(SEPARATOR_AT_START, ''), host, true);
    const before = page.slice(0, at);
    if (SEPARATOR_AT_END.test(before)) return namePart(before.replace(SEPARATOR_AT_END, ''), host);
  }
  return null;
}

/**
 * Elements that show a headline by convention: headings, schema.org microdata's `itemprop="headline"`, and classes
 * that say title or headline (hAtom's `entry-title`, CMS templates' `article-title`, `news_title`).
 */
const HEADLINE_ELEMENT = 'h1, h2, h3, [itemprop~="headline"], [class*="title" i], [class*="headline" i]';

/**
 * The headline as the page shows it, for a page that declares none: the part of its `<title>` before (or after) a
 * separator that a headline element shows whole.
 */
function shownTitlePart(doc: HTMLDocument, page: string | null): string | null {
  if (page === null) return null;
  const parts = new Set<string>();
  for (const m of page.matchAll(new RegExp(TITLE_SEPARATOR, 'g'))) {
    parts.add(page.slice(0, m.index).trim());
    parts.add(page.slice(m.index + m[0].length).trim());
  }
  if (parts.size === 0) return null;
  for (const el of doc.body?.querySelectorAll(HEADLINE_ELEMENT) ?? []) {
    const shown = text(el.textContent);
    if (shown !== null && parts.has(shown)) return shown;
  }
  return null;
}

/**
 * The text of the page's only `<h1>`, which then heads the story (trafilatura's extract_title takes a sole `<h1>` for the
 * title first, Barbaresi 2021): where a page that declares no headline shows it, to read its dates around.
 */
function soleHeading(doc: HTMLDocument): string | null {
  const headings = doc.body?.querySelectorAll('h1') ?? [];
  return headings.length === 1 ? text(headings[0].textContent) : null;
}

/** The CMS a page says made it (`<meta name="generator">`, HTML's standard metadata name), by its name alone. */
function generatorOf(doc: HTMLDocument): string | null {
  return metaContent(doc, ['generator'])?.split(/[\s/]/)[0].toLowerCase() ?? null;
}

/**
 * The outlet among the names the page declares for its site: JSON-LD's publisher, the site-name metas, the site's
 * part of `<title>`, and the owner its copyright line names (only when it names the host, or the host is unknown: a
 * copyright owner is often a parent company). Dropped: a name that is only the host's label in lower case ("example"
 * for example.com, a CMS's slug, not the name the site prints), and the blogging platform the generator meta names
 * (Blogger's templates give "Blogger" as the publisher). Of the rest, the first that names the host — the domain is the
 * publisher's own claim, while a site-name meta can hold an edition or section ("World") — else the first. On the
 * extraction dataset's fit pages these took the outlet right from 49 to 59 of 59 (npm run eval -- --only extraction-html).
 */
function outletOf(
  doc: HTMLDocument,
  publisher: string | null,
  headlines: readonly string[],
  page: string | null,
  url: string | null,
  copyrightLineMaxChars: number,
): string | null {
  const host = url === null ? null : hostOf(url);
  const owner = copyrightOwner(copyrightLines(doc, copyrightLineMaxChars)) ?? null;
  const generator = generatorOf(doc);
  const names = [
    publisher,
    ...SITE_NAME_METAS.map((key) => metaContent(doc, [key])),
    titleSite(page, headlines, host),
    // A <title> that is only the site's name (namesSite), as it names the host: the site's name as it prints it.
    page !== null && host !== null && namesHost(page, host) ? page : null,
    owner !== null && (host === null || namesHost(owner, host)) ? owner : null,
  ]
    .filter((n): n is string => n !== null)
    .map((n) => namePart(n, host))
    .filter((n) => (host === null || n !== nameLabel(host)) && n.toLowerCase() !== generator);
  return (host === null ? undefined : names.find((n) => namesHost(n, host))) ?? names[0] ?? null;
}

/**
 * The page's lines that hold a copyright sign or word, in document order, for copyrightOwner: the element around the
 * sign ("© 2019 <a>Name</a>. All rights reserved"), or the text alone when that element is a whole block of the page.
 */
function copyrightLines(doc: HTMLDocument, lineMaxChars: number): string[] {
  const lines: string[] = [];
  if (!doc.body) return lines;
  walk(doc.body, (node) => {
    if (node.nodeType === 3 && COPYRIGHT_SIGN.test(node.textContent ?? '')) {
      const around = node.parentNode?.textContent ?? '';
      const line = text(around.length <= lineMaxChars ? around : node.textContent);
      if (line !== null) lines.push(line);
    }
    return node.nodeType === 1 && !NOT_SHOWN.has(node.nodeName);
  });
  return lines;
}

/**
 * The elements a page marks as its byline, as Mozilla Readability's byline test names them (_isValidByline): `rel=author`
 * (the HTML Living Standard's link type for the author of the article or page), an `itemprop` holding "author" (schema.org
 * microdata), or a class or id holding byline, author (hAtom's and microformats2's `author`, `p-author`), dateline or
 * writtenby.
 */
const BYLINE_ELEMENT = ['byline', 'author', 'dateline', 'writtenby']
  .flatMap((name) => [`[class*="${name}" i]`, `[id*="${name}" i]`])
  .concat(['[rel~="author" i]', '[itemprop*="author" i]'])
  .join(', ');
/**
 * A byline element's text as a reader sees it (white space collapsed), when it is short enough to be one (under
 * `bylineElementMaxChars`; its markup's text read no further than `bylineElementMaxRawChars`), else null.
 */
function shownText(el: HtmlElement, settings: HtmlSettings): string | null {
  const raw = textUpTo(el, settings.bylineElementMaxRawChars);
  const shown = raw === null ? '' : foldLine(raw);
  return shown !== '' && shown.length < settings.bylineElementMaxChars ? shown : null;
}

/**
 * The author(s) the page's first byline element (BYLINE_ELEMENT) outside its comments and not beside the story
 * (besideStory) shows, read by elementByline from
 * its text as a reader sees it (white space collapsed, under `bylineElementMaxChars`; its markup's text read no further
 * than `bylineElementMaxRawChars`, so that nested byline-named wrappers are not each read whole). Readability reads such an element
 * only while the page declares no author, and not in the parts it drops first (a template's `<header>`), so a byline
 * printed under the headline was lost where a page declares the site as its author or none.
 */
export function shownByline(doc: HTMLDocument, settings: HtmlSettings): string | null {
  for (const el of doc.body?.querySelectorAll(BYLINE_ELEMENT) ?? []) {
    // A comment's author is not the article's (Readability drops comment threads before it reads a byline), nor is a credit
    // beside the story (besideStory, asked last: it walks up the element's ancestors).
    if (inComments(el)) continue;
    const shown = shownText(el, settings);
    const byline = shown === null ? null : elementByline(shown);
    if (byline !== null && !besideStory(el)) return byline;
  }
  return null;
}

/**
 * Whether a byline element stands beside the story rather than over it: in a `<figure>` (content the story refers to, with
 * its caption and a photo's or an embed's credit; HTML Living Standard §4.4.12), an `<aside>` (content tangential to what is
 * around it, a related story's teaser or another writer's box; §4.3.5) or a sidebar, where trafilatura reads no author
 * (metaxpaths.py author_discard_xpaths: figure, "sidebar"; its test_authors: an author in a figure or a sidebar is none).
 */
function besideStory(el: HtmlElement): boolean {
  return el.closest('figure, aside, [class*="sidebar" i]') !== null;
}

/**
 * Credits the page declares or shows that name no writer of its story, folded and in lower case, for the byline Readability
 * reads, which takes JSON-LD authors of any type and the first byline-named element anywhere: the JSON-LD authors that are
 * no person (personOf), alone and as Readability joins the author list ("Jane Doe, Example Media"), and the text of the
 * byline elements beside the story (besideStory), as Readability reads one. Read before Readability, which changes the
 * document.
 */
export function creditsBesideStory(doc: HTMLDocument, settings: HtmlSettings): Set<string> {
  const credits = new Set<string>();
  const add = (credit: string | null) => {
    if (credit !== null && credit !== '') credits.add(foldLine(credit).toLowerCase());
  };
  const { byId, author } = jsonLdOf(doc);
  const all = namesOf(author, byId);
  if (all !== namesOf(author, byId, personOf)) {
    add(all);
    for (const one of asArray(author)) if (personOf(one, byId) === null) add(nameOf(one, byId));
  }
  for (const el of doc.body?.querySelectorAll(BYLINE_ELEMENT) ?? []) {
    const shown = shownText(el, settings);
    if (shown === null || !besideStory(el)) continue;
    add(shown);
    // Readability reads the element's `itemprop="name"` child when it has one.
    add(el.querySelector('[itemprop*="name"]')?.textContent ?? null);
  }
  return credits;
}

/**
 * An HTML page's metadata, from what the publisher declared for machines, most specific first:
 * JSON-LD (schema.org Article; what search engines read), then Open Graph and other `<meta>` tags,
 * `<link rel=canonical>` and `<time datetime>`. Only fields the page states are set (a layer for
 * `resolveMetadata`); nothing is guessed. Call before Readability, which changes the document.
 */
export function readHtmlMeta(doc: HTMLDocument, settings: HtmlSettings): Partial<ArticleMeta> {
  const ld = fromJsonLd(doc);
  const meta: Partial<ArticleMeta> = {};
  const url = canonicalUrl(doc) ?? metaContent(doc, ['og:url']) ?? ld.url;
  if (url && /^https?:\/\//i.test(url)) meta.url = url;
  const micro = fromMicrodata(doc);
  // Microdata's headline after the head's titles: its properties sit among the body's markup, where templates also mark
  // teasers as Article items; the head's Open Graph and Twitter titles are declared for the page as a whole.
  const parsely = fromParselyPage(doc);
  // Parse.ly's and Sailthru's titles (their analytics' metas: parsely-page's title, parsely-title, sailthru.title) only when
  // the page declares no other: they are for a publisher's dashboards, schema.org and Open Graph for every reader.
  const ownTitles = [ld.title, metaContent(doc, ['og:title']), metaContent(doc, ['twitter:title']), micro.title];
  const analyticsTitles = [parsely.title, metaContent(doc, ['parsely-title']), metaContent(doc, ['sailthru.title'])];
  const declared = (ownTitles.some((t) => !!t) ? ownTitles : analyticsTitles).filter((t): t is string => !!t);
  const page = text(doc.querySelector('title')?.textContent);
  // A page that declares no title shows its headline in a part of its <title>, the rest of which names the site.
  const shown = declared.length === 0 ? shownTitlePart(doc, page) : null;
  const outlet = outletOf(
    doc,
    ld.outlet ?? null,
    shown === null ? declared : [shown],
    page,
    meta.url ?? null,
    settings.copyrightLineMaxChars,
  );
  if (outlet) meta.outlet = outlet;
  const title = shownHeadline(doc, declared, page, outlet, meta.url ?? null, settings.sameHeadline);
  if (title) meta.title = title;
  const declaredDate = ld.published ?? dateOf(metaContent(doc, DATE_METAS)) ?? parsely.published ?? anyDateMeta(doc) ?? null;
  const published = publicationDate(doc, declaredDate, title ?? shown ?? soleHeading(doc), meta.url ?? null, settings);
  if (published) meta.published = published;
  const byline = ld.byline ?? authorMeta(doc) ?? micro.byline ?? parsely.byline;
  if (byline) meta.byline = byline;
  return meta;
}
