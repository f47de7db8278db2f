import { indexTerms, termsOf } from '../analyse/index-terms.js';
import { sentenceColumnsOf, type AnalysedArticle, type SentenceColumns, type Tokens } from '../analyse/types.js';
import { Bm25Index, TermTable, type Bm25Params, type ClonableBm25 } from './bm25-index.js';
import { ByteReader, ByteWriter } from './byte-stream.js';
import { INDEX_DEFAULTS } from './defaults.js';
import { RecentWeakMap } from './recent-weak-map.js';

/**
 * The layout of toBinary, bumped whenever it changes: a saved index of another layout is not read (it is rebuilt).
 * 2: binary, varints (session 9); 1 was JSON with base64 arrays, each index with its own copy of the vocabulary.
 */
export const SAVED_INDEX_FORMAT = 2;

/**
 * The coverage's retrieval structure: one BM25 index over sentences and one over passages
 * (paragraphs), whose score is mixed into its sentences' scores (the paragraph prior of
 * docs/DESIGN.md, "Measurements behind the design": recall@5 0.852 → 0.889 on SQuAD). Documents are numbered in
 * corpus order; `article`/`sentence` map a sentence number back to its article and ordinal.
 */
export class SentenceIndex {
  /** Per article's tokens, their term ids (termIdsOf). */
  #termIds = new RecentWeakMap<Tokens, Int32Array>();

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

  static build(articles: readonly AnalysedArticle[]): SentenceIndex {
    const params = INDEX_DEFAULTS.bm25;
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
   * The index as bytes, for the index cache: the format and BM25 parameters; per article, how many sentences and tokens
   * in them it had (counted from the sentences' token ranges, so checking them does not read the token columns): a
   * saved index is used only over articles that were segmented alike; the vocabulary once, as JSON text (the three
   * indexes share it: passages and articles are runs of sentences, and terms are numbered in order of first occurrence);
   * then each index's postings (Bm25Index.writePostings). The sentence-to-article maps are derived again on load.
   * SQuAD 10×'s index (103,710 sentences) takes 7.7 MB so, 10.2 MB in base64, where its JSON with base64 arrays (format
   * 1) took 27.4 MB; parsing the record and loading the index took 203 ms of CPU instead of 261 (medians of 5, 10:01 UTC,
   * load ~6).
   */
  toBinary(articles: readonly AnalysedArticle[]): Uint8Array {
    const out = new ByteWriter();
    const { params, terms } = this.sentences.toClonable();
    out.varint(SAVED_INDEX_FORMAT);
    out.float64(params.k1);
    out.float64(params.b);
    out.varint(articles.length);
    for (const article of articles) {
      const columns = sentenceColumnsOf(article);
      out.varint(columns.count);
      out.varint(tokensIn(columns));
    }
    out.text(JSON.stringify(terms));
    for (const index of [this.sentences, this.passages, this.articles]) {
      // Another vocabulary cannot come from build; should one, it is written in full rather than misread.
      const own = index.toClonable().terms;
      const shared = own === terms || sameItems(own, terms);
      out.varint(shared ? 0 : 1);
      if (!shared) out.text(JSON.stringify(own));
      index.writePostings(out);
    }
    return out.done();
  }

  /**
   * The saved index of `articles` (toBinary's bytes), or null when it is of another format, was built with other BM25
   * parameters (a retuned default), over articles with other sentence or token counts (it would map sentence numbers to
   * the wrong sentences), or the bytes are cut short or do not make an index: then rebuild.
   */
  static fromBinary(
    bytes: Uint8Array,
    articles: readonly AnalysedArticle[],
    params: Bm25Params = INDEX_DEFAULTS.bm25,
  ): SentenceIndex | null {
    const input = new ByteReader(bytes);
    if (input.varint() !== SAVED_INDEX_FORMAT || input.float64() !== params.k1 || input.float64() !== params.b) return null;
    if (input.varint() !== articles.length) return null;
    for (const article of articles) {
      const columns = sentenceColumnsOf(article);
      if (input.varint() !== columns.count || input.varint() !== tokensIn(columns)) return null;
    }
    const vocabulary = (): { terms: string[]; table: TermTable } | null => {
      const text = input.text();
      let terms: unknown;
      try {
        terms = text === null ? null : JSON.parse(text);
      } catch {
        return null;
      }
      if (!Array.isArray(terms) || !terms.every((term) => typeof term === 'string')) return null;
      const table = new TermTable(terms as string[]).fill();
      // A term listed twice would give two ids to one term.
      return Object.keys(table.ids).length === terms.length ? { terms: terms as string[], table } : null;
    };
    const shared = vocabulary();
    if (!shared) return null;
    const indexes: Bm25Index[] = [];
    for (let k = 0; k < 3; k++) {
      const flag = input.varint();
      const own = flag === 1 ? vocabulary() : flag === 0 ? shared : null;
      const index = own && Bm25Index.readPostings(input, own.terms, own.table, params);
      if (!index) return null;
      indexes.push(index);
    }
    if (input.left !== 0) return null;
    const [sentences, passages, articleIndex] = indexes;
    const layout = layoutOf(articles);
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
    for (const other of rest) if (sameItems(other.terms, first.terms)) other.terms = first.terms;
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

/**
 * True when two arrays hold the same items (===) in the same order: the three indexes' vocabularies here, an analysis
 * record's sentence columns in the store (analysis-record.ts).
 */
export function sameItems<T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function tokensIn(columns: SentenceColumns): number {
  let n = 0;
  for (let i = 0; i < columns.count; i++) n += columns.tokenEnd[i] - columns.tokenStart[i];
  return n;
}

/** Sentence numbers in corpus order, mapped to their article, ordinal and passage; where passages and articles start. */
function layoutOf(articles: readonly AnalysedArticle[]) {
  const columns = articles.map(sentenceColumnsOf);
  let total = 0;
  for (const c of columns) total += c.count;
  const article = new Uint32Array(total);
  const sentence = new Uint32Array(total);
  const passageOf = new Uint32Array(total);
  const passageStarts: number[] = [];
  const articleStarts: number[] = [];
  let n = 0;
  columns.forEach(({ count, passage }, ai) => {
    articleStarts.push(n);
    let current = -1;
    for (let si = 0; si < count; si++) {
      if (passage[si] !== current) {
        current = passage[si];
        passageStarts.push(n);
      }
      article[n] = ai;
      sentence[n] = si;
      passageOf[n] = passageStarts.length - 1;
      n++;
    }
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
