import { endsSentence } from './sentence-end.js';

/** Words a line broken mid-sentence tends to end on; a headline does not. */
const DANGLING = /\b(?:a|an|the|and|or|but|of|to|in|on|at|by|for|from|with|as|that|than|is|are|was|were)$/i;

/**
 * The article's headline when the text opens with one, and the text without it. A headline-like
 * line: the first non-empty line, 2 to `maxWords - 1` words, starting with a capital (or a digit or
 * quote), at least two capitalised words, no sentence punctuation or comma/colon at its end, not
 * ending on a function word, and not continued by the next line (which would start in lower case).
 */
export function takeHeadline(text: string, maxWords: number): { title: string | null; rest: string } {
  const m = /^(?:[ \t]*\n)*([^\n]*)(?:\n|$)/.exec(text);
  const line = (m?.[1] ?? '').replace(/\s+/g, ' ').trim();
  const rest = m === null ? text : text.slice(m[0].length);
  const words = line.split(' ');
  const capitalised = words.filter((w) => /^["“‘']?\p{Lu}/u.test(w)).length;
  const next = /^\s*(\S)/.exec(rest)?.[1] ?? '';
  const headline =
    words.length >= 2 && words.length < maxWords &&
    /^["“‘']?[\p{Lu}\p{N}]/u.test(line) && capitalised >= 2 &&
    !endsSentence(line) && !/[.,;:]$/.test(line) && !DANGLING.test(line) &&
    next !== '' && !/[\p{Ll}\p{N}]/u.test(next);
  return headline ? { title: line, rest } : { title: null, rest: text };
}
