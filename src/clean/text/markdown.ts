/**
 * A link's destination as converters write it (CommonMark §6.3, "link destination"): an address with a scheme
 * (RFC 3986 §3.1: https:, mailto:, javascript:, whatsapp:), or one relative to the page (root, fragment, query, a path
 * with a slash or a file name's dot); a prose parenthesis after brackets ("[sic] (see below)", "[2](ii)") is none.
 */
const DESTINATION = String.raw`(?:[a-z][a-z\d+.-]{0,30}:|[/#?.]|[\w-]+[/.])[^)\s]{0,2000}`;
/** A link's optional title after its destination (CommonMark §6.3, "link title"). */
const TITLE = String.raw`(?:[ \t]+"[^"\n]{0,300}")?`;
/**
 * An inline link (CommonMark §6.3) as converters write one, its text kept: the text may run over lines (a link around
 * a block, which turndown writes "[\n\n### Headline\n\n](/story)") and be empty (a link around an image alone, the image
 * taken out before); brackets inside it are escaped, so it holds none.
 */
const LINK = new RegExp(String.raw`\[([^\[\]]{0,1000})\]\(${DESTINATION}${TITLE}\)`, 'giu');
/**
 * A bullet list item's marker as Markdown converters write it, padded to the item's text (CommonMark §5.2: 1–4 spaces
 * after the marker; turndown writes "*   "), put as the leading space by which the text cleaner knows a list item
 * (boilerplate.ts LIST_MARK), so that the marker is no part of an item read as a headline or a byline. A marker with
 * one space is a plain-text bullet, read as it is; a dash so padded begins lines of the benchmark's plain scrapes.
 */
const BULLET = /^([ \t]*)[*+][ \t]{2,4}(?=\S)/gm;
/** A backslash escape (CommonMark §2.4): any ASCII punctuation character after a backslash stands for itself. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * An ATX heading's text without its optional closing sequence (CommonMark §4.2: spaces, then `#`s, then spaces), cut
 * by hand: a pattern anchored at the line's end would be tried from every space of a long line.
 */
function withoutClosingHashes(title: string): string {
  const text = title.trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  return end < text.length && /[ \t]$/.test(text.slice(0, end)) ? text.slice(0, end).trimEnd() : text;
}

/**
 * Markdown syntax that articles saved as `*.md` carry (CommonMark): the markup is not article text
 * and would otherwise end up inside quoted excerpts. Only unambiguous constructs are undone — bullets
 * padded to their item's text, ATX headings (inside a list item too, indented to its text as turndown
 * writes it, §5.2), block quotes, images, inline links, strong emphasis, backslash escapes; single `*`
 * or `_` are left alone because prose and scrapes use them literally.
 */
export function stripMarkdown(text: string): string {
  return text
    .replace(BULLET, '$1 ')
    .replace(/^([ \t]*)#{1,6}[ \t]+(.*)$/gm, (heading, indent: string, title: string) =>
      indent.length <= 3 || /^(?: {4})+$/.test(indent) ? withoutClosingHashes(title) : heading,
    )
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/!\[[^\]\n]{0,300}\]\([^)\s]{0,2000}(?:[ \t]+"[^"\n]{0,300}")?\)/g, '')
    .replace(LINK, (_, words: string) => words.trim())
    .replace(/\*\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*\*/g, '$1')
    .replace(/(?<![\p{L}\p{N}_])__(?=\S)([^_\n]{1,500}?)(?<=\S)__(?![\p{L}\p{N}_])/gu, '$1')
    .replace(ESCAPE, '$1');
}
