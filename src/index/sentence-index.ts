import { indexTerms } from '../analyse/index-terms.js';
import type { AnalysedArticle } from '../analyse/types.js';
import { Bm25Index, DEFAULT_BM25, type Bm25Params } from './bm25-index.js';

/**
 * The coverage's retrieval structure: one BM25 index over sentences and one over passages
 * (paragraphs), whose score is mixed into its sentences' scores (the paragraph prior of
 * shared/notes/retrieval-findings.md: recall@5 0.852 → 0.889 on SQuAD). Documents are numbered in
 * corpus order; `article`/`sentence` map a sentence number back to its article and ordinal.
 */
export class SentenceIndex {
  private constructor(
    readonly sentences: Bm25Index,
    readonly passages: Bm25Index,
    /** Whole articles, for the article prior. */
    readonly articles: Bm25Index,
    /** Per sentence number: the article's position in the coverage, the sentence's ordinal, its passage number. */
    readonly article: Uint32Array,
    readonly sentence: Uint32Array,
    readonly passageOf: Uint32Array,
    /** Per passage number: its first sentence number; the sentinel at the end closes the last passage. */
    readonly passageStart: Uint32Array,
  ) {}

  static build(articles: readonly AnalysedArticle[], params: Bm25Params = DEFAULT_BM25): SentenceIndex {
    let total = 0;
    for (const a of articles) total += a.sentences.length;
    const article = new Uint32Array(total);
    const sentence = new Uint32Array(total);
    const passageOf = new Uint32Array(total);
    const sentenceTerms: string[][] = new Array(total);
    const passageStarts: number[] = [];
    const articleStarts: number[] = [];
    let n = 0;
    articles.forEach((a, ai) => {
      articleStarts.push(n);
      let current = -1;
      a.sentences.forEach((s, si) => {
        if (s.passage !== current) {
          current = s.passage;
          passageStarts.push(n);
        }
        sentenceTerms[n] = indexTerms(a.tokens, s.tokenStart, s.tokenEnd);
        article[n] = ai;
        sentence[n] = si;
        passageOf[n] = passageStarts.length - 1;
        n++;
      });
    });
    passageStarts.push(total);
    articleStarts.push(total);
    return new SentenceIndex(
      Bm25Index.build(sentenceTerms, params),
      Bm25Index.build(concatenated(sentenceTerms, passageStarts), params),
      Bm25Index.build(concatenated(sentenceTerms, articleStarts), params),
      article,
      sentence,
      passageOf,
      Uint32Array.from(passageStarts),
    );
  }

  get size(): number {
    return this.article.length;
  }
}

/**
 * The terms of each run of sentences [starts[i], starts[i + 1]), one run at a time: passages and
 * articles are indexed from the sentences' terms without holding a second and third copy of them.
 */
function* concatenated(sentenceTerms: readonly string[][], starts: readonly number[]): Generator<string[]> {
  for (let i = 0; i + 1 < starts.length; i++) yield sentenceTerms.slice(starts[i], starts[i + 1]).flat();
}
