import { indexTerms, termsOf } from '../analyse/index-terms.js';
import type { AnalysedArticle, Tokens } from '../analyse/types.js';
import { Bm25Index, TermTable, type Bm25Params, type ClonableBm25, type SerializedBm25 } from './bm25-index.js';
import { INDEX_DEFAULTS } from './defaults.js';
import { base64ToTypedArray, typedArrayToBase64 } from './typed-array-base64.js';

/**
 * The coverage's retrieval structure: one BM25 index over sentences and one over passages
 * (paragraphs), whose score is mixed into its sentences' scores (the paragraph prior of
 * docs/DESIGN.md, "Measurements behind the design": recall@5 0.852 → 0.889 on SQuAD). Documents are numbered in
 * corpus order; `article`/`sentence` map a sentence number back to its article and ordinal.
 */
export class SentenceIndex {
  /** Per article's tokens, their term ids (termIdsOf). */
  #termIds = new WeakMap<Tokens, Int32Array>();

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

  static build(articles: readonly AnalysedArticle[], params: Bm25Params = INDEX_DEFAULTS.bm25): SentenceIndex {
    const layout = layoutOf(articles);
    const sentenceTerms: string[][] = new Array(layout.article.length);
    for (let n = 0; n < sentenceTerms.length; n++) {
      const a = articles[layout.article[n]];
      const s = a.sentences[layout.sentence[n]];
      sentenceTerms[n] = indexTerms(a.tokens, s.tokenStart, s.tokenEnd);
    }
    return new SentenceIndex(
      Bm25Index.build(sentenceTerms, params),
      Bm25Index.build(concatenated(sentenceTerms, layout.passageStart), params),
      Bm25Index.build(concatenated(sentenceTerms, layout.articleStart), params),
      layout.article,
      layout.sentence,
      layout.passageOf,
      layout.passageStart,
    );
  }

  /**
   * The three BM25 indexes and, per article, how many sentences and tokens in them it had (counted from
   * the sentences' token ranges, so checking them does not read the token columns): a saved index is used
   * only over articles that were segmented alike. The sentence-to-article maps are derived again on load.
   */
  toJSON(articles: readonly AnalysedArticle[]): SerializedSentenceIndex {
    return {
      sentenceCounts: typedArrayToBase64(Uint32Array.from(articles, (a) => a.sentences.length)),
      tokenCounts: typedArrayToBase64(Uint32Array.from(articles, sentenceTokens)),
      sentences: this.sentences.toJSON(),
      passages: this.passages.toJSON(),
      articles: this.articles.toJSON(),
    };
  }

  /**
   * The saved index of `articles`, or null when it is of another format, was built with other BM25
   * parameters (a retuned default) or over articles with other sentence or token counts (then rebuild:
   * it would map sentence numbers to the wrong sentences).
   */
  static fromJSON(saved: unknown, articles: readonly AnalysedArticle[], params: Bm25Params = INDEX_DEFAULTS.bm25): SentenceIndex | null {
    if (typeof saved !== 'object' || saved === null) return null;
    const data = saved as Partial<Record<keyof SerializedSentenceIndex, unknown>>;
    if (![data.sentences, data.passages, data.articles].every((index) => builtWith(index, params))) return null;
    const sentenceCounts = base64ToTypedArray(data.sentenceCounts, Uint32Array);
    const tokenCounts = base64ToTypedArray(data.tokenCounts, Uint32Array);
    if (!sentenceCounts || !tokenCounts || sentenceCounts.length !== articles.length || tokenCounts.length !== articles.length) return null;
    for (let i = 0; i < articles.length; i++) {
      if (sentenceCounts[i] !== articles[i].sentences.length || tokenCounts[i] !== sentenceTokens(articles[i])) return null;
    }
    const layout = layoutOf(articles);
    const sentences = Bm25Index.fromJSON(data.sentences);
    const passages = Bm25Index.fromJSON(data.passages);
    const articleIndex = Bm25Index.fromJSON(data.articles);
    if (!sentences || !passages || !articleIndex) return null;
    const sizesFit =
      sentences.size === layout.article.length && passages.size === layout.passageStart.length - 1 && articleIndex.size === articles.length;
    if (!sizesFit) return null;
    return new SentenceIndex(sentences, passages, articleIndex, layout.article, layout.sentence, layout.passageOf, layout.passageStart);
  }

  /**
   * The index as structured-clonable parts, to hand it to another thread (Bm25Index.toClonable). The three
   * indexes have one vocabulary in one order (passages and articles are runs of sentences, and terms are
   * numbered in order of first occurrence), so their terms go as one array: structured clone keeps a shared
   * reference shared, and the receiver makes one TermTable for all three.
   */
  toClonable(): ClonableSentenceIndex {
    const { sentences, passages, articles, article, sentence, passageOf, passageStart } = this;
    const parts = [sentences.toClonable(), passages.toClonable(), articles.toClonable()];
    const [first, ...rest] = parts;
    for (const other of rest) if (sameTerms(other.terms, first.terms)) other.terms = first.terms;
    return { sentences: parts[0], passages: parts[1], articles: parts[2], article, sentence, passageOf, passageStart };
  }

  /** The index from toClonable's parts; `table` (the complete TermTable of the sentences' terms) saves making it here. */
  static fromClonable(parts: ClonableSentenceIndex, table = new TermTable(parts.sentences.terms).fill()): SentenceIndex {
    return new SentenceIndex(
      Bm25Index.fromClonable(parts.sentences, table),
      Bm25Index.fromClonable(parts.passages, table),
      Bm25Index.fromClonable(parts.articles, table),
      parts.article,
      parts.sentence,
      parts.passageOf,
      parts.passageStart,
    );
  }

  get size(): number {
    return this.article.length;
  }

  /**
   * Each token's term id in the sentence index's vocabulary, −1 where the token is not indexed; per article,
   * kept while the article and this index are. The ranker reads the terms of every token of every candidate,
   * and an id is an array index where a term is a hash lookup.
   */
  termIdsOf(tokens: Tokens): Int32Array {
    let ids = this.#termIds.get(tokens);
    if (!ids) {
      const terms = termsOf(tokens);
      ids = new Int32Array(terms.length);
      for (let i = 0; i < ids.length; i++) {
        const term = terms[i];
        ids[i] = term === null ? -1 : this.sentences.termId(term);
      }
      this.#termIds.set(tokens, ids);
    }
    return ids;
  }
}

export interface ClonableSentenceIndex {
  sentences: ClonableBm25;
  passages: ClonableBm25;
  articles: ClonableBm25;
  article: Uint32Array;
  sentence: Uint32Array;
  passageOf: Uint32Array;
  passageStart: Uint32Array;
}

export interface SerializedSentenceIndex {
  /** base64 Uint32Array: each article's number of sentences, in corpus order. */
  sentenceCounts: string;
  /** base64 Uint32Array: each article's number of tokens in sentences. */
  tokenCounts: string;
  sentences: SerializedBm25;
  passages: SerializedBm25;
  articles: SerializedBm25;
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let t = 0; t < a.length; t++) if (a[t] !== b[t]) return false;
  return true;
}

function builtWith(index: unknown, { k1, b }: Bm25Params): boolean {
  const saved = (index as Partial<SerializedBm25> | null)?.params;
  return saved?.k1 === k1 && saved?.b === b;
}

function sentenceTokens(article: AnalysedArticle): number {
  let n = 0;
  for (const s of article.sentences) n += s.tokenEnd - s.tokenStart;
  return n;
}

/** Sentence numbers in corpus order, mapped to their article, ordinal and passage; where passages and articles start. */
function layoutOf(articles: readonly AnalysedArticle[]) {
  let total = 0;
  for (const a of articles) total += a.sentences.length;
  const article = new Uint32Array(total);
  const sentence = new Uint32Array(total);
  const passageOf = new Uint32Array(total);
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
      article[n] = ai;
      sentence[n] = si;
      passageOf[n] = passageStarts.length - 1;
      n++;
    });
  });
  passageStarts.push(total);
  articleStarts.push(total);
  return { article, sentence, passageOf, passageStart: Uint32Array.from(passageStarts), articleStart: articleStarts };
}

/**
 * The terms of each run of sentences [starts[i], starts[i + 1]), one run at a time: passages and
 * articles are indexed from the sentences' terms without holding a second and third copy of them.
 */
function* concatenated(sentenceTerms: readonly string[][], starts: ArrayLike<number>): Generator<string[]> {
  for (let i = 0; i + 1 < starts.length; i++) {
    // A plain loop: Array.prototype.flat over slices took half the index build at 100k sentences.
    const run: string[] = [];
    for (let n = starts[i]; n < starts[i + 1]; n++) for (const term of sentenceTerms[n]) run.push(term);
    yield run;
  }
}
