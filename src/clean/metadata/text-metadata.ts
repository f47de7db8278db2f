/**
 * Metadata a text scrape states about itself, read around the article the classifier kept: the
 * headline, a byline and a dateline, a URL printed on the page, the outlet (chosen among the names the page's sources
 * give, outlet-chooser.ts), and — when no date is stated — a
 * publication date inferred from the dates the article mentions, marked as inferred. Nothing is
 * invented: a field the text does not support stays unset.
 */
import { normalizeDate } from '../../corpus/normalize-date.js';
import { foldLine } from '../../corpus/shared-lines.js';
import {
  countWords,
  densestRun,
  endsInCredit,
  endsSentenceAnyScript,
  headlineOf,
  isProseLine,
  terms,
} from '../boilerplate/line-features.js';
import { chooseWrittenDate, dateCandidates, type DateModel } from './date-chooser.js';
import { hostOf } from './metadata.js';
import {
  monthDay,
  PUBLISHED,
  PUBLISH_LABEL,
  UPDATE_LABEL,
  YEARLESS,
  copyrightYear,
  dateWithoutYear,
  datelineDates,
  endsSentenceNotClock,
  inferPublished,
  labelled,
  writtenDate,
} from './written-dates.js';
import {
  AUTHOR_BIO,
  AUTHOR_CONTACT,
  BYLINE,
  DATE_THEN_NAME,
  DATE_WORD,
  FOREIGN_BYLINE,
  HANDLE_BYLINE,
  HANDLE_ONLY,
  isBylineCredit,
  KOREAN_BYLINE,
  LABEL_AFTER_NAME,
  lineUnder,
  NAMES_ONLY,
  NAME_HANDLE,
  NAME_ONLY,
  NAME_ONLY_OR_SITE,
  NAME_THEN_DATE,
  NAME_THEN_LABEL,
  READING_TIME,
  REPORTING_CREDIT,
  ROLE,
  STAFF_CREDIT,
  TRAILING_BYLINE,
  affiliationOf,
  commonWordsOnly,
  labelledCredit,
  tidyByline,
  WIRE_AGENCY,
  withoutAffiliation,
} from './byline.js';
import { chooseOutlet, outletCandidates, type OutletCandidate, type OutletModel, type OutletSource } from './outlet-chooser.js';
import {
  BRAND_SHAPED,
  MENU_SELF_NAME,
  NOT_THE_PAGE,
  SELF_NAME,
  STAFF_BIO,
  TITLE_SEPARATOR,
  copyrightOwner,
  domainAsNamed,
  domainSpelt,
  pageDomains,
  publicationOf,
  writtenDomain,
} from './site-name.js';

/** The publication date of the first of the two non-empty lines after `line` on the page that is a short dateline. */
function datelineNextTo(line: string, page: string, settings: MetadataSettings): string | undefined {
  const lines = page.split('\n').map((l) => l.trim());
  const at = lines.indexOf(line.trim());
  if (at < 0) return undefined;
  const after = lines.slice(at + 1).filter((l) => l !== '');
  for (const next of after.slice(0, 2)) {
    if (countWords(next) > settings.datelineMaxWords || (endsSentenceNotClock(next) && !DATELINE_LABEL.test(next))) continue;
    const date = datelineDates(next).published;
    if (date !== null) return date;
  }
  return undefined;
}

/** A title and its site suffix: the headline (which may hold separators of its own) and the part after the last separator. */
const TITLE_SUFFIX = new RegExp(String.raw`^(.+)${TITLE_SEPARATOR.source}((?:(?!${TITLE_SEPARATOR.source}).)+)$`, 'u');
/** A title with the site's name or a section first ("Example Gazette | <headline>", "Opinion | <headline>"). */
const TITLE_PREFIX = new RegExp(String.raw`^((?:(?!${TITLE_SEPARATOR.source}).)+)${TITLE_SEPARATOR.source}(.+)$`, 'u');
/** Whether `part` holds at least four-fifths of the headline's terms, of four or more (a two-word title matches a menu line). */
function holdsHeadline(part: string, title: string): boolean {
  const own = terms(title);
  const before = terms(part);
  return own.size >= 4 && [...own].filter((t) => before.has(t)).length >= 0.8 * own.size;
}
/**
 * The site's name from a line that is the headline with a site suffix ("<headline> | Site", "<headline> - Section -
 * Site"): the line is the headline and the suffix, or the headline, a section and the suffix (the part before the
 * first separator holds the headline, holdsHeadline), or the line starts with the headline (which may hold a separator)
 * of four terms or more; the suffix is brand-shaped (two words, or capitals or digits inside one), with a letter, up to
 * five words and not a part of the headline itself.
 */
function titleSuffix(line: string, title: string): string | undefined {
  const m = TITLE_SUFFIX.exec(line);
  const suffix = m?.[2].trim() ?? '';
  if (m === null || line === title || title.includes(suffix) || countWords(suffix) > 5 || !BRAND_SHAPED.test(suffix)) return undefined;
  const first = line.split(TITLE_SEPARATOR)[0];
  const headlineFirst = holdsHeadline(first, title) || (line.startsWith(title) && terms(title).size >= 4);
  return /\p{L}/u.test(suffix) && headlineFirst ? suffix : undefined;
}

/**
 * A headline read from a line that is the page's <title> ("<headline> | Site", or "Site | <headline>" and a section's
 * "Opinion | <headline>"), without the site's name or section, as Readability cuts it: only when that part is shaped as
 * a name (NAME_ONLY_OR_SITE), the page prints it on a line of its own furniture too (a line the cleaner dropped: the
 * copyright line, the menu), and the headline left has four terms or more.
 */
function withoutSiteSuffix(title: string, blocks: readonly string[], kept: readonly boolean[]): string {
  // As a whole name: "RT" printed inside "ART" is not the site's name.
  const printed = (b: string, site: string) => {
    for (let at = b.indexOf(site); at >= 0; at = b.indexOf(site, at + 1)) {
      if (!/[\p{L}\p{N}]/u.test(b[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(b[at + site.length] ?? '')) return true;
    }
    return false;
  };
  const suffix = TITLE_SUFFIX.exec(title);
  const prefix = TITLE_PREFIX.exec(title);
  const cuts = [
    suffix && { site: suffix[2].trim(), headline: suffix[1].trim() },
    prefix && { site: prefix[1].trim(), headline: prefix[2].trim() },
  ];
  const cut = cuts.find(
    (c) =>
      c !== null &&
      NAME_ONLY_OR_SITE.test(c.site) &&
      terms(c.headline).size >= 4 &&
      blocks.some((b, i) => !kept[i] && b !== title && printed(b, c.site)),
  );
  return cut?.headline ?? title;
}

/**
 * A story's dateline that credits a wire service or network, as AP style ("SPRINGFIELD, Ill. (AP) —"), Reuters ("BEIJING,
 * Nov 19 (Reuters) -") and CNN ("(CNN) —") open their stories: an optional place (and date) of capitalised words first,
 * the credit in brackets, a dash. "AP" is the Associated Press's own credit (AP Stylebook, "datelines").
 */
const AGENCY_DATELINE =
  /^(?:(?:\p{Lu}[\p{L}.'’-]*|\d{1,2})(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|\d{1,2})){0,5},?\s)?\((\p{Lu}[\p{L}.&]*(?:\s\p{Lu}[\p{L}.&]*){0,2})\)\s*(?:--|[-–—])\s/u;

/** The wire service's dateline that opens the story (AGENCY_DATELINE), in its first three kept blocks. */
function wireDateline(blocks: readonly string[], kept: readonly boolean[]): RegExpExecArray | undefined {
  return (
    blocks
      .filter((_, i) => kept[i])
      .slice(0, 3)
      .map((line) => AGENCY_DATELINE.exec(line))
      .find((m) => m !== null) ?? undefined
  );
}

/** The month and day (MM-DD) a wire dateline gives without its year ("WASHINGTON, Nov 19 (Reuters) -"). */
function wireDate(blocks: readonly string[], kept: readonly boolean[]): string | undefined {
  const m = YEARLESS.exec(wireDateline(blocks, kept)?.[0] ?? '');
  return m === null ? undefined : monthDay(m);
}

/**
 * The words before a dateline's label in a note under the story, as syndicated stories end (McClatchy's papers: "This story
 * was originally published November 19, 2019 5:36 PM."; "This article was first published on …").
 */
const SYNDICATION_NOTE = /^This (?:story|article|post|report|piece) (?:was|has been) (?=(?:first|originally)?\s*(?:published|posted)\b)/i;

const URL_LINE = /^(?:url\s*:?\s*)?(https?:\/\/[^\s<>"]+)$/i;
/**
 * An address's local part is at most 64 characters (RFC 5321 §4.5.3.1.1); unbounded, the pattern scanned from each
 * character of a run with no "@" to the run's end, and a 99,000-character line of "-1" took 5.6 s of its 16 s to clean.
 */
const EMAIL = /\b[\w.+-]{1,64}@((?:[\w-]+\.)+[a-z]{2,})\b/gi;
/** Mail providers: an address there says nothing about the outlet. */
const MAIL_PROVIDER = /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|aol|icloud|me|mail|gmx|proton|protonmail|yandex)\./i;

export interface TextMetadata {
  title?: string;
  byline?: string;
  published?: string;
  url?: string;
  outlet?: string;
  /** A publication date inferred from the dates the article mentions (used only when nothing states one). */
  inferredPublished?: string;
  /** The block holding the headline, so the caller can keep it out of the body. */
  headlineBlock: number | null;
  /**
   * Kept blocks that are the article's header rather than its text: above the headline, or between
   * it and the first paragraph of running text without being sentences (byline, dateline, share bar).
   */
  headerBlocks: number[];
  /** The names the page's sources give for its outlet, with the chooser's features (outlet-chooser.ts). */
  outletCandidates?: OutletCandidate[];
}

export interface MetadataSettings {
  proseMinWords: number;
  /** What a non-prose line costs the densest run of prose, in words (densestRun). */
  gapCost: number;
  /** Headlines run 3–25 words in news style; longer lines are paragraphs. */
  headlineMaxWords: number;
  /** How many blocks above the article's first kept block the headline, byline and dateline may sit. */
  headerWindow: number;
  /** A byline or dateline has at most this many words. */
  datelineMaxWords: number;
  /** How often a page prints a brand of its copyright owner for the brand to be the outlet (publicationOf). */
  brandMinCount: number;
  /** How many non-empty lines above a byline or dateline the headline may sit (headerStack). */
  headlineAboveDateline: number;
  /** What being in the header stack above or below the byline or dateline adds to a headline's score (findHeadline). */
  stackBonus: { above: number; below: number };
  /** What a headline printed again elsewhere on the page adds to its score (findHeadline). */
  repeatedHeadlineBonus: number;
  /** How many years either side of the latest year the article mentions a weekday anchor may fall (inferPublished). */
  weekdayAnchorYears: number;
  /** The fitted publication-date chooser (date-chooser.ts). */
  dateChooser: DateModel;
  /** The fitted outlet chooser (outlet-chooser.ts). */
  outletChooser: OutletModel;
}

/**
 * How well line `i` reads as the headline of the kept text after it, or null when it is not headline-shaped:
 * 2–`headlineMaxWords` words, not a sentence (a question or exclamation is a headline shape), no caption credit, and
 * at least two terms shared with the article's opening. The score is the share of its terms the opening has,
 * discounted below four terms.
 */
function headlineScore(blocks: readonly string[], kept: readonly boolean[], i: number, settings: MetadataSettings) {
  const line = blocks[i];
  const words = countWords(line);
  // A question or exclamation is a headline shape, also inside closing quotes ('… kidnapping victim: "We got her!"').
  if (
    words < 2 ||
    words > settings.headlineMaxWords ||
    /[.:;,]$/.test(line) ||
    (endsSentenceAnyScript(line) && !/[?!]["”’']?$/u.test(line))
  )
    return null;
  // A caption with its credit run in ("… He didn't get it.Credit...Doug Mills/The New York Times") is no headline.
  if (endsInCredit(line) || /\bCredit\b/.test(line)) return null;
  const own = terms(line);
  if (own.size < 2) return null;
  const opening = terms(openingAfter(blocks, kept, i));
  // Singular and plural are the same word here ("Republicans" in the headline, "Republican" in the text).
  const shared = [...own].filter((t) => opening.has(t) || opening.has(t.replace(/s$/, '')) || opening.has(`${t}s`)).length;
  // A two- or three-word line (a section name, a product) matches the article trivially: news headlines
  // run 6–12 words, so the share counts fully from four terms on.
  const score = (shared / own.size) * Math.min(1, own.size / 4);
  return shared >= 2 && score > 0.3 ? score : null;
}

/**
 * The blocks that may hold the article's header: up to `headerWindow` non-empty blocks above the article's first
 * kept block (nearest first), then those after it up to the first paragraph of running text (when the first kept
 * block is already a paragraph, only the lines above it; a question or exclamation does not close the window).
 */
function headerCandidates(blocks: readonly string[], kept: readonly boolean[], first: number, settings: MetadataSettings) {
  const candidates: { index: number; distance: number }[] = [];
  for (let i = first - 1; i >= 0 && candidates.length < settings.headerWindow; i--) {
    if (blocks[i] !== '') candidates.push({ index: i, distance: candidates.length + 1 });
  }
  for (let i = first, d = 0; i < blocks.length && d <= settings.headerWindow; i++) {
    if (blocks[i] === '') continue;
    if ((i > first || !/[?!]$/.test(blocks[i])) && kept[i] && isProseLine(blocks[i], settings.proseMinWords)) break;
    candidates.push({ index: i, distance: d++ });
  }
  return candidates;
}

/**
 * The first paragraph of running text (a kept line of prose) from block `from` on, where a story's header (headline,
 * deck, byline, dateline) ends: news templates print the dateline in the header, above the text; a short dated line
 * after that is a related story's or a photo's. The last block when there is none.
 */
function textStart(blocks: readonly string[], kept: readonly boolean[], from: number, settings: MetadataSettings): number {
  for (let i = Math.max(0, from); i < blocks.length; i++) if (kept[i] && isProseLine(blocks[i], settings.proseMinWords)) return i;
  return blocks.length;
}

/** "Published 1 day ago", "Posted Nov 18, 8:19 PM", "Updated on: …": a dateline by its label, with or without a year. */
const DATELINE_LABEL = labelled(`${PUBLISH_LABEL}|${UPDATE_LABEL}|date`);

/** A byline or dateline: a short line that credits an author or dates the page. */
export function isByOrDateline(line: string, settings: MetadataSettings): boolean {
  if (line === '' || countWords(line) > settings.datelineMaxWords) return false;
  if (BYLINE.test(line) || TRAILING_BYLINE.test(line) || /^by$/i.test(line) || DATELINE_LABEL.test(line)) return true;
  return !endsSentenceNotClock(line) && writtenDate(line) !== null;
}

/** The byline or dateline nearest the article, which the header stack is read around (headerStack). */
function stackAnchor(blocks: readonly string[], kept: readonly boolean[], first: number, settings: MetadataSettings) {
  // A line that shares two terms with the opening is about the article, not its dateline ("Opening Bell 11.18.19"),
  // unless a dateline label opens it ("Updated on: November 19, 2019 / 10:07 AM / CBS News").
  return headerCandidates(blocks, kept, first, settings).find(
    (c) =>
      isByOrDateline(blocks[c.index], settings) &&
      (DATELINE_LABEL.test(blocks[c.index]) || headlineScore(blocks, kept, c.index, settings) === null),
  )?.index;
}

/**
 * The headline by its place alone, for a header none of whose lines shares enough words with the article: templates
 * print headline, deck (a sentence that sums the story up), byline and dateline, so walking up from the byline or
 * dateline the first sentence of eight words or more is the deck, and the line above it the headline when it has a
 * headline's shape (4–`headlineMaxWords` words, no closing . : ; or comma, not all capitals, no caption credit).
 */
function headlineOverDeck(blocks: readonly string[], kept: readonly boolean[], first: number, settings: MetadataSettings) {
  const anchor = stackAnchor(blocks, kept, first, settings);
  if (anchor === undefined) return null;
  const above = blocks
    .slice(0, anchor)
    .map((_, i) => i)
    .filter((i) => blocks[i] !== '')
    .reverse()
    .slice(0, settings.headlineAboveDateline);
  const deck = above.findIndex((i) => endsSentenceAnyScript(blocks[i]) && countWords(blocks[i]) >= 8);
  const headline = deck < 0 ? undefined : above[deck + 1];
  if (headline === undefined || kept[headline]) return null;
  const line = blocks[headline];
  const words = countWords(line);
  const shaped =
    words >= 4 && words <= settings.headlineMaxWords && !/[.:;,]$/.test(line) && line !== line.toUpperCase() && !endsInCredit(line);
  return shaped ? headline : null;
}

/**
 * The lines of the header stack around the byline or dateline nearest the article, with the bonus each gets as a
 * headline: news pages print headline, an optional deck (subheadline), byline and dateline, then the lede (the top of
 * a news story as templates lay it out; on the fit pages the headline sits 1–13 non-empty lines above the byline or
 * dateline); some templates print the dateline first. So the headline is one of the `headlineAboveDateline` non-empty
 * lines above it (a share bar or a caption may sit between), or, less often, one of the two right below it before the
 * lede.
 */
function headerStack(blocks: readonly string[], kept: readonly boolean[], first: number, settings: MetadataSettings) {
  const stack = new Map<number, number>();
  const anchor = stackAnchor(blocks, kept, first, settings);
  if (anchor === undefined) return stack;
  for (let i = anchor - 1, n = 0; i >= 0 && n < settings.headlineAboveDateline; i--) {
    if (blocks[i] === '') continue;
    stack.set(i, settings.stackBonus.above);
    n++;
  }
  for (let i = anchor + 1, n = 0; i < blocks.length && n < 2 && !isProseLine(blocks[i], settings.proseMinWords); i++) {
    if (blocks[i] === '') continue;
    stack.set(i, settings.stackBonus.below);
    n++;
  }
  return stack;
}

/**
 * The headline: of the lines just above the article (and its first line) and those of its header stack (headerStack),
 * the headline-shaped one that shares most of its words with the opening of the article — the line the body is about,
 * not the first line of furniture — with the header stack's bonus and a bonus when the page prints it again. Ties go to
 * the nearer line; a deck chosen so gives way to the headline above it.
 */
function findHeadline(
  blocks: readonly string[],
  kept: readonly boolean[],
  first: number,
  page: string,
  settings: MetadataSettings,
): number | null {
  const stack = headerStack(blocks, kept, first, settings);
  const lines = new Map<number, number>(headerCandidates(blocks, kept, first, settings).map((c) => [c.index, 0.005 * c.distance]));
  for (const i of stack.keys()) if (!lines.has(i)) lines.set(i, 0);
  let best: { index: number; score: number } | null = null;
  for (const [i, penalty] of lines) {
    const shape = headlineScore(blocks, kept, i, settings);
    if (shape === null) continue;
    // Pages print their headline more than once (the <title>, a breadcrumb, a share box; Readability starts from the
    // document's <title> for the same reason); a line of a few words repeats as a menu item does, so only from four words.
    // The copy is looked for in the page text too: the blocks keep one copy of a line printed twice a few lines apart (as
    // an image's alt text and caption, boilerplate.ts), which a breadcrumb over the headline is too.
    const repeated =
      countWords(blocks[i]) >= 4 &&
      (blocks.some((b, j) => j !== i && b.includes(blocks[i])) || page.indexOf(blocks[i]) !== page.lastIndexOf(blocks[i]));
    const score = shape - penalty + (stack.get(i) ?? 0) + (repeated ? settings.repeatedHeadlineBonus : 0);
    if (best === null || score > best.score) best = { index: i, score };
  }
  if (best === null) return headlineOverDeck(blocks, kept, first, settings);
  // Headline over deck: news templates print the headline, then its deck (subheadline), then byline and dateline; a deck
  // of headline shape can share more words with the opening than the headline does. So a headline-shaped line right
  // above the line chosen, both in the stack above the dateline, is the headline, unless it is a kicker or section
  // label (under four terms, or all capitals) or a breadcrumb that ends in the line chosen.
  const { above } = settings.stackBonus;
  const upper = blocks.slice(0, best.index).findLastIndex((b) => b !== '');
  const line = upper >= 0 ? blocks[upper] : '';
  const headline =
    stack.get(best.index) === above &&
    stack.get(upper) === above &&
    headlineScore(blocks, kept, upper, settings) !== null &&
    terms(line).size >= 4 &&
    line !== line.toUpperCase() &&
    !line.includes(blocks[best.index]);
  return headline ? upper : best.index;
}

/**
 * The headline the page's <title> names: a line "<headline> - Site" or "<headline> | Section | Site" (TITLE_SEPARATOR)
 * whose part before a separator, of four or more words, the page also prints as a line of its own (the <h1>).
 * Readability starts its title from the document's <title> and cuts such a suffix; a page that prints both says which
 * of its lines is the headline. Its block, and the part as the title; else, when the part is a line of its own only in
 * the file as scraped, the block its line was run into, with the part as the title: a dump of text nodes (BeautifulSoup's
 * get_text("\n"), which prints the <title> first) has each element's text a line and no blank lines between, so a
 * label over a headline that starts with a digit ("Search" / "2020 Audi …") and a date under it ("20 Nov, 2019 05:47")
 * are read as the lines of one sentence (toBlocks, joinTextNodes). On the 59 fit pages so dumped, 5 headlines are read
 * so that were lost (45 → 50 of 59); none of the benchmark's 136 scrapes reads a headline so.
 */
function titledHeadline(blocks: readonly string[], page: string): { index: number; title: string } | null {
  const separators = new RegExp(TITLE_SEPARATOR.source, 'gu');
  // Each line's first place: a head is shorter than the line it is cut from, so it is never that line.
  const at = new Map<string, number>();
  blocks.forEach((b, k) => at.set(b, at.get(b) ?? k));
  const heads = blocks.flatMap((block, k) =>
    [...block.matchAll(separators)].map((m) => ({ k, head: block.slice(0, m.index) })).filter((h) => countWords(h.head) >= 4),
  );
  for (const { head } of heads) {
    const own = at.get(head);
    if (own !== undefined) return { index: own, title: head };
  }
  // The page's lines with their whitespace folded, as toBlocks folds a block's.
  const lines = new Set(page.split('\n').map(foldLine));
  for (const { k, head } of heads) {
    if (!lines.has(head)) continue;
    const holder = blocks.findIndex((b, j) => j !== k && b.includes(head));
    if (holder >= 0) return { index: holder, title: head };
  }
  return null;
}

/**
 * The headline by its place when no line shares enough words with the article to be read as one (a feature's headline, "The
 * quiet fight over what a city owes its children"): news templates print the headline over the story, so the nearest
 * line above the first kept block, not kept itself, of a headline's shape (4–`headlineMaxWords` words, no closing . : ;
 * or comma, no caption credit, no byline or dateline) that shares a term with the opening. Share bars between are passed
 * over.
 */
function nearestHeadline(blocks: readonly string[], kept: readonly boolean[], first: number, settings: MetadataSettings) {
  const opening = terms(openingAfter(blocks, kept, first - 1));
  for (let i = first - 1, seen = 0; i >= 0 && seen < settings.headerWindow; i--) {
    const line = blocks[i];
    if (line === '' || kept[i]) continue;
    seen++;
    const words = countWords(line);
    if (words < 4 || words > settings.headlineMaxWords || /[.:;,]$/.test(line) || endsInCredit(line)) continue;
    if (isByOrDateline(line, settings)) continue;
    if ([...terms(line)].some((t) => opening.has(t))) return i;
  }
  return null;
}

/** The first ~300 words of the kept text after block `i`: what a headline at `i` announces. */
function openingAfter(blocks: readonly string[], kept: readonly boolean[], i: number): string {
  let text = '';
  for (let j = i + 1; j < blocks.length && text.length < 2000; j++) if (kept[j]) text += `${blocks[j]}\n`;
  return text;
}

/**
 * The names a page's sources give for the site, each read as before the chooser (outlet-chooser.ts) weighed them: the
 * site naming itself (SELF_NAME), its staff's affiliation on the byline or in an author's bio, the <title>'s suffix, the
 * copyright owner and the publication it stands for (publicationOf), a menu item naming the site (MENU_SELF_NAME), the
 * page's domain, one it writes or an e-mail address's as the name the page prints for it, a name spelt as a domain the
 * page shows (`shown`, pageDomains; domainSpelt), and the wire service its dateline credits.
 */
function outletReadings(
  blocks: readonly string[],
  kept: readonly boolean[],
  page: string,
  knownUrl: string | null,
  meta: TextMetadata,
  owner: string | undefined,
  creditLine: string | undefined,
  settings: MetadataSettings,
  shown: readonly string[],
): { source: OutletSource; name: string | undefined }[] {
  const domains = [
    hostOf(knownUrl ?? meta.url ?? '') ?? undefined,
    writtenDomain(page),
    [...page.matchAll(EMAIL)].map((m) => m[1].toLowerCase()).find((d) => !MAIL_PROVIDER.test(d)),
  ];
  const agency = wireDateline(blocks, kept)?.[1];
  return [
    ...blocks
      .flatMap((b) => SELF_NAME.map((re) => re.exec(b)?.[1].replace(/['’]s$/u, '')))
      .map((name) => ({ source: 'self' as const, name })),
    { source: 'staff', name: affiliationOf(creditLine ?? '') },
    ...blocks.map((b, i) => ({ source: 'staff' as const, name: kept[i] ? undefined : STAFF_BIO.exec(b)?.[1].replace(/\.+$/, '') })),
    ...blocks.map((b) => ({ source: 'title' as const, name: meta.title === undefined ? undefined : titleSuffix(b, meta.title) })),
    { source: 'owner', name: owner === undefined ? undefined : publicationOf(owner, page, settings.brandMinCount) },
    { source: 'owner', name: owner },
    ...blocks
      .flatMap((b) => MENU_SELF_NAME.map((re) => re.exec(b)?.[1]))
      .map((name) => ({
        source: 'menu' as const,
        name: name !== undefined && BRAND_SHAPED.test(name) ? name : undefined,
      })),
    ...domains.map((d) => ({ source: 'domain' as const, name: d === undefined ? undefined : domainAsNamed(d, page) })),
    { source: 'domain', name: domainSpelt(page, shown) },
    { source: 'agency', name: agency === 'AP' ? 'Associated Press' : agency },
  ];
}

/**
 * Reads the metadata of a scrape from its blocks (toBlocks), which of them the classifier kept, and
 * the whole page text (for e-mail addresses, which the byline reader removes from the blocks, and the headline's copies).
 * `knownUrl` is the page address a header or catalogue states, for the outlet's domain; `authorLine` the "By" line the
 * byline reader took out of the blocks (byline.ts), for the outlet a staff byline names.
 */
export function readTextMetadata(
  blocks: readonly string[],
  kept: readonly boolean[],
  page: string,
  knownUrl: string | null,
  settings: MetadataSettings,
  authorLine?: string,
): TextMetadata {
  const first = kept.indexOf(true);
  const meta: TextMetadata = { headlineBlock: null, headerBlocks: [] };
  let bylineLine: string | undefined;
  const owner = copyrightOwner(blocks);
  if (first >= 0) {
    // No headline-shaped line near the first kept block (a menu item kept first, or a photo gallery between headline
    // and article): the headline the classifier's features placed above the densest run of prose (headlineOf), when
    // it is not kept as text.
    const run = densestRun(blocks, settings.proseMinWords, settings.gapCost);
    const placed = headlineOf(blocks, run);
    const usable = placed >= 0 && !kept[placed] && terms(blocks[placed]).size >= 4 && !/^[-–—•*]/u.test(blocks[placed]);
    const titled = titledHeadline(blocks, page);
    const near = titled?.index ?? findHeadline(blocks, kept, first, page, settings);
    const headline = near ?? (usable ? placed : null);
    if (headline !== null) {
      meta.headlineBlock = headline;
      // A slideshow's counter run into the headline ("… highlight L.A. Auto Show 1 / 23") is not part of it.
      meta.title = withoutSiteSuffix((titled?.title ?? blocks[headline]).replace(/\s+\d{1,3}\s*\/\s*\d{1,3}$/, ''), blocks, kept);
      for (let i = 0; i < headline; i++) if (kept[i]) meta.headerBlocks.push(i);
      // Between the headline and the first paragraph, the header is its short lines (byline, dateline, share
      // bar): a longer line is the article's opening even when the scrape lost its full stop.
      // (Only under a headline read there: below one placed from afar, the first kept lines are the article's.)
      for (let i = headline + 1; near !== null && i < blocks.length && !(kept[i] && isProseLine(blocks[i], settings.proseMinWords)); i++) {
        if (kept[i] && !endsSentenceNotClock(blocks[i]) && countWords(blocks[i]) <= settings.datelineMaxWords) meta.headerBlocks.push(i);
      }
    }
    // Still none (a menu item kept first, the headline far below it): the header of the densest run of prose is searched
    // as the first kept block's is. Its headline is the title only: the kept lines above it stay the body's.
    const far = headline === null && run.start > first ? findHeadline(blocks, kept, run.start, page, settings) : null;
    if (far !== null && !kept[far]) meta.title = blocks[far];
    // Still none: the line right over the story, as news style prints the headline (nearestHeadline).
    if (meta.title === undefined) {
      const over = nearestHeadline(blocks, kept, first, settings);
      if (over !== null) meta.title = blocks[over];
    }
    // Byline and dateline: near the headline, or above the article's first kept block when no headline
    // was found (templates print "PUBLISHED: <date>" between the headline and a photo); short lines only.
    let updated: string | undefined;
    let yearless: string | undefined;
    const creditUnderBy = authorLine === undefined ? undefined : lineUnder(page, authorLine);
    // A dateline in the header gives the page's date without its year ("Published 1 day ago", "Monday 5:30PM").
    let ageShown = false;
    // Read around an anchor (the headline, else the first kept block) up to block `last`.
    const readHeader = (anchor: number | null, last: number) => {
      let from = Math.max(0, (anchor ?? first) - 3);
      for (let seen = 0; anchor === null && from > 0 && seen < settings.headerWindow; from--) if (blocks[from - 1] !== '') seen++;
      const to = Math.min(blocks.length - 1, last);
      // The dateline is the header's, above the story's text (textStart).
      const text = textStart(blocks, kept, anchor === null ? first : anchor + 1, settings);
      for (let i = from; i <= to; i++) {
        const line = blocks[i];
        if (line === '' || i === anchor || countWords(line) > settings.datelineMaxWords) continue;
        const by =
          BYLINE.exec(line) ??
          TRAILING_BYLINE.exec(line) ??
          (writtenDate(line) !== null ? HANDLE_BYLINE.exec(line) : HANDLE_ONLY.exec(line));
        if (by !== null && meta.byline === undefined) {
          meta.byline = tidyByline(by[1], line).replace(LABEL_AFTER_NAME, '');
          bylineLine = line;
        }
        if (meta.byline === undefined) {
          // "By" on a line of its own with the name on the next ("By" / "Sarah E. Needleman"); a name with the
          // date after it on its line ("Chris Davies - Nov 19, 2019, 10:31 pm CST").
          const next = blocks.slice(i + 1).find((b) => b !== '') ?? '';
          const sameLine = NAME_THEN_LABEL.exec(line) ?? NAME_THEN_DATE.exec(line);
          const dateFirst = DATE_THEN_NAME.exec(line);
          const foreign = FOREIGN_BYLINE.exec(line);
          if (/^by$/i.test(line) && NAME_ONLY.test(next)) meta.byline = next;
          else if (foreign !== null) meta.byline = foreign[1];
          // "Updated Monday 11:11 PM EST Nov 19, 2019" is a dateline, not a name and its date; a role is no name ("Staff
          // Reporter 10:23, 19 Nov 2019" is the line under the author's), nor a heading of common words with a date
          // ("Morning Briefing 11.19.19", a newsletter's: commonWordsOnly).
          else if (
            sameLine !== null &&
            !DATE_WORD.test(sameLine[1]) &&
            !ROLE.test(sameLine[1]) &&
            !commonWordsOnly(sameLine[1]) &&
            (writtenDate(sameLine[2]) !== null || READING_TIME.test(sameLine[2]) || DATELINE_LABEL.test(sameLine[2]))
          )
            meta.byline = sameLine[1];
          else if (dateFirst !== null && !DATE_WORD.test(dateFirst[1]) && !commonWordsOnly(dateFirst[1])) meta.byline = dateFirst[1];
          else meta.byline = labelledCredit(line) ?? STAFF_CREDIT.exec(line)?.[1] ?? NAME_HANDLE.exec(line)?.[1];
        }
        // A dateline is not a sentence: "The deal was signed on 4 June 2019." is news, not a date of publication.
        const dateline = !endsSentenceNotClock(line) || DATELINE_LABEL.test(line);
        if (!dateline || meta.published !== undefined || i > text) continue;
        const dates = datelineDates(line);
        if (dates.published === null && dates.updated === null && dates.yearless === null) ageShown ||= dateWithoutYear(line);
        if (dates.published !== null) meta.published = dates.published;
        updated ??= dates.updated ?? undefined;
        yearless ??= dates.yearless ?? undefined;
      }
      // A name alone on its line right under the headline or right above a dateline ("Anna Menin", "David Ehrlich" /
      // "Nov 13, 2019 4:26 pm"), between the headline and the first paragraph: the byline without its "By".
      const below = anchor === null ? [] : blocks.map((_, i) => i).filter((i) => i > anchor && blocks[i] !== '');
      for (let n = 0; meta.byline === undefined && n < Math.min(below.length, settings.headerWindow); n++) {
        const line = blocks[below[n]];
        if (kept[below[n]] && isProseLine(line, settings.proseMinWords)) break;
        // The dateline may follow the name's role, handle or outlet on a line of its own ("Jane Doe" / "Staff Writer" / "Nov
        // 19, 2019": isBylineCredit), and blog themes print the date first, then the author ("November 19, 2019" / "Jane Doe").
        const isDateline = (k: number) => {
          const other = below[k] === undefined ? '' : blocks[below[k]];
          return (
            other !== '' && countWords(other) <= settings.datelineMaxWords && (DATELINE_LABEL.test(other) || writtenDate(other) !== null)
          );
        };
        const roleNext = below[n + 1] !== undefined && isBylineCredit(blocks[below[n + 1]]);
        // Read only for a name (writtenDate runs the date parsers).
        const dated = () => isDateline(n + 1) || (roleNext && isDateline(n + 2)) || (n > 0 && isDateline(n - 1));
        // A role after the name goes ("Tom Krisher, Ap Auto Writer"), as tidyByline takes it off, and so does the outlet
        // of a staff credit ("VICTOR TANGERMANN, FUTURISM 18 NOV 2019").
        const tidied = tidyByline(line);
        const name = withoutAffiliation(tidied);
        // The site's name printed under the headline (the owner its copyright line names) is no author's, nor is a wire
        // agency's (WIRE_AGENCY) or the credit line under the "By" line the byline reader took out: AP style sets the
        // agency or outlet there ("By Jane Doe" / "Associated Press"), not another author.
        const site =
          (owner !== undefined && name.toLowerCase() === owner.toLowerCase()) || WIRE_AGENCY.test(name) || line === creditUnderBy;
        // Undated, only the line right under the headline, and no heading of common words (a share bar's "Share This
        // Article", a box's "Most Read" under a headline read off another story): commonWordsOnly.
        const placed = () => (n === 0 && !commonWordsOnly(name)) || dated();
        if ((NAME_ONLY.test(name) || NAMES_ONLY.test(name)) && !DATE_WORD.test(name) && !ROLE.test(name) && !site && placed()) {
          meta.byline = name;
          bylineLine = line;
        }
      }
    };
    readHeader(headline, Math.max(headline ?? first, first) + settings.headerWindow);
    // A page that prints its headline again (a gallery's copy "… highlight L.A. Auto Show 1 / 23" read as the headline,
    // the story's own header higher up) may have its byline and dateline under the other copy only.
    const copy = headline === null ? -1 : blocks.findIndex((b, j) => j !== headline && b === meta.title);
    if (copy >= 0 && (meta.byline === undefined || meta.published === undefined)) readHeader(copy, copy + settings.headerWindow);
    // A headline read off another story (a related headline over the article's own header) leaves the byline unread: it
    // is then read above the article's first kept block, as when no headline is found; the dates read stay as they are.
    if (meta.byline === undefined && authorLine === undefined && headline !== null) {
      const read = { published: meta.published, updated, yearless, bylineLine };
      readHeader(null, first + settings.headerWindow);
      ({ published: meta.published, updated, yearless, bylineLine } = read);
    }
    // Korean papers sign a story at its end (KOREAN_BYLINE), under the article rather than in its header.
    for (let i = 0; meta.byline === undefined && i < blocks.length; i++) meta.byline = KOREAN_BYLINE.exec(blocks[i])?.[1];
    // Else the author's one-line bio (AUTHOR_BIO), contact line (AUTHOR_CONTACT) or a wire story's reporting credit
    // (REPORTING_CREDIT), off a line the cleaner dropped or the story's last line (a bio follows the story; inside it,
    // such a sentence is about someone else), unless a "By" line elsewhere names the author.
    const last = kept.lastIndexOf(true);
    for (let i = 0; meta.byline === undefined && authorLine === undefined && i < blocks.length; i++) {
      if (!kept[i] || i === last)
        meta.byline = [AUTHOR_BIO, ...AUTHOR_CONTACT, REPORTING_CREDIT].map((re) => re.exec(blocks[i])?.[1]).find((n) => n);
    }
    // A dateline printed under the article ("First published on November 19, 2019 / 8:16 AM", "This story was originally
    // published November 19, 2019 5:36 PM."), labelled as such;
    // else the date the page was last updated, when that is the only date its header shows.
    for (let i = (headline ?? first) + 1; meta.published === undefined && i < blocks.length; i++) {
      const line = blocks[i].replace(SYNDICATION_NOTE, '');
      if (PUBLISHED.test(line) && countWords(line) <= settings.datelineMaxWords)
        meta.published = datelineDates(line).published ?? undefined;
    }
    // The dateline printed with the "By" line the byline reader took out (templates print byline and dateline together:
    // "By Scott Gordon" / "Published Nov 18, 2019 at 4:07 PM | Updated …"), when that line has no date of its own.
    if (meta.published === undefined && authorLine !== undefined && writtenDate(authorLine) === null) {
      meta.published = datelineNextTo(authorLine, page, settings);
    }
    meta.published ??= updated;
    // A dateline without its year is of the year the page was served: AP style leaves the year out of dates in the
    // current year, and the copyright line gives that year. The year is inferred, so the date is marked so.
    yearless ??= wireDate(blocks, kept);
    const year = meta.published === undefined && yearless !== undefined ? copyrightYear(page) : null;
    if (year !== null && normalizeDate(`${year}-${yearless}`) !== null) meta.inferredPublished = `${year}-${yearless}`;
    // Else the date the fitted chooser finds most probable of all the page writes (date-chooser.ts), when no dateline
    // above was read, the author line has no date of its own (clean-article.ts reads that one), and the header gives no
    // date without its year: then the page's own date is not written in full, and another it writes is not the page's.
    if (
      meta.published === undefined &&
      meta.inferredPublished === undefined &&
      !ageShown &&
      (authorLine === undefined || writtenDate(authorLine) === null)
    )
      meta.published = chooseWrittenDate(dateCandidates(blocks, kept, headline, authorLine, settings), settings.dateChooser);
  }
  // The page's address as its share box prints it; a link in the article's own text is a source it cites.
  for (const [i, line] of blocks.entries()) {
    const m = kept[i] ? null : URL_LINE.exec(line);
    const host = m ? hostOf(m[1]) : null;
    if (m && host !== null && !NOT_THE_PAGE.test(host)) {
      meta.url = m[1];
      break;
    }
  }
  // Every name a source gives for the site; the fitted chooser (outlet-chooser.ts) takes one, or none.
  // The hosts the page shows, read once for the domain-spelt name and for the chooser's spellsDomain.
  const shown = pageDomains(page);
  const readings = outletReadings(blocks, kept, page, knownUrl, meta, owner, bylineLine ?? authorLine, settings, shown);
  meta.outletCandidates = outletCandidates(readings, page, shown);
  meta.outlet = chooseOutlet(meta.outletCandidates, settings.outletChooser) ?? undefined;
  const inferred =
    meta.inferredPublished === undefined
      ? inferPublished(blocks.filter((_, i) => kept[i]).join('\n\n'), settings.weekdayAnchorYears)
      : null;
  if (inferred !== null) meta.inferredPublished = inferred;
  return meta;
}
