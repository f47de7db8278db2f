import { STOP_WORDS } from '../lexicon/stop-words.js';
import type { Tokens } from './types.js';

/** Parts of speech that carry no retrievable content. */
const SKIPPED_POS = new Set(['PUNCT', 'SYM', 'SPACE', 'X']);

/**
 * The terms a span of tokens is indexed (and a question matched) under: lower-case wink lemmas of the
 * tokens that are neither stop words nor punctuation. Lemmas rather than surface forms or stems are what
 * measured best on SQuAD sentences (docs/DESIGN.md, "Measurements behind the design": P@1 0.694 vs 0.652 lowercase).
 */
export function indexTerms(tokens: Tokens, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    if (isIndexed(tokens, i)) out.push(termOf(tokens.lemma[i]));
  }
  return out;
}

const TERMS = new WeakMap<Tokens, (string | null)[]>();

/**
 * Each token's index term, or null where the token is not indexed (isIndexed), computed once per article
 * and kept while the article is: the answer path reads the terms of every token of every candidate
 * sentence and paragraph of every question, and isIndexed with termOf was its largest cost.
 */
export function termsOf(tokens: Tokens): readonly (string | null)[] {
  let terms = TERMS.get(tokens);
  if (!terms) {
    terms = new Array<string | null>(tokens.lemma.length);
    for (let i = 0; i < terms.length; i++) terms[i] = isIndexed(tokens, i) ? termOf(tokens.lemma[i]) : null;
    TERMS.set(tokens, terms);
  }
  return terms;
}

export function isIndexed(tokens: Tokens, i: number): boolean {
  // Cheapest tests first: this runs for every token of every candidate sentence of every question.
  return (
    !SKIPPED_POS.has(tokens.pos[i]) &&
    !STOP_WORDS.has(tokens.lemma[i]) &&
    isWord(tokens.value[i]) &&
    !STOP_WORDS.has(tokens.value[i].toLowerCase())
  );
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the token has a letter or digit (`/[\p{L}\p{N}]/u`), deciding ASCII without the regex. */
export function isWord(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80) return WORD_CHARACTER.test(value);
    if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return true;
  }
  return false;
}

/**
 * Folds typographic variants so "U.S." and "US", "Zelenskyy’s" and "Zelenskyy's", "Temür" and "Temur" meet: readers
 * type names without their accents, so search engines fold them in the index and the query alike (Lucene's
 * ASCIIFoldingFilter, Elasticsearch's asciifolding).
 */
export function termOf(lemma: string): string {
  const folded = foldAccents(lemma);
  // Most lemmas have nothing to fold: skip the two replacements (and their allocations) then.
  if (folded.indexOf('.') < 0 && folded.indexOf('’') < 0 && folded.indexOf('‘') < 0) return folded;
  return folded.replace(/[’‘]/g, "'").replace(/\./g, '');
}

/**
 * A name without its accents ("Zelénskyy" → "Zelenskyy", "Müntzer" → "Muntzer"): the canonical decomposition (Unicode
 * UAX #15, NFD) without its combining marks. Letters that do not decompose (ø, ł, ß) stay as they are. ASCII has nothing
 * to fold, and most names are ASCII: they are returned as they are, without the normalisation and the pattern's pass.
 */
export function foldAccents(name: string): string {
  return isAscii(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 0x80) return false;
  return true;
}
