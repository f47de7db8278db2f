import type { AnalysedArticle, Sentence } from './types.js';

type Segmented = Pick<AnalysedArticle, 'text' | 'sentences'>;

const PERIOD = 0x2e;
const LOWER_OR_DIGIT = /[\p{Ll}\p{N}]/u;

/**
 * Whether the article's sentence n opens at a cut wink-nlp made inside a web address: wink ends a sentence at a period
 * before a letter even with no space between them, so a bare domain or a link in prose is cut into sentences ("according
 * to Moneycontrol." | "com advises users …", "pic." | "twitter." | "com/PQqbN51wBW"; session 54: on 16 of the extraction
 * dataset's 59 fit pages read as saved HTML, 15 read as text scrapes). A period with no space after it, right before a
 * lower-case letter or a digit, is a host name's (its labels are joined by periods, RFC 1034 §3.1) or a path's, as the
 * cleaner reads a glued period (glued-sentences.ts: a glued sentence end needs a capital after it).
 *
 * The segmenter keeps the cut: undoing it there moves the ranker's input and its fit (session 54: the fresh fit changed,
 * unanswerable SQuAD questions stopped 3,029 → 2,977). What a reader sees is mended instead: a sentence shown, alone or
 * as an excerpt's end, is shown whole across such cuts (addressWhole, writtenSentences).
 */
export function continuesAddress(article: Segmented, n: number): boolean {
  const { text, sentences } = article;
  const sentence = sentences[n];
  const before = sentences[n - 1];
  return (
    before !== undefined &&
    sentence !== undefined &&
    before.passage === sentence.passage &&
    before.end === sentence.start &&
    text.charCodeAt(sentence.start - 1) === PERIOD &&
    LOWER_OR_DIGIT.test(text.charAt(sentence.start))
  );
}

/** Sentences first to last (ordinals) widened over the address cuts at either end (continuesAddress), within the paragraph. */
export function addressWhole(article: Segmented, first: number, last: number): [number, number] {
  while (continuesAddress(article, first)) first--;
  while (continuesAddress(article, last + 1)) last++;
  return [first, last];
}

/**
 * The article's sentences as written: those wink-nlp cut inside an address joined into one (continuesAddress), with the
 * first one's id. The article's own array when nothing is cut.
 */
export function writtenSentences(article: Segmented): readonly Sentence[] {
  const { sentences } = article;
  let cut = false;
  for (let n = 1; n < sentences.length && !cut; n++) cut = continuesAddress(article, n);
  if (!cut) return sentences;
  const out: Sentence[] = [];
  for (let n = 0; n < sentences.length; n++) {
    const [first, last] = addressWhole(article, n, n);
    const [a, b] = [sentences[first], sentences[last]];
    let negated = false;
    for (let k = first; k <= last; k++) negated ||= sentences[k].negated;
    out.push(first === last ? a : { ...a, end: b.end, tokenEnd: b.tokenEnd, negated });
    n = last;
  }
  return out;
}
