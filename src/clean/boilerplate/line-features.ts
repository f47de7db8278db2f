/**
 * What a line of a text scrape looks like, as numbers a fitted model weighs (src/clean/boilerplate/boilerplate.ts,
 * eval/fit-cleaner.ts). The features are the ones the boilerplate literature found to separate
 * article text from page furniture without the HTML:
 * - length, stop-word density and sentence-ending punctuation (jusText: Pomikálek 2011, ch. 3);
 * - share of capitalised words and link-list shape (menus and headline lists are Title Case runs);
 * - distance from the densest run of prose, and past its end (boilerpipe's "main content block":
 *   Kohlschütter et al. 2010; trafilatura's fallback on the largest text block);
 * - the neighbours' prose (jusText's context-sensitive pass: a short line between two paragraphs is
 *   part of the article, one between menus is not);
 * - repetition (a line that occurs twice in a page is a template element or an alt-text/caption pair) and
 *   a line that other pages of the corpus also have (a site's template: boilerpipe/trafilatura;
 *   src/corpus/shared-lines.ts);
 * - where the headline is (the issue's "similarity to the headline"): lines above it are the page's
 *   header and menus, the lede follows it (headlineOf);
 * - a caption's run-in photo credit (AP caption style) and numbered list items;
 * - the vocabulary of page furniture (share, subscribe, comments, copyright, cookies) and the openers of
 *   comment sections ("N responses to", "X says:", "Leave a reply").
 * Scripts written without spaces (Chinese, Japanese) count a word per two characters, the usual mean
 * word length of Chinese and Japanese text, and "。！？" end their sentences.
 */
import { STOP_WORDS } from '../../lexicon/stop-words.js';
import { foldLine } from '../../corpus/shared-lines.js';

/** Frequent function words of the other languages news pages are written in (the head of jusText's stoplists). */
const OTHER_STOP_WORDS = [
  // German
  'der',
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'mit',
  'den',
  'dem',
  'ein',
  'eine',
  'auf',
  'sich',
  'auch',
  'von',
  'zu',
  'es',
  'im',
  'für',
  'sie',
  'er',
  'wir',
  'wie',
  'aber',
  'oder',
  'wenn',
  'bei',
  'nach',
  'aus',
  'noch',
  'wird',
  'sind',
  'hat',
  'dass',
  // French, Italian, Spanish, Portuguese
  'le',
  'la',
  'les',
  'des',
  'du',
  'un',
  'une',
  'et',
  'est',
  'que',
  'qui',
  'dans',
  'pour',
  'pas',
  'sur',
  'avec',
  'il',
  'elle',
  'au',
  'il',
  'lo',
  'gli',
  'di',
  'da',
  'che',
  'non',
  'per',
  'con',
  'una',
  'sono',
  'della',
  'del',
  'nel',
  'alla',
  'anche',
  'come',
  'si',
  'el',
  'los',
  'las',
  'y',
  'en',
  'por',
  'con',
  'para',
  'es',
  'se',
  'lo',
  'su',
  'al',
  'más',
  'pero',
  'como',
  'o',
  'o',
  'os',
  'as',
  'e',
  'do',
  'da',
  'dos',
  'das',
  'em',
  'no',
  'na',
  'um',
  'uma',
  'para',
  'com',
  'não',
  'que',
  'se',
  'mais',
  // Russian
  'и',
  'в',
  'не',
  'на',
  'что',
  'с',
  'по',
  'как',
  'это',
  'к',
  'из',
  'но',
  'у',
  'за',
  'о',
  'от',
  'же',
  'так',
  'для',
  'он',
  'она',
  'они',
  'мы',
  'был',
  'была',
  'было',
  'все',
  'его',
  'ее',
  'их',
  'то',
  'а',
  'бы',
  'или',
  'уже',
  'при',
  // Indonesian
  'yang',
  'dan',
  'di',
  'ke',
  'dari',
  'ini',
  'itu',
  'dengan',
  'untuk',
  'tidak',
  'dalam',
  'akan',
  'pada',
  'juga',
  'ada',
  'oleh',
];
const STOPS = new Set([...STOP_WORDS, ...OTHER_STOP_WORDS]);

/** Han, Hiragana, Katakana, Hangul syllables: Hangul is written with spaces, the others are not. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Terminal punctuation, Latin and CJK, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]」』）]*$/u;
/** Words of page furniture, in the languages of the pages: sharing, accounts, ads, cookies, comments. */
const FURNITURE_WORDS =
  /\b(?:share|shares|tweet|facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|e-mail|print|subscribe|subscription|newsletter|sign (?:in|up)|log ?in|register|cookies?|privacy|terms of (?:use|service)|advertis\w*|sponsored|copyright|all rights reserved|follow us|read more|related|recommended|comments?|reply|replies|login|menu|search|home|previous|next|tags?|categor(?:y|ies))(?!\p{L})|©/iu;
/**
 * Openers of a comment section, in the wording of WordPress, Disqus and forum templates: "34 responses
 * to …", "[ 167 comments ]", "Leave a Reply", "Join the discussion", "X says: <date>", "Rating: 36 Votes".
 * Only forms with a count or a call to reply: a bare "Comments" is also a menu item at the top.
 */
const COMMENT_OPENER =
  /^(?:[[(]\s*)?(?:\d[\d,.]*\s+(?:responses?|comments?|replies|thoughts|reactions)\b(?:\s+(?:to|on)\b|\s*[\])]?\s*$)|(?:leave|post|add|write) a (?:reply|comment)|join the (?:discussion|conversation)|show (?:all )?comments|reader comments)/iu;
/** A commenter's header: "name says: November 19, 2019 at 6:34 am", "name says:"; a vote count. */
const COMMENT_LINE = /^\S.{0,60}\bsays:(?:\s+\S.{0,40})?$|^rating:\s*[+-]?\d+\s+votes?$/iu;

/** Where the comment section starts: the first comment opener or commenter line; -1 when none. */
export function commentStart(lines: readonly string[]): number {
  return lines.findIndex((l) => {
    const t = foldLine(l);
    return t !== '' && (COMMENT_OPENER.test(t) || COMMENT_LINE.test(t));
  });
}
/** A list item: html-to-text prefixes them with a space; other scrapers with a bullet. */
const LIST_ITEM = /^(?:\s|[•·▪▫►▸◦‣∙*–—-]\s|\d{1,3}[.)]\s+\S)/u;
/**
 * A caption's credit after its last sentence: "… harming air quality. Sakib Ali/Hindustan Times/Getty Images",
 * "… this week. Berkeley Earth" — the AP caption form (caption sentences, then the credit line run in).
 */
const TRAILING_CREDIT = /[.!?]["'”’)]?\s+(?:\p{Lu}[\p{L}'’.&-]*(?:[\s/]+|$)){1,8}$/u;

export interface LineFeatures {
  /** log(1 + words). */
  logWords: number;
  stopDensity: number;
  endsSentence: number;
  /** Share of words (of letters) that start with a capital. */
  capitalised: number;
  /** Share of characters that are digits. */
  digits: number;
  listItem: number;
  /** A word sequence repeated inside the line: menus and share bars squeezed onto one line. */
  repeatedBigrams: number;
  furnitureWord: number;
  /** Nothing but furniture words and numbers ("Comments0", "Share", "Print 12"). */
  furnitureOnly: number;
  /** The line's text occurs more than once on the page. */
  repeated: number;
  /** The line's text occurs on another page of the corpus too (a template's menu, footer, sign-up box). */
  sharedAcrossPages: number;
  /** log(1 + lines) from the densest run of prose; 0 inside it. */
  distanceFromMain: number;
  /** Before (1) the densest run of prose, 0 inside or after it. */
  beforeMain: number;
  /** log(1 + lines) after the end of the densest run of prose; 0 before or inside it. */
  distanceAfterMain: number;
  trailingCredit: number;
  /** The previous / next non-empty line is prose. */
  prevProse: number;
  nextProse: number;
  /** Relative position on the page, 0 at the top, 1 at the bottom. */
  position: number;
  /** Share of the line's content words that are in the headline (headlineOf); 0 without one. */
  headlineOverlap: number;
  /** log(1 + non-empty lines) after the headline; 0 above it or without one. */
  afterHeadline: number;
  /** Above the headline. */
  aboveHeadline: number;
}

export const FEATURE_NAMES: readonly (keyof LineFeatures)[] = [
  'logWords',
  'stopDensity',
  'endsSentence',
  'capitalised',
  'digits',
  'listItem',
  'repeatedBigrams',
  'furnitureWord',
  'furnitureOnly',
  'repeated',
  'sharedAcrossPages',
  'distanceFromMain',
  'beforeMain',
  'distanceAfterMain',
  'trailingCredit',
  'prevProse',
  'nextProse',
  'position',
  'headlineOverlap',
  'afterHeadline',
  'aboveHeadline',
];

/** The words of a text: its runs of letters and digits, lower-cased. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function contentWords(text: string): string[] {
  return wordsOf(text).filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
}

/** A string of characters of an unspaced script (CJK) as overlapping pairs, so that overlap works there too. */
export function terms(text: string): Set<string> {
  const words = contentWords(text);
  const out = new Set<string>();
  for (const w of words) {
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w) && w.length > 2) {
      for (let i = 0; i + 2 <= w.length; i++) out.add(w.slice(i, i + 2));
    } else out.add(w);
  }
  return out;
}

/** A caption with its photo credit run in after the last sentence (TRAILING_CREDIT). */
export function endsInCredit(line: string): boolean {
  return TRAILING_CREDIT.test(line);
}

/** Words of a line: whitespace-separated words, plus one per two characters of unspaced script. */
export function countWords(line: string): number {
  const unspaced = line.match(UNSPACED)?.length ?? 0;
  const spaced = line
    .replace(UNSPACED, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + unspaced / 2;
}

export function endsSentenceAnyScript(line: string): boolean {
  return SENTENCE_END.test(line.trimEnd());
}

/** A list item: a bulleted or numbered line ("• …", "- …", "3. …", "3) …"), or one the scrape indents. */
export function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** Running text (jusText's "good" paragraph): a sentence end and enough words. */
export function isProseLine(line: string, minWords: number): boolean {
  return endsSentenceAnyScript(line) && countWords(line) >= minWords;
}

/** A line's whitespace-separated words, punctuation trimmed and case kept (its capitals are a feature). */
function words(line: string): string[] {
  return line
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/**
 * The densest run of prose, as the maximum-sum run of lines (Kadane) where a prose line scores its
 * word count and any other non-empty line costs `gapCost` words: the article body is the longest
 * stretch of running text that furniture interrupts only briefly.
 */
export function densestRun(lines: readonly string[], minWords: number, gapCost: number): { start: number; end: number } {
  // end < start (−1) when the text has no prose line at all.
  let best = { start: 0, end: -1, sum: 0 };
  let sum = 0;
  let start = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const score = isProseLine(line, minWords) ? countWords(line) : -gapCost;
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += score;
    if (sum > best.sum) best = { start, end: i, sum };
  });
  return { start: best.start, end: best.end };
}

export interface FeatureSettings {
  /** Words for a line to count as prose (for the densest run and the neighbours). */
  proseMinWords: number;
  /** What a non-prose line costs the densest run, in words. */
  gapCost: number;
}

/**
 * The headline before the classifier has decided anything: the headline-shaped line (2–25 words, not
 * a sentence) above the densest run of prose that shares the largest share of its words with that
 * run — the line the article is about (the "similarity to the headline"; the same reading as
 * text-metadata.ts's, which then works on the classifier's decisions). -1 when none shares two words.
 */
export function headlineOf(lines: readonly string[], main: { start: number; end: number }): number {
  if (main.end < 0) return -1;
  const body = terms(lines.slice(main.start, main.end + 1).join('\n'));
  let best = { index: -1, score: 0 };
  for (let i = 0; i <= main.start; i++) {
    const line = foldLine(lines[i]);
    const count = countWords(line);
    if (count < 2 || count > 25 || /[.:;,]$/.test(line)) continue;
    const own = terms(line);
    const shared = [...own].filter((t) => body.has(t)).length;
    const score = own.size === 0 ? 0 : shared / own.size;
    if (shared >= 2 && score >= best.score) best = { index: i, score };
  }
  return best.index;
}

/** Features of every line of `lines` (blank lines get features too, and are ignored by the classifier). */
export function lineFeatures(lines: readonly string[], settings: FeatureSettings, shared: ReadonlySet<string> = new Set()): LineFeatures[] {
  const n = lines.length;
  const trimmed = lines.map(foldLine);
  const counts = new Map<string, number>();
  for (const l of trimmed) if (l !== '') counts.set(l, (counts.get(l) ?? 0) + 1);
  // The article comes before its comments: the densest run is looked for above the comment section
  // when there is running text there (a long discussion is often denser prose than the article).
  const comments = commentStart(lines);
  const above = comments > 0 ? densestRun(lines.slice(0, comments), settings.proseMinWords, settings.gapCost) : null;
  const main = above !== null && above.end >= 0 ? above : densestRun(lines, settings.proseMinWords, settings.gapCost);
  // The nearest non-empty line before and after each line, in two linear passes.
  const prevLine = new Array<number>(n).fill(-1);
  const nextLine = new Array<number>(n).fill(-1);
  for (let i = 1, last = -1; i < n; i++) prevLine[i] = last = trimmed[i - 1] !== '' ? i - 1 : last;
  for (let i = n - 2, last = -1; i >= 0; i--) nextLine[i] = last = trimmed[i + 1] !== '' ? i + 1 : last;
  const prose = trimmed.map((l) => isProseLine(l, settings.proseMinWords));
  const headline = headlineOf(trimmed, main);
  const headlineTerms = headline >= 0 ? terms(trimmed[headline]) : new Set<string>();
  const nonEmptyBefore = new Array<number>(n).fill(0);
  for (let i = 1; i < n; i++) nonEmptyBefore[i] = nonEmptyBefore[i - 1] + (trimmed[i - 1] !== '' ? 1 : 0);
  return trimmed.map((line, i) => {
    const ws = words(line);
    const count = countWords(line);
    const letters = ws.filter((w) => /^\p{L}/u.test(w));
    const caps = letters.filter((w) => /^\p{Lu}/u.test(w)).length;
    const stops = ws.filter((w) => STOPS.has(w.toLowerCase())).length;
    const bigrams = ws.slice(1).map((w, k) => `${ws[k].toLowerCase()} ${w.toLowerCase()}`);
    const distinct = new Set(bigrams).size;
    const prev = prevLine[i];
    const next = nextLine[i];
    const distance = main.end < 0 ? 0 : i < main.start ? main.start - i : i > main.end ? i - main.end : 0;
    return {
      logWords: Math.log1p(count),
      stopDensity: ws.length === 0 ? 0 : stops / ws.length,
      endsSentence: endsSentenceAnyScript(line) ? 1 : 0,
      capitalised: letters.length === 0 ? 0 : caps / letters.length,
      digits: line.length === 0 ? 0 : (line.match(/\p{N}/gu)?.length ?? 0) / line.length,
      listItem: isListItem(lines[i]) ? 1 : 0,
      repeatedBigrams: bigrams.length < 4 ? 0 : 1 - distinct / bigrams.length,
      furnitureWord: FURNITURE_WORDS.test(line) ? 1 : 0,
      furnitureOnly: ws.length > 0 && ws.length <= 4 && ws.every((w) => FURNITURE_WORDS.test(w) || /^\p{N}+$/u.test(w)) ? 1 : 0,
      repeated: (counts.get(line) ?? 0) > 1 ? 1 : 0,
      sharedAcrossPages: shared.has(line) ? 1 : 0,
      distanceFromMain: Math.log1p(distance),
      beforeMain: i < main.start ? 1 : 0,
      distanceAfterMain: main.end >= 0 && i > main.end ? Math.log1p(i - main.end) : 0,
      trailingCredit: endsInCredit(line) ? 1 : 0,
      prevProse: prev >= 0 && prose[prev] ? 1 : 0,
      nextProse: next >= 0 && prose[next] ? 1 : 0,
      position: n <= 1 ? 0 : i / (n - 1),
      headlineOverlap: (() => {
        const own = terms(line);
        return own.size === 0 || headline < 0 ? 0 : [...own].filter((t) => headlineTerms.has(t)).length / own.size;
      })(),
      afterHeadline: headline >= 0 && i > headline ? Math.log1p(nonEmptyBefore[i] - nonEmptyBefore[headline]) : 0,
      aboveHeadline: headline >= 0 && i < headline ? 1 : 0,
    };
  });
}
