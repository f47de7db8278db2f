/** Okapi BM25's term-frequency saturation (k1) and length normalisation (b). */
export interface Bm25Params {
  k1: number;
  b: number;
}

/** Tuning values of the index layer. */
export interface IndexSettings {
  /**
   * k1 = 0.4, b = 0.5: the best setting measured for sentence retrieval on SQuAD v1.1 dev with wink-nlp
   * lemmas (docs/DESIGN.md, "Measurements behind the design": held-out P@1 0.704, vs 0.694 for BM25+ at
   * MiniSearch's defaults k1 1.2, b 0.7). Sentences are short, so term frequency saturates early and length
   * matters less than in documents. The same values serve the paragraph and article indexes.
   */
  bm25: Bm25Params;
}

export const INDEX_DEFAULTS: IndexSettings = {
  bm25: { k1: 0.4, b: 0.5 },
};
