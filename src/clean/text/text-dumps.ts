import { DANGLING } from '../boilerplate/boilerplate.js';
import { endsSentenceAnyScript } from '../boilerplate/line-features.js';
import { inLexicon } from '../../lexicon/lexicon.js';
import { splitGluedSentences } from './glued-sentences.js';

/**
 * What the common HTML-to-text converters add to a page's text when a user saves their output: line breaks that wrap
 * a paragraph at a fixed width, and marks that say where a link pointed. Neither is the page's text: a wrapped
 * paragraph read line by line is a run of fragments, and a mark glued to a byline or a headline makes it no longer one.
 */

/**
 * The fixed widths a text dump is wrapped at: html-to-text's `wordwrap` default (80), lynx -dump's and w3m -dump's
 * 80-column screen (lines of at most 79), RFC 5322 §2.1.1's 78, Unix fmt's 75 and pandoc's plain-text `--columns` 72;
 * 60 is a floor below all of them, so that a text of short lines (a list, a poem, a chat) is never read as wrapped.
 */
const WRAP_WIDTHS = { min: 60, max: 80 };
/**
 * Breaks a wrapper was forced to make (the next word would not fit) before a text is read as wrapped: a text of a few
 * lines that happen to be long is no dump. Judged at 5 in session 39 (MEASUREMENTS, "Text saved by other tools"): the
 * fit pages' html-to-text and lynx renders read as wrapped (body F1 0.838 → 0.918, 0.182 → 0.916) and none of the 136
 * benchmark scrapes, the seeds or the fixtures read differently; no other value was measured.
 */
const MIN_FORCED_BREAKS = 5;
/**
 * A list item's marker as html-to-text (`* `), lynx (`* `, `+ `) and Markdown (`*`, `-`, `+`, `1.`) write it: an item
 * starts a line of its own, never a wrapped line's continuation.
 */
const ITEM_START = /^\s*(?:[*+\-•]|\d{1,3}[.)])\s/;

/**
 * A run no wrap width holds with other words: an address or an identifier (the words of running English are under 30
 * letters). A line holding one is left out of the width's measure; a long compound word so left out costs it one line.
 */
const LONG_WORD = /\S{40}/;

const length = (line: string) => [...line.trimEnd()].length;

/**
 * The text with the line breaks of a fixed-width wrap taken out, each wrapped paragraph one line again. A text is read
 * as wrapped at width W when no line with a space in it is longer than W, W is one of the widths text dumps use
 * (WRAP_WIDTHS), and at least MIN_FORCED_BREAKS of its breaks are ones a first-fit wrapper makes (the line breaking of
 * every dump tool, which Knuth & Plass 1981 set their own method against): the next line's first word would not have
 * fitted on the line. Only such breaks are joined, so the short lines of a menu, a heading or a paragraph's last line
 * stay as they are, as do a list's items. An unwrapped text (a line of prose is longer than any wrap width) is
 * returned as it is.
 */
export function unwrapFixedWidth(text: string): string {
  const lines = text.split('\n');
  // A word too long for the room left (an address) is set past the width, with what precedes or follows it.
  const spaced = lines.filter((l) => /\S\s+\S/.test(l) && !LONG_WORD.test(l));
  const width = Math.max(0, ...spaced.map(length));
  if (width < WRAP_WIDTHS.min || width > WRAP_WIDTHS.max) return text;
  const forced = lines.map((line, i) => {
    const next = lines[i + 1];
    if (line.trim() === '' || next === undefined || next.trim() === '' || ITEM_START.test(next)) return false;
    // A drawn table's lines are as wide as the table, never a paragraph's (undrawTables reads them).
    if ([line, next].some((l) => TABLE_ROW.test(l) || TABLE_RULE.test(l))) return false;
    return length(line) + 1 + [...next.trim().split(/\s/)[0]].length > width;
  });
  if (forced.filter(Boolean).length < MIN_FORCED_BREAKS) return text;
  const words = vocabulary(text);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && forced[i - 1]) out[out.length - 1] = joinWrapped(out[out.length - 1], line.trim(), words);
    else out.push(line);
  });
  return out.join('\n');
}

/** A word a line-end hyphen splits: letters, the hyphen at the line's end, letters starting the next line. */
const SPLIT_WORD = /\p{L}+-\n[ \t]*\p{L}+/gu;

/** The words a text uses (lower case), each part of a hyphenated compound too, leaving out the words its line ends split. */
function vocabulary(text: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of text.replace(SPLIT_WORD, ' ').matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const lower = word.toLowerCase();
    words.add(lower);
    for (const part of lower.split('-')) words.add(part);
  }
  return words;
}

/**
 * A wrapped line and the next as one. A line ending in a hyphen after a letter, the next starting with a letter, split a
 * word: a hyphen allows a break after it (Unicode UAX #14, class HY), and a typesetter's hyphenation breaks a long word
 * and prints a hyphen where it did (a soft hyphen, SHY). The two halves are one word again, with its hyphen when the word
 * is a compound: as calibre's dehyphenator decides, by the text's own words (`words`, vocabulary): the word written whole
 * elsewhere has no hyphen, written hyphenated elsewhere keeps it; found neither way, it keeps the hyphen when both halves
 * are words of the text ("well-known") and a half that is no word ("disposa-ble", "nati-onal") was a typesetter's
 * break. A capital or a digit after the hyphen starts a compound's part ("Franco-German", "COVID-19").
 */
function joinWrapped(line: string, next: string, words: ReadonlySet<string>): string {
  const head = /(\p{L}+)-$/u.exec(line);
  const tail = /^\p{L}+/u.exec(next);
  if (head === null || tail === null) return `${line} ${next}`;
  const [a, b] = [head[1].toLowerCase(), tail[0].toLowerCase()];
  const compound = !/^\p{Ll}/u.test(tail[0]) || (!words.has(a + b) && (words.has(`${a}-${b}`) || (words.has(a) && words.has(b))));
  return compound ? `${line}${next}` : `${line.slice(0, -1)}${next}`;
}

/**
 * html-to-text's link mark: the address in brackets after the link's text ("Tess Bonn [https://example.org/tess]",
 * its `linkBrackets` default), for the addresses pages link to (absolute, protocol- or root-relative, a fragment, a
 * mailto:, tel: or javascript: link). Prose brackets ("[sic]", "[the minister]") hold words, never such an address; a
 * slash before one word alone is a BBCode or shortcode closing tag ("[/quote]", "[/button]": phpBB's BBCode guide,
 * WordPress's Shortcode API), which pages leave in their text.
 */
const ADDRESS_MARK = /(?<![ \t])[ \t]*\[(?:(?:https?|ftp):\/\/|\/(?![\p{L}\p{N}_]+\])|#|\.{1,2}\/|mailto:|tel:|javascript:)[^\s\]]*\]/giu;
/**
 * A list item's bullet as text browsers draw it (w3m -dump, elinks: "•", U+2022 BULLET), put as the leading space by
 * which the text cleaner knows a list item (boilerplate.ts LIST_MARK), as stripMarkdown does a Markdown bullet, so that
 * the item reads as the benchmark's scrapes give one. Read so only in a dump a text browser wrapped (unwrapFixedWidth
 * found its wrap): in a scrape that keeps the page's lines a "•" is the page's own character, which the cleaner's fitted
 * weights read as it stands (one fit scrape prints its related stories so).
 */
const DRAWN_BULLET = /^([ \t]*)•[ \t]+(?=\S)/gm;
/** A line of a table's rules alone, drawn with the Unicode Box Drawing characters (U+2500–U+257F). */
const TABLE_RULE = /^[ \t]*[\u2500-\u257F][\u2500-\u257F \t]*$/u;
/** A line of a drawn table's cells: a vertical bar of the Box Drawing block at its start, another after a cell. */
const TABLE_ROW = /^[ \t]*[│┃║](?:[^│┃║]*[│┃║])+[ \t]*$/u;

/**
 * A table as text browsers draw it (w3m -dump and elinks in a UTF-8 locale: rules of "─", cells between "│"), as the
 * benchmark's scrapes give one: a line per row, its cells' text in order. A cell wrapped over lines between two rules is
 * one cell (its pieces joined in order); a row's line of empty cells is none.
 */
export function undrawTables(text: string): string {
  if (!/[│┃║]/u.test(text)) return text;
  const out: string[] = [];
  let row: string[][] = [];
  const flush = () => {
    const cells =
      row[0]?.map((_, c) =>
        row
          .map((line) => (line[c] ?? '').trim())
          .filter(Boolean)
          .join(' '),
      ) ?? [];
    if (cells.some(Boolean)) out.push(cells.filter(Boolean).join(' '));
    row = [];
  };
  for (const line of text.split('\n')) {
    if (TABLE_ROW.test(line)) row.push(line.trim().slice(1, -1).split(/[│┃║]/u));
    else {
      flush();
      if (!TABLE_RULE.test(line)) out.push(line);
    }
  }
  flush();
  return out.join('\n');
}
/**
 * lynx -dump's list of a page's links at its end (lynx(1), -dump): a "References" line, then `n. address` lines, with
 * "Visible links:" and "Hidden links:" headings when the page has links it does not show.
 */
const LYNX_REFERENCES = /\n[ \t]*References[ \t]*\n((?:[ \t]*(?:(?:\d+\.[ \t]+\S+|(?:Visible|Hidden) links:)[ \t]*)?(?:\n|$))+)$/;

/**
 * A line that goes on with the sentence of the line before: it starts with a lower-case letter or a mark that closes or
 * punctuates what precedes it (an ellipsis aside, which starts a teaser as often).
 */
const GOES_ON = /^(?:\p{Ll}|[,;:!?)\]}”’]|\.(?!\.))/u;
/** A mark that opens what follows it (a bracket, an opening quotation mark). */
const OPENS = /[([{“‘]$/u;
/** A mark that needs no space before it. */
const CLOSES = /^[,.;:!?)\]}”’]/u;

/**
 * The most blank lines per line of text a dump of text nodes has: at most 0.3% on the 59 fit pages rendered as
 * BeautifulSoup's get_text("\n", strip=True) gives them, at least 6.3% on the 136 benchmark scrapes (blocks apart).
 */
const TEXT_NODE_BLANKS = 0.02;
/** A line that stops inside a clause: on a word in lower case or a comma, with no sentence end. */
const MID_CLAUSE = /(?:(?:^|\s)\p{Ll}[\p{L}\p{N}'’-]*|,)$/u;

/**
 * The text of a dump that gives each of a page's text nodes a line of its own (BeautifulSoup's
 * `get_text("\n", strip=True)`, and any DOM walk that joins text nodes with line breaks: DOM §4.4, a paragraph holding a
 * link or an <em> is three text nodes) with each sentence one line again. A line that does not end a sentence takes the
 * next line when that line goes on with the sentence (GOES_ON) or the line ends in an opening mark; when it stops inside
 * a clause (MID_CLAUSE) and the line after the next goes on, the next is an inline element's text ("… reports from" /
 * "The Wrap" / "and …") and is taken too, as it is after a function word or a comma (boilerplate.ts DANGLING: "By" /
 * "Ana Reyes", a byline's label and its linked name). Such a dump is read by its blank lines (TEXT_NODE_BLANKS): strip=True drops
 * the text nodes of whitespace alone, so what blank lines it has are inside a text node (a template's indentation); a
 * text made with blocks apart (the benchmark's scrape, a copy, every converter above) is left alone.
 */
export function joinTextNodes(text: string): string {
  const lines = text.split('\n');
  const blank = lines.filter((line) => line.trim() === '').length;
  if (blank > TEXT_NODE_BLANKS * (lines.length - blank)) return text;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const before = out.at(-1);
    const open = before !== undefined && before.trim() !== '' && !endsSentenceAnyScript(before);
    const inline = open && MID_CLAUSE.test(before) && i + 1 < lines.length && GOES_ON.test(lines[i + 1]) && line.trim() !== '';
    if (open && (GOES_ON.test(line) || OPENS.test(before) || inline || (DANGLING.test(before) && line.trim() !== ''))) {
      out[out.length - 1] = CLOSES.test(line) || OPENS.test(before) ? `${before}${line}` : `${before} ${line}`;
    } else out.push(line);
  });
  return out.join('\n');
}

/**
 * The most joins of a lower-case letter to a capital inside a run of letters ("NewsOpinion") per word a text has when
 * its blocks are apart. Measured (joins per run of letters): at most 0.078 on the 136 benchmark scrapes, 0.003 on the
 * seeds, 0.046 on the test fixtures and 0.076 on the fit pages printed, dumped by w3m or as text-node lines; a dump of
 * text nodes run together (BeautifulSoup's get_text() with no separator, a DOM's textContent) of a page whose source
 * puts no whitespace between its elements reaches 0.1 to 0.54. Camel-cased names ("iPhone", "McDonald") are far fewer.
 */
const RUN_TOGETHER_JOINS = 0.1;
/** Where a lower-case letter meets a capital. */
const CASE_JOIN = /(?<=\p{Ll})(?=\p{Lu})/u;

/**
 * Whether a part of a run is a word: three letters or more, used alone in the text or in the lexicon (WordNet). A part of
 * one or two letters is a name's prefix ("iPhone", "McDonald", "LeBron", "DeArdo") more often than a word (WordNet lists
 * "mc", "le" and "de"); the probe measured body F1 0.875 either way on the fit pages run together.
 */
function readsAsWord(part: string, words: ReadonlySet<string>): boolean {
  const lower = part.toLowerCase();
  return [...lower].length >= 3 && (words.has(lower) || inLexicon(lower));
}

/**
 * A dump of text nodes run together as the source lays them out (BeautifulSoup's `get_text()` with no separator, a
 * DOM's `textContent`: DOM §4.4 concatenates the text nodes) with each element's text a line again. Such a text is read
 * by its rate of lower-to-capital joins inside a run of letters (RUN_TOGETHER_JOINS): one element's text ends and the
 * next begins ("LatestNewsOpinionPodcast"). A run there is split at a join between two words of the text or the lexicon;
 * a part that is no word keeps the join ("iPhone", "McDonald"); a sentence end glued to a capitalised word is where a
 * paragraph ended ("… anywhere.Click for …": splitGluedSentences' rule, with a line break). Any other text is left alone.
 */
export function splitRunTogether(text: string): string {
  const runs = text.match(/\p{L}+/gu) ?? [];
  const joins = runs.filter((run) => CASE_JOIN.test(run)).reduce((n, run) => n + run.split(CASE_JOIN).length - 1, 0);
  if (joins <= RUN_TOGETHER_JOINS * runs.length) return text;
  const words = vocabulary(text);
  return splitGluedSentences(text, '\n').replace(/\p{L}+/gu, (run) =>
    run
      .split(CASE_JOIN)
      .reduce(
        (out, part, i, parts) => (i > 0 && readsAsWord(parts[i - 1], words) && readsAsWord(part, words) ? `${out}\n${part}` : out + part),
        '',
      ),
  );
}

/**
 * A text as its page reads, when an HTML-to-text converter made it: lynx's link marks and references list go first (the
 * list's addresses are longer than any line the wrap made), then the wrap is undone (unwrapFixedWidth), then
 * a drawn table's rows are read (undrawTables: the wrap measured the table's lines with the text's), html-to-text's
 * bracketed addresses go (its wrapper counted them in its lines), a dump of text nodes has its sentences joined
 * (joinTextNodes) and, in a wrapped dump, a drawn bullet marks a list item. A numbered mark ("[12]Home") is lynx's only in a text that ends
 * in lynx's list, so a footnote's bracketed number in any other text stays.
 */
export function fromTextDump(text: string): string {
  const references = LYNX_REFERENCES.exec(text);
  let read = text;
  if (references !== null) {
    const count = Math.max(0, ...[...references[1].matchAll(/^[ \t]*(\d+)\./gm)].map((m) => Number(m[1])));
    read = text
      .slice(0, references.index)
      .replace(/\[(\d{1,5})\](?=\S)/g, (mark, n: string) => (Number(n) >= 1 && Number(n) <= count ? '' : mark));
  }
  const unwrapped = unwrapFixedWidth(read);
  const bulleted = unwrapped === read ? unwrapped : unwrapped.replace(DRAWN_BULLET, '$1 ');
  return splitRunTogether(joinTextNodes(undrawTables(bulleted).replace(ADDRESS_MARK, '')));
}
