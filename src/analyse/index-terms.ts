import { STOP_WORDS } from './stop-words.js';
import type { Tokens } from './types.js';

/** Parts of speech that carry no retrievable content. */
const SKIPPED_POS = new Set(['PUNCT', 'SYM', 'SPACE', 'X']);

/**
 * The terms a span of tokens is indexed (and a question matched) under: lower-case wink lemmas of the
 * tokens that are neither stop words nor punctuation. Lemmas rather than surface forms or stems are what
 * measured best on SQuAD sentences (shared/notes/retrieval-findings.md: P@1 0.694 vs 0.652 lowercase).
 */
export function indexTerms(tokens: Tokens, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    if (isIndexed(tokens, i)) out.push(termOf(tokens.lemma[i]));
  }
  return out;
}

export function isIndexed(tokens: Tokens, i: number): boolean {
  return !SKIPPED_POS.has(tokens.pos[i]) && !STOP_WORDS.has(tokens.value[i].toLowerCase()) && !STOP_WORDS.has(tokens.lemma[i]) && /[\p{L}\p{N}]/u.test(tokens.value[i]);
}

/** Folds typographic variants so "U.S." and "US", "Zelenskyy’s" and "Zelenskyy's" meet. */
export function termOf(lemma: string): string {
  return lemma.replace(/[’‘]/g, "'").replace(/\./g, '');
}
