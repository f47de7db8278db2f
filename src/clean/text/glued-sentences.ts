/**
 * A sentence end glued to the next sentence (`on Sunday.Trump`, `asked."On`): terminal punctuation,
 * maybe a closing quote or bracket, right after a lower-case letter, a digit or a closing bracket,
 * and right before a capitalised word (a capital followed by a lower-case letter, so `.NET` or
 * `Node.JS` do not match).
 */
const GLUED = /(?<=[\p{Ll}\p{N})\]])([.!?]["”’)]?)(?=\p{Lu}\p{Ll})/gu;

/** Tokens that legitimately contain `.X`: URLs, e-mail addresses, domain paths. */
const ADDRESS = /:\/\/|^www\.|@|\.[a-z]{2,}\//i;

/** Addresses are shorter than this; the bound keeps the scan linear on text without spaces. */
const MAX_TOKEN = 300;

/** The whitespace-delimited token around `index` (the text has only spaces and line breaks by now). */
function tokenAround(text: string, index: number): string {
  const left = text.slice(Math.max(0, index - MAX_TOKEN), index);
  const right = text.slice(index, index + MAX_TOKEN);
  const start = Math.max(left.lastIndexOf(' '), left.lastIndexOf('\n')) + 1;
  const ends = [right.indexOf(' '), right.indexOf('\n')].filter((i) => i !== -1);
  return left.slice(start) + right.slice(0, ends.length > 0 ? Math.min(...ends) : right.length);
}

/**
 * Inserts the missing space (or `separator`: a line break where a block ended, text-dumps.ts) after a glued sentence
 * end. Never inside initialisms (`U.S.`, `e.g.`: the letter before the period is itself preceded by a period, or is a
 * capital), decimals (`3.5`: a digit follows), abbreviations followed by a number (`Feb. 12`), URLs, e-mail addresses or
 * domain names (`sputnikglobe.com`: a lower-case letter follows).
 */
export function splitGluedSentences(text: string, separator = ' '): string {
  return text.replace(GLUED, (punct: string, _group: string, offset: number) => {
    if (text.charAt(offset - 2) === '.') return punct;
    if (ADDRESS.test(tokenAround(text, offset))) return punct;
    return `${punct}${separator}`;
  });
}
