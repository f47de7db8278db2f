import { foldLine } from '../../corpus/shared-lines.js';
import { BIDI_FORMATTING } from '../../entry.js';

/**
 * Canonical characters before any rule runs: `\n` line ends, a printed text's pages one text (withoutRunningHeads), no
 * BOM / zero-width / soft-hyphen characters (invisible in the article, but they would split words for matching), no-break
 * and other Unicode spaces as plain spaces, NFC composition (so `é` is one code point whatever the scraper produced), and
 * nothing a terminal acts on (withoutControls).
 */
export function normalizeText(raw: string): string {
  return withoutControls(
    withoutRunningHeads(raw.normalize('NFC').replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n'))
      .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, '')
      .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v]/g, ' '),
  );
}

/**
 * The edge lines a printed text repeats on most of its pages, and at least on two, before a page is read as having one: a
 * running head or foot is on every page, bar a first page printed without it.
 */
const RUNNING_SHARE = 0.5;
/** A line printed with something on it: a letter or a digit (a rule of dashes or a blank line is no head or foot). */
const printed = (line: string) => /[\p{L}\p{N}]/u.test(line);
/** A running head or foot of up to this many lines (a print dialog's date and title, then the document's own head). */
const RUNNING_LINES = 3;

/**
 * A printed text's pages as one text, without the running heads and feet its pages repeat. pdftotext ends each page with
 * a form feed (pdftotext(1), -nopgbrk), a mandatory line break between pages (Unicode UAX #14: FF is class BK); a
 * browser's print adds a head and a foot to every page (the date and the title; the address and "n/m"), a book or a
 * report its running heads and folios (Chicago Manual of Style 1.10–1.11). None is the article's: on a page of its own
 * the print date reads as the article's date and the head's title as a line of its body. A head or foot is an edge line
 * (the first or last with a letter or digit) printed on most pages (RUNNING_SHARE) with only its numbers changed; the
 * text's first and last lines are then no browser's print head and foot either (withoutPrintHeadAndFoot).
 */
function withoutRunningHeads(text: string): string {
  if (!text.includes('\f')) return text;
  const pages = text.split('\f').map((page) => page.split('\n'));
  const masked = (line: string) => foldLine(line.replace(/\p{N}+/gu, '#'));
  for (const end of ['head', 'foot'] as const) {
    for (let k = 0; k < RUNNING_LINES; k++) {
      const edges = pages
        .map((page) => ({ page, at: end === 'head' ? page.findIndex(printed) : page.findLastIndex(printed) }))
        .filter(({ at }) => at >= 0);
      const counts = new Map<string, number>();
      for (const { page, at } of edges) counts.set(masked(page[at]), (counts.get(masked(page[at])) ?? 0) + 1);
      const [running, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      if (count < 2 || count < RUNNING_SHARE * edges.length) break;
      for (const { page, at } of edges) if (masked(page[at]) === running) page.splice(at, 1);
    }
  }
  return withoutPrintHeadAndFoot(pages.flat()).join('\n');
}

/** A print date and time as a browser writes it: a numeric date (day, month, year in a locale's order) and the time. */
const PRINT_STAMP = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?$/;
/** A document's address as printed: a URI with its scheme (RFC 3986 §3). */
const PRINT_ADDRESS = /^[A-Za-z][A-Za-z\d+.-]*:\/\/\S+$/;
/** A page count as printed: Chromium's "n/N", Firefox's "Page n of N" (its word and "of" translated). */
const PRINT_COUNT = /^(?:(\d+)\/(\d+)|\p{L}+ (\d+) \p{L}+ (\d+))$/u;

/**
 * A text's first and last lines without a browser's print head and foot, a page of its own or not (withoutRunningHeads
 * finds them by repetition, which a one-page print has none of). The forms are the browsers' defaults for "Headers and
 * footers": Chromium prints the date and time at the head's left and the title in its middle, the address at the foot's
 * left and "n/N" at its right (components/printing/resources/print_header_footer_template_page.html); Firefox the title
 * left and the address right in the head, "Page n of N" left and the date right in the foot (modules/libpref/init/all.js
 * print.print_headerleft &T, headerright &U, footerleft &PT, footerright &D). pdftotext -layout keeps a head's parts on
 * one line, set apart by runs of spaces. Left in, the print date reads as the article's and the head's title, cut to the
 * head's width, as its headline (measured s41 on 59 fit pages printed: 14 prints of one page, 5 headlines the head's).
 */
function withoutPrintHeadAndFoot(lines: string[]): string[] {
  const parts = (line: string) => line.trim().split(/\s{2,}/);
  const count = (part: string) => {
    const [, n, of, word, ofWord] = PRINT_COUNT.exec(part) ?? [];
    return n !== undefined ? Number(n) <= Number(of) : word !== undefined && Number(word) <= Number(ofWord);
  };
  const head = (p: string[]) => p.length > 1 && (PRINT_STAMP.test(p[0]) || PRINT_ADDRESS.test(p[p.length - 1]));
  const foot = (p: string[]) =>
    p.length > 1 && ((PRINT_ADDRESS.test(p[0]) && count(p[p.length - 1])) || (count(p[0]) && PRINT_STAMP.test(p[p.length - 1])));
  const first = lines.findIndex(printed);
  if (first >= 0 && head(parts(lines[first]))) lines.splice(first, 1);
  const last = lines.findLastIndex(printed);
  if (last >= 0 && foot(parts(lines[last]))) lines.splice(last, 1);
  return lines;
}

const BIDI_MARKS = new RegExp(`[${BIDI_FORMATTING}]`, 'g');

/**
 * Text without what directs a display rather than being read: the bidirectional formatting characters (Unicode UAX #9
 * §2: the marks LRM, RLM and ALM, the embeddings and overrides U+202A–E, the isolates U+2066–9), terminal control
 * sequences whole (ECMA-48 §5.4 and §8.3.89: CSI, 7- or 8-bit, with its parameters and final byte; OSC up to its BEL or
 * ST) and every other control character but the line break and the tab. None is seen (Discord is shown none of them:
 * visibleText), but a bidi mark before a word made the word another token ("\u200FBrandt" matched no question's
 * "Brandt"), and the REPL and the CLI print a page's text and metadata to terminals, where "\x1b[8m" hides what follows
 * and "\x1b]52;…" writes the clipboard. For an article's text and every metadata field (resolveMetadata).
 */
export function withoutControls(text: string): string {
  return (
    text
      .replace(BIDI_MARKS, '')
      // eslint-disable-next-line no-control-regex -- the sequences are made of control characters
      .replace(/(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g, '')
      .replace(/(?![\n\t])\p{Cc}/gu, '')
  );
}
