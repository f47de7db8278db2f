import type { AnalysedArticle, Sentence } from '../analyse/types.js';

/** A word of two or more cased letters in capitals ("NEWS", "DON'T" as "DON" and "T" is one of them, "U.S." is not). */
const CAPITALS_WORD = /(?<![\p{L}\p{M}])\p{Lu}[\p{Lu}\p{M}]+(?![\p{L}\p{M}])/gu;
const LOWER_CASE = /\p{Ll}/u;

/**
 * Whether a sentence is written wholly in capitals: no lower-case letter and at least three words of capitals. Running
 * text is set in sentence case; capitals are a display face, for headings and labels (Butterick, Practical Typography,
 * "All caps"). On the 59 fit-split scrapes, 42 of the 53 lines of four or more words in capitals are in no true article
 * body (teasers: "SEAN SPICER ELIMINATED FROM …", "CLICK HERE TO GET THE … APP") and the other 11 are section headings
 * or product labels: none reports anything, so none is shown as an answer.
 */
export function inDisplayCapitals(article: AnalysedArticle, sentence: Sentence): boolean {
  // Running text shows a lower-case ASCII letter within its first few characters: found there, the sentence is settled
  // without a copy or a Unicode pattern (a-z are \p{Ll}). answer() asks this of every candidate, and the copy and the
  // pattern were 0.93% of its CPU, 0.07% so (profile of SQuAD 1x, session 46).
  const { text } = article;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return displayCapitals(text.slice(sentence.start, sentence.end));
}

/** inDisplayCapitals of a text with no lower-case ASCII letter. */
function displayCapitals(text: string): boolean {
  if (LOWER_CASE.test(text)) return false;
  let words = 0;
  for (const _ of text.matchAll(CAPITALS_WORD)) if (++words >= 3) return true;
  return false;
}
