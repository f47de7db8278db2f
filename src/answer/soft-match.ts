/**
 * Soft matching: words of the articles that stand for a question's word without being it (a synonym,
 * a derivation, a nationality for its country). Filled from WordNet (src/lexicon/) once it is in.
 */
export function relatedTerms(own: readonly string[]): ReadonlyMap<string, number> {
  void own;
  return EMPTY;
}
const EMPTY: ReadonlyMap<string, number> = new Map();
