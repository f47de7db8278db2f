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
 * lines that happen to be long is no dump.
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
    return length(line) + 1 + [...next.trim().split(/\s/)[0]].length > width;
  });
  if (forced.filter(Boolean).length < MIN_FORCED_BREAKS) return text;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && forced[i - 1]) out[out.length - 1] += ` ${line.trim()}`;
    else out.push(line);
  });
  return out.join('\n');
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
 * lynx -dump's list of a page's links at its end (lynx(1), -dump): a "References" line, then `n. address` lines, with
 * "Visible links:" and "Hidden links:" headings when the page has links it does not show.
 */
const LYNX_REFERENCES = /\n[ \t]*References[ \t]*\n((?:[ \t]*(?:(?:\d+\.[ \t]+\S+|(?:Visible|Hidden) links:)[ \t]*)?(?:\n|$))+)$/;

/**
 * A text as its page reads, when an HTML-to-text converter made it: lynx's link marks and references list go first (the
 * list's addresses are longer than any line the wrap made), then the wrap is undone (unwrapFixedWidth), then
 * html-to-text's bracketed addresses go (its wrapper counted them in its lines). A numbered mark ("[12]Home") is lynx's
 * only in a text that ends in lynx's list, so a footnote's bracketed number in any other text stays.
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
  return unwrapFixedWidth(read).replace(ADDRESS_MARK, '');
}
