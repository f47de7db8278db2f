import type { CleanOptions } from './clean-defaults.js';
import { endsSentence } from './sentence-end.js';
import { isTitleCase } from './title-case.js';

/** Accessibility links of page templates: "Skip to content", "Quick access to main page", "Jump to navigation". */
const ACCESSIBILITY = /^(?:skip|jump|go|quick access|direct access|back)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|contents|navigation|nav|menu|page|top|search|footer|article)\b/i;
/** Engagement counters: "Comments0", "12 Comments", "Shares (3)", "1.2K views". */
const COUNTER = /^(?:\d[\d,.]*\s*[kKmM]?\s*)?(?:comments?|views?|shares?|likes?|reactions?|replies)\s*\(?\s*(?:\d[\d,.]*\s*[kKmM]?)?\s*\)?$/i;
/** A number alone on a line: a counter's value or a list's ordinal. */
const BARE_NUMBER = /^[#№]?\d[\d,.]*\s*[kKmM]?$/;
/** An author's name followed by a view or comment counter label ("Jane Doe Views"). */
const NAME_COUNTER = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:[Vv]iews?|[Cc]omments?)$/u;
/** App-download prompts. */
const APP_PROMPT = /\b(?:download|get|install|open)\b.*\bapps?\b|\b(?:app ?store|google play|play ?store)\b/i;
/** Code: PHP tags, HTML tags, comment starts, WordPress shortcodes with attributes, JS function syntax. */
const CODE = /<\?(?:php|=)?|\?>|<\/?(?:script|style|div|span|iframe|img|a|p|br|ins|noscript)\b[^>]{0,200}>|^\s*(?:\/\/|\/\*|\*\/)|\[\/?[a-z_][\w-]*\s+[\w-]+=[^\]]{0,200}\]|\[\/[a-z_][\w-]*\]|\bfunction\s*\(|\b(?:var|let|const)\s+\w+\s*=|\w+\(\s*['"[{]/i;
const CODE_SYMBOLS = /[{}();=<>$[\]]/g;
/** Image credits ending a caption: "… / AFP-Yonhap", "Photo: Jane Doe", "(Reuters)", "(AP Photo/John Smith)". */
const PHOTO_CREDIT = [
  /\s\/\s*\p{Lu}[^/.!?]{1,60}$/u,
  /(?:^|\(|[.!?]\s+)(?:photo|photograph|image|picture|credit|photo credit)s?(?:\s+by)?\s*[:/]\s*\S[^.!?]{0,80}\)?$/i,
  /\((?:Reuters|AP|AFP|EPA|Getty Images|Xinhua|Shutterstock|Bloomberg|Anadolu|AP Photo)(?:[\s/][^)]*)?\)$/,
];
/** Section labels in capitals ("LATEST", "WORLD NEWS"): at most two words, no sentence. */
const CATEGORY_LABEL = /^[\p{Lu}&/-]{2,}(?:\s+[\p{Lu}&/-]{2,})?$/u;
/** A list bullet or ordinal opening a line. */
const LIST_MARK = /^(?:[•·▪▫►▸◦‣∙*–—-]\s*|\d{1,2}[.)](?:\s+|$))/u;
/** "Read more: …", "Related: …": a single link line. */
const LINK_LINE = /^(?:read (?:more|also|next)|also read|related|see also|more|watch|listen)\s*:\s*\S/i;

function countWords(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** The line (trimmed) is template furniture rather than article text. */
export function isBoilerplateLine(line: string, options: CleanOptions): boolean {
  if (line === '') return false;
  if (!/[\p{L}\p{N}]/u.test(line)) return true;
  if (BARE_NUMBER.test(line) || COUNTER.test(line) || NAME_COUNTER.test(line) || CATEGORY_LABEL.test(line)) return true;
  if (ACCESSIBILITY.test(line) && !endsSentence(line)) return true;
  if (LINK_LINE.test(line) && countWords(line) <= 20) return true;
  if (countWords(line) <= 8 && !endsSentence(line) && APP_PROMPT.test(line)) return true;
  if (CODE.test(line)) return true;
  const symbols = line.match(CODE_SYMBOLS)?.length ?? 0;
  if (symbols >= options.codeSymbolMin && symbols / line.replace(/\s/g, '').length > options.codeSymbolRatio) return true;
  if (PHOTO_CREDIT.some((credit) => credit.test(line))) return true;
  const item = LIST_MARK.exec(line);
  if (item !== null) {
    // A list of headline links: Title Case items without a sentence end, or a bare ordinal.
    const rest = line.slice(item[0].length);
    if (rest === '' || BARE_NUMBER.test(rest)) return true;
    if (!endsSentence(rest) && isTitleCase(rest, options.titleCaseRatio)) return true;
  }
  return false;
}

/** A short line without sentence punctuation: a menu item or label (for runs of them, see removeBoilerplate). */
export function isShortLine(line: string, options: CleanOptions): boolean {
  return line !== '' && countWords(line) <= options.navMaxWords && !/[.!?:;,"”’)]$/.test(line);
}

/** A line of running text: ends a sentence and has at least `proseMinWords` words, not a list item. */
export function isProse(line: string, options: CleanOptions): boolean {
  return endsSentence(line) && countWords(line) >= options.proseMinWords && !LIST_MARK.test(line);
}
