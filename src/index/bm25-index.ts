import type { ByteReader, ByteWriter } from './byte-stream.js';
import { INDEX_DEFAULTS, type Bm25Params } from './defaults.js';
import { TopK, type Hit } from './top-k.js';

export type { Bm25Params } from './defaults.js';
export type { Hit } from './top-k.js';

export interface QueryTerm {
  term: string;
  /** Multiplies the term's BM25 contribution (query expansion uses < 1). Terms with weight ≤ 0 are ignored. */
  weight: number;
}

/** Bm25Index.scores takes at most this many docs at once (positions are packed into 16 bits). */
const POSITIONS = 1 << 16;

/**
 * Relative slack on score upper bounds: a pruning decision compares a partial sum plus bounds, summed in
 * another order than the final score, so float rounding could otherwise drop a doc that ties the threshold
 * to the last bit. 1e-9 is far above the rounding error of a few dozen additions and far below score gaps.
 */
const BOUND_SLACK = 1 + 1e-9;

/**
 * Up to this many postings in a query's lists, `search` scores them all term at a time rather than by MaxScore: with
 * few postings there is little to skip, and a plain pass costs less per posting than MaxScore's turn over the lists
 * per doc. SQuAD dev's 10,570 questions as answer() asked them in session 14 (top 40 sentences, top 8 paragraphs; 20
 * and 4 since session 15, not measured again), µs per search, term at a time vs MaxScore: 1× (10,371 sentences, 471
 * postings a query on average) sentences 21 vs 31, paragraphs 7 vs 14; 10× (replicated, 4,710 postings) sentences 66
 * vs 122; 100× (47,100 postings) 850 vs 500, where MaxScore skips most (session 14's scratch timing, not kept; identical
 * hits for every question). The bound sits between the last two.
 */
const MAX_TERM_AT_A_TIME = 16_384;

/** Bm25Index.summed's sums of the query `of`: `values` by doc, > 0 for the `count` docs of `matched` (in the order met). */
interface Sums {
  of: PreparedQuery | null;
  values: Float64Array;
  matched: Uint32Array;
  count: number;
}

type TfArray = Uint16Array | Uint32Array;

/**
 * Term → id as a prototype-less object rather than a Map: V8 internalises a string used as a property key,
 * so repeated lookups of the same token compare pointers; measured 2.5× faster than Map.get on SQuAD
 * tokens, and term lookup is most of the build time.
 */
type TermIds = Record<string, number>;

/**
 * The term → id table of a vocabulary, made in steps: on a thread that must keep answering, `add` a slice per
 * event-loop turn (a 100k-term vocabulary takes tens of ms at once), then pass it to Bm25Index.fromClonable.
 */
export class TermTable {
  readonly ids: TermIds = Object.create(null);
  #next = 0;

  constructor(readonly terms: readonly string[]) {}

  get complete(): boolean {
    return this.#next === this.terms.length;
  }

  /** Adds up to `count` more terms; true once every term is in. */
  add(count: number): boolean {
    const end = Math.min(this.terms.length, this.#next + count);
    for (let t = this.#next; t < end; t++) this.ids[this.terms[t]] = t;
    this.#next = end;
    return this.complete;
  }

  fill(): this {
    this.add(this.terms.length);
    return this;
  }
}

/** What an index is made of; `build`, `fromClonable` and `readPostings` each produce these. */
interface IndexParts {
  params: Bm25Params;
  terms: readonly string[];
  termIds: TermIds;
  offsets: Uint32Array;
  postingDocs: Uint32Array;
  postingTfs: TfArray;
  docLengths: Uint32Array;
  norm: LengthNorm;
  /** Per term: the largest tf × (k1 + 1) / (tf + norm) over its postings. */
  maxTfPart: Float64Array;
}

/** IndexParts without the term → id table: what a worker thread hands over (toClonable). */
export type ClonableBm25 = Omit<IndexParts, 'termIds'>;

/** A query resolved against the vocabulary: merged, known terms with positive weight, in canonical order. */
interface PreparedQuery {
  /** Term ids, by ascending score upper bound (ties by term id); scores are summed in this order. */
  terms: Int32Array;
  /** weight × idf × (k1 + 1) per term: a posting contributes factor × tf / (tf + norm(doc)). */
  factors: Float64Array;
  /** Upper bound of each term's contribution, with slack. */
  bounds: Float64Array;
}

/**
 * Okapi BM25 over documents given as term arrays, held as an inverted index of typed arrays (one
 * Uint32Array of doc ids and one of term frequencies for all postings, sliced per term by offsets), so a
 * million short documents cost a few flat buffers rather than millions of objects.
 *
 * `search` returns the exact top k using MaxScore dynamic pruning (Turtle & Flood, "Query evaluation:
 * strategies and optimizations", 1995; the variant Lucene uses): terms are ordered by their maximal
 * contribution, and once the k-th best score exceeds the summed bounds of the weakest terms, documents
 * matching only those terms are never visited; their lists are only probed, by galloping search, for
 * candidates found in the others. A query with few postings is scored term at a time instead (MAX_TERM_AT_A_TIME).
 * Scores are summed in one canonical term order in `search` and `score`, so equal documents get bit-identical
 * scores and ties fall to the lower doc id.
 */
export class Bm25Index {
  /** Number of documents. */
  readonly size: number;
  private readonly params: Bm25Params;
  private readonly terms: readonly string[];
  private readonly termIds: TermIds;
  private readonly offsets: Uint32Array;
  private readonly postingDocs: Uint32Array;
  private readonly postingTfs: TfArray;
  private readonly docLengths: Uint32Array;
  /** norm(doc) = normBase + normPerTerm × length(doc) = k1 × (1 − b + b × length / avgdl). */
  private readonly normBase: number;
  private readonly normPerTerm: number;
  /** Per term: the largest tf × (k1 + 1) / (tf + norm) over its postings (its bound before weight × idf). */
  private readonly maxTfPart: Float64Array;
  /** The last query prepared (a copy, so a caller mutating its array cannot make it stale) and its resolution. */
  private lastQuery: { query: QueryTerm[]; prepared: PreparedQuery } | null = null;
  /** The sums of the last query scored term at a time (summed); made at the first such search (8 bytes per doc). */
  private sums: Sums | null = null;

  private constructor(parts: IndexParts) {
    this.params = { k1: parts.params.k1, b: parts.params.b };
    this.size = parts.docLengths.length;
    this.terms = parts.terms;
    this.termIds = parts.termIds;
    this.offsets = parts.offsets;
    this.postingDocs = parts.postingDocs;
    this.postingTfs = parts.postingTfs;
    this.docLengths = parts.docLengths;
    this.normBase = parts.norm.normBase;
    this.normPerTerm = parts.norm.normPerTerm;
    this.maxTfPart = parts.maxTfPart;
  }

  /** Indexes docs with ids 0..n−1 in iteration order; a term repeated in a doc counts towards its tf. */
  static build(docs: Iterable<readonly string[]>, params: Bm25Params = INDEX_DEFAULTS.bm25): Bm25Index {
    if (!validParams(params)) throw new RangeError(`BM25 needs k1 ≥ 0 and 0 ≤ b ≤ 1, got ${JSON.stringify(params)}`);
    // Pass 1: map terms to ids into one flat stream, count doc lengths and document frequencies.
    const termIds: TermIds = Object.create(null);
    const terms: string[] = [];
    let stream = new Uint32Array(1 << 16);
    let streamLength = 0;
    let docLengths = new Uint32Array(1 << 10);
    let docCount = 0;
    // Per term, interleaved so one cache line serves both: [2t] = last doc seen + 1 (0: none), [2t + 1] = df.
    let seen = new Uint32Array(1 << 11);
    let totalLength = 0;
    let maxLength = 0;
    for (const doc of docs) {
      const length = doc.length;
      if (docCount === docLengths.length) docLengths = grow(docLengths, docCount + 1);
      if (streamLength + length > stream.length) stream = grow(stream, streamLength + length);
      const mark = docCount + 1;
      for (let j = 0; j < length; j++) {
        const term = doc[j];
        let id = termIds[term];
        if (id === undefined) {
          id = terms.length;
          termIds[term] = id;
          terms.push(term);
          if (2 * id === seen.length) seen = grow(seen, 2 * id + 2);
        }
        stream[streamLength++] = id;
        if (seen[2 * id] !== mark) {
          seen[2 * id] = mark;
          seen[2 * id + 1]++;
        }
      }
      docLengths[docCount++] = length;
      totalLength += length;
      if (length > maxLength) maxLength = length;
    }

    // Pass 2: lay postings out term by term; docs are visited in order, so each list comes out sorted.
    const vocabulary = terms.length;
    const offsets = new Uint32Array(vocabulary + 1);
    for (let t = 0; t < vocabulary; t++) offsets[t + 1] = offsets[t] + seen[2 * t + 1];
    const postingCount = offsets[vocabulary];
    const postingDocs = new Uint32Array(postingCount);
    // tf ≤ doc length, so 16 bits suffice unless some doc has more than 65,535 terms.
    const postingTfs: TfArray = maxLength <= 0xffff ? new Uint16Array(postingCount) : new Uint32Array(postingCount);
    // Reuse `seen`, interleaved again: [2t] = tf of t in the current doc, [2t + 1] = t's next posting slot.
    const state = seen;
    for (let t = 0; t < vocabulary; t++) {
      state[2 * t] = 0;
      state[2 * t + 1] = offsets[t];
    }
    const norm = lengthNorm(params, totalLength, docCount);
    const { normBase, normPerTerm } = norm;
    const k1p1 = params.k1 + 1;
    const maxTfPart = new Float64Array(vocabulary);
    const distinct = new Uint32Array(maxLength);
    let position = 0;
    for (let d = 0; d < docCount; d++) {
      const end = position + docLengths[d];
      let distinctCount = 0;
      for (; position < end; position++) {
        const t = stream[position];
        if (state[2 * t]++ === 0) distinct[distinctCount++] = t;
      }
      const docNorm = normBase + normPerTerm * docLengths[d];
      for (let i = 0; i < distinctCount; i++) {
        const t = distinct[i];
        const tf = state[2 * t];
        const p = state[2 * t + 1]++;
        postingDocs[p] = d;
        postingTfs[p] = tf;
        state[2 * t] = 0;
        const part = (tf * k1p1) / (tf + docNorm);
        if (part > maxTfPart[t]) maxTfPart[t] = part;
      }
    }

    return new Bm25Index({
      params,
      terms,
      termIds,
      offsets,
      postingDocs,
      postingTfs,
      docLengths: docLengths.slice(0, docCount),
      norm,
      maxTfPart,
    });
  }

  /** Number of distinct terms; term ids run from 0 to this − 1. */
  get vocabularySize(): number {
    return this.terms.length;
  }

  /** The term with id `id` (0 ≤ id < vocabularySize). */
  termAt(id: number): string {
    return this.terms[id];
  }

  /** The term's id, or −1 when no document has it. */
  termId(term: string): number {
    return this.termIds[term] ?? -1;
  }

  /** Number of documents containing the term. */
  df(term: string): number {
    const id = this.termIds[term];
    return id === undefined ? 0 : this.offsets[id + 1] - this.offsets[id];
  }

  /** BM25 idf, log(1 + (N − df + 0.5) / (df + 0.5)); 0 for a term not in the index. */
  idf(term: string): number {
    const id = this.termIds[term];
    return id === undefined ? 0 : this.idfOf(id);
  }

  /** Whether the doc holds the term: a binary search of the term's postings. */
  has(doc: number, term: string): boolean {
    return this.hasId(doc, this.termId(term));
  }

  /**
   * has() for a term id (termId; −1 for none): a caller asking about the same terms in many docs looks their
   * ids up once (the ranker's paragraph and article coverage: a term lookup is a hash of the string).
   */
  hasId(doc: number, id: number): boolean {
    if (id < 0) return false;
    const end = this.offsets[id + 1];
    const p = gallop(this.postingDocs, this.offsets[id], end, doc);
    return p < end && this.postingDocs[p] === doc;
  }

  /** How many docs numbered from `from` to `to` − 1 hold the term: two binary searches of its postings. */
  docsBetween(term: string, from: number, to: number): number {
    return this.docsBetweenId(this.termId(term), from, to);
  }

  /** docsBetween() for a term id (termId; −1 for none). */
  docsBetweenId(id: number, from: number, to: number): number {
    if (id < 0) return 0;
    const end = this.offsets[id + 1];
    const low = gallop(this.postingDocs, this.offsets[id], end, from);
    return gallop(this.postingDocs, low, end, to) - low;
  }

  /**
   * The k best docs for the query, by score desc then doc id asc; only docs matching some term. Term at a time when the
   * query's lists hold at most `maxTermAtATime` postings, else by MaxScore: the same hits either way (tests pass 0 and
   * Infinity to check both).
   */
  search(query: readonly QueryTerm[], k: number, maxTermAtATime = MAX_TERM_AT_A_TIME): Hit[] {
    if (!(k >= 1) || this.size === 0) return [];
    const prepared = this.prepare(query);
    const { terms } = prepared;
    if (terms.length === 0) return [];
    let postings = 0;
    for (let i = 0; i < terms.length; i++) postings += this.offsets[terms[i] + 1] - this.offsets[terms[i]];
    const top = new TopK(Math.min(Math.floor(k), this.size));
    return postings <= maxTermAtATime ? this.searchTermAtATime(prepared, postings, top) : this.searchMaxScore(prepared, top);
  }

  private searchTermAtATime(prepared: PreparedQuery, postings: number, top: TopK): Hit[] {
    const { values, matched, count } = this.summed(prepared, postings);
    for (let j = 0; j < count; j++) top.offer(matched[j], values[matched[j]]);
    return top.sorted();
  }

  /**
   * Every posting of the query's lists scored, term after term in the canonical order, into one sum per doc: each doc's
   * sum is the one `score` makes (the same terms added in the same order, from 0), and 0 for a doc matching no term. Kept
   * until another query is summed, so that `scores` with the query just searched reads them (retrieve scores the
   * sentences of the best paragraphs, and the paragraphs of its candidates, right after searching).
   */
  private summed(prepared: PreparedQuery, postings: number): Sums {
    const sums = (this.sums ??= { of: null, values: new Float64Array(this.size), matched: new Uint32Array(1024), count: 0 });
    if (sums.of === prepared) return sums;
    const { values } = sums;
    for (let j = 0; j < sums.count; j++) values[sums.matched[j]] = 0;
    if (sums.matched.length < postings) sums.matched = new Uint32Array(2 * postings);
    const { matched } = sums;
    const { offsets, postingDocs, postingTfs, docLengths, normBase, normPerTerm } = this;
    const { terms, factors } = prepared;
    let count = 0;
    for (let i = 0; i < terms.length; i++) {
      const factor = factors[i];
      for (let p = offsets[terms[i]], end = offsets[terms[i] + 1]; p < end; p++) {
        const doc = postingDocs[p];
        const tf = postingTfs[p];
        // Every contribution is > 0 (weight, idf and tf are), so a sum of 0 is a doc not met yet.
        if (values[doc] === 0) matched[count++] = doc;
        values[doc] += (factor * tf) / (tf + (normBase + normPerTerm * docLengths[doc]));
      }
    }
    sums.of = prepared;
    sums.count = count;
    return sums;
  }

  private searchMaxScore({ terms, factors, bounds }: PreparedQuery, top: TopK): Hit[] {
    const m = terms.length;
    const { offsets, postingDocs, postingTfs, docLengths, normBase, normPerTerm } = this;
    const end = this.size; // sentinel doc id of an exhausted list
    const positions = new Int32Array(m);
    const ends = new Int32Array(m);
    const current = new Uint32Array(m); // doc id at each list's position, or `end`
    for (let i = 0; i < m; i++) {
      positions[i] = offsets[terms[i]];
      ends[i] = offsets[terms[i] + 1];
      current[i] = postingDocs[positions[i]];
    }
    // boundBelow[i] = sum of the bounds of terms 0..i−1.
    const boundBelow = new Float64Array(m + 1);
    for (let i = 0; i < m; i++) boundBelow[i + 1] = boundBelow[i] + bounds[i];
    const contributions = new Float64Array(m);

    // Until the heap is full any matching doc gets in; scores are > 0, so 0 keeps every term essential.
    let threshold = 0;
    // Terms below `essential` are non-essential: together they cannot lift a doc above the threshold.
    let essential = 0;

    for (;;) {
      let doc = end;
      for (let i = essential; i < m; i++) if (current[i] < doc) doc = current[i];
      if (doc === end) break;

      const norm = normBase + normPerTerm * docLengths[doc];
      let partial = 0;
      for (let i = essential; i < m; i++) {
        if (current[i] === doc) {
          const p = positions[i];
          const tf = postingTfs[p];
          const c = (factors[i] * tf) / (tf + norm);
          contributions[i] = c;
          partial += c;
          positions[i] = p + 1;
          current[i] = p + 1 < ends[i] ? postingDocs[p + 1] : end;
        } else {
          contributions[i] = 0;
        }
      }

      let pruned = false;
      for (let i = essential - 1; i >= 0; i--) {
        if (top.full && partial + boundBelow[i + 1] <= threshold) {
          pruned = true;
          break;
        }
        if (current[i] < doc) {
          const p = gallop(postingDocs, positions[i], ends[i], doc);
          positions[i] = p;
          current[i] = p < ends[i] ? postingDocs[p] : end;
        }
        if (current[i] === doc) {
          const p = positions[i];
          const tf = postingTfs[p];
          const c = (factors[i] * tf) / (tf + norm);
          contributions[i] = c;
          partial += c;
        } else {
          contributions[i] = 0;
        }
      }
      if (pruned) continue;

      let score = 0;
      for (let i = 0; i < m; i++) score += contributions[i];
      if (top.offer(doc, score) && top.full) {
        threshold = top.minScore;
        while (essential < m && boundBelow[essential + 1] <= threshold) essential++;
      }
    }
    return top.sorted();
  }

  /** Exact BM25 score of one doc (0 when it matches no query term); the same value `search` gives it. */
  score(doc: number, query: readonly QueryTerm[]): number {
    if (!Number.isInteger(doc) || doc < 0 || doc >= this.size) {
      throw new RangeError(`doc ${doc} is not in the index (size ${this.size})`);
    }
    const { terms, factors } = this.prepare(query);
    const norm = this.normBase + this.normPerTerm * this.docLengths[doc];
    let score = 0;
    for (let i = 0; i < terms.length; i++) {
      const start = this.offsets[terms[i]];
      const end = this.offsets[terms[i] + 1];
      const p = gallop(this.postingDocs, start, end, doc);
      if (p < end && this.postingDocs[p] === doc) {
        const tf = this.postingTfs[p];
        score += (factors[i] * tf) / (tf + norm);
      }
    }
    return score;
  }

  /**
   * score() of each of `docs`, in the order given, bit-identical to it: read from the sums when the query was just
   * searched term at a time; else the docs are visited in ascending order, so each term's postings are searched onwards
   * from the previous doc's place rather than from their start.
   */
  scores(docs: readonly number[], query: readonly QueryTerm[]): Float64Array {
    if (docs.length > POSITIONS) throw new RangeError(`at most ${POSITIONS} docs are scored at once, got ${docs.length}`);
    for (const doc of docs) {
      if (!Number.isInteger(doc) || doc < 0 || doc >= this.size) throw new RangeError(`doc ${doc} is not in the index (size ${this.size})`);
    }
    const prepared = this.prepare(query);
    const out = new Float64Array(docs.length);
    if (this.sums?.of === prepared) {
      const { values } = this.sums;
      for (let j = 0; j < docs.length; j++) out[j] = values[docs[j]];
      return out;
    }
    const { terms, factors } = prepared;
    const { offsets, postingDocs, postingTfs, docLengths, normBase, normPerTerm } = this;
    // Positions by ascending doc: each packed as doc × 2^16 + position (exact in a double below 2^53), sorted as numbers.
    const packed = new Float64Array(docs.length);
    for (let j = 0; j < docs.length; j++) packed[j] = docs[j] * POSITIONS + j;
    packed.sort();
    for (let i = 0; i < terms.length; i++) {
      let p = offsets[terms[i]];
      const end = offsets[terms[i] + 1];
      for (let k = 0; k < packed.length; k++) {
        // The position is the low 16 bits; floor and multiply by a power of two are exact, and cheaper than a float %.
        const j = packed[k] - Math.floor(packed[k] / POSITIONS) * POSITIONS;
        const doc = docs[j];
        p = gallop(postingDocs, p, end, doc);
        if (p === end) break;
        if (postingDocs[p] === doc) {
          const tf = postingTfs[p];
          // Summed term by term in the canonical order, from 0, exactly as score() sums.
          out[j] += (factors[i] * tf) / (tf + (normBase + normPerTerm * docLengths[doc]));
        }
      }
    }
    return out;
  }

  /**
   * The index as structured-clonable parts, to hand it from the thread that built it to another
   * (src/coverage-thread/coverage-thread.ts): typed arrays go as memory (transferable), nothing is encoded or
   * checked. The term → id table is left out: a prototype-less object arrives with a prototype, so the
   * receiver makes it again (TermTable, a slice at a time if it must stay responsive).
   */
  toClonable(): ClonableBm25 {
    const { params, terms, offsets, postingDocs, postingTfs, docLengths, maxTfPart } = this;
    const norm = { normBase: this.normBase, normPerTerm: this.normPerTerm };
    return { params, terms, offsets, postingDocs, postingTfs, docLengths, norm, maxTfPart };
  }

  /**
   * An index from toClonable's parts, as built (in this process or a worker thread of it). `table`, when it is
   * the complete TermTable of the same terms array, is used instead of making one (indexes over the same
   * vocabulary share it).
   */
  static fromClonable(parts: ClonableBm25, table?: TermTable): Bm25Index {
    const termIds = table?.terms === parts.terms && table.complete ? table.ids : new TermTable(parts.terms).fill().ids;
    return new Bm25Index({ ...parts, termIds });
  }

  /**
   * Writes the postings (not the vocabulary, not the parameters) for readPostings: the number of docs and of postings,
   * then per term its document frequency and per posting the gap to the previous doc id − 1 (the doc id + 1 for the
   * first) and tf − 1, each a varint. Doc lengths are the sums of their tfs, and are not written.
   */
  writePostings(out: ByteWriter): void {
    const { offsets, postingDocs, postingTfs } = this;
    out.varint(this.size);
    out.varint(postingDocs.length);
    for (let t = 0; t < this.terms.length; t++) {
      out.varint(offsets[t + 1] - offsets[t]);
      let previous = -1;
      for (let p = offsets[t]; p < offsets[t + 1]; p++) {
        out.varint(postingDocs[p] - previous - 1);
        out.varint(postingTfs[p] - 1);
        previous = postingDocs[p];
      }
    }
  }

  /**
   * The index writePostings wrote, over the vocabulary `terms` (`table` its complete TermTable) with `params`, or null
   * when the bytes do not make one: a list empty or running past the postings or the docs, a count that the bytes
   * cannot hold. Doc ids ascend and tfs are ≥ 1 by construction; each term's bound is derived, never read.
   */
  static readPostings(input: ByteReader, terms: readonly string[], table: TermTable, params: Bm25Params): Bm25Index | null {
    if (!validParams(params) || table.terms !== terms || !table.complete) return null;
    const size = input.varint();
    const count = input.varint();
    // Every posting takes two bytes at least: a count beyond that is no index (and no allocation is made for it).
    if (size < 0 || count < 0 || 2 * count > input.left) return null;
    const offsets = new Uint32Array(terms.length + 1);
    const postingDocs = new Uint32Array(count);
    const tfs = new Uint32Array(count);
    const docLengths = new Uint32Array(size);
    // Millions of varints, nearly all one byte: those are read here, the rest by the reader.
    const { bytes } = input;
    let at = input.position;
    const varint = (): number => {
      const byte = at < bytes.length ? bytes[at] : 0x80;
      if (byte < 0x80) {
        at++;
        return byte;
      }
      input.moveTo(at);
      const value = input.varint();
      at = input.position;
      return value;
    };
    let p = 0;
    for (let t = 0; t < terms.length; t++) {
      const df = varint();
      if (df < 1 || df > count - p) return null;
      offsets[t] = p;
      let doc = -1;
      for (const end = p + df; p < end; p++) {
        const gap = varint();
        const tf = varint() + 1;
        doc += gap + 1;
        if (gap < 0 || tf < 1 || doc >= size) return null;
        postingDocs[p] = doc;
        tfs[p] = tf;
        docLengths[doc] += tf;
      }
    }
    input.moveTo(at);
    offsets[terms.length] = p;
    if (p !== count) return null;
    let totalLength = 0;
    let maxLength = 0;
    for (let d = 0; d < size; d++) {
      totalLength += docLengths[d];
      if (docLengths[d] > maxLength) maxLength = docLengths[d];
    }
    // As build lays them out: 16 bits unless some doc has more than 65,535 terms.
    const postingTfs: TfArray = maxLength <= 0xffff ? new Uint16Array(tfs) : tfs;
    const norm = lengthNorm(params, totalLength, size);
    const { normBase, normPerTerm } = norm;
    const k1p1 = params.k1 + 1;
    const maxTfPart = new Float64Array(terms.length);
    for (let t = 0; t < terms.length; t++) {
      let max = 0;
      for (let q = offsets[t]; q < offsets[t + 1]; q++) {
        const tf = postingTfs[q];
        const part = (tf * k1p1) / (tf + (normBase + normPerTerm * docLengths[postingDocs[q]]));
        if (part > max) max = part;
      }
      maxTfPart[t] = max;
    }
    const { k1, b } = params;
    return new Bm25Index({ params: { k1, b }, terms, termIds: table.ids, offsets, postingDocs, postingTfs, docLengths, norm, maxTfPart });
  }

  private idfOf(id: number): number {
    const df = this.offsets[id + 1] - this.offsets[id];
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /**
   * The query resolved as `resolve` does, reusing the last resolution when the query has the same terms and
   * weights: callers rescore dozens of candidates with one query, one `score` call each.
   */
  private prepare(query: readonly QueryTerm[]): PreparedQuery {
    const last = this.lastQuery;
    if (last && sameQuery(last.query, query)) return last.prepared;
    const prepared = this.resolve(query);
    this.lastQuery = { query: query.map(({ term, weight }) => ({ term, weight })), prepared };
    return prepared;
  }

  /**
   * Merges duplicate terms (summing weights), drops unknown terms and weights ≤ 0, orders by bound (ties by term id).
   * Written on typed arrays with an insertion sort, whose comparison the compiler inlines: a query has a few terms, and the
   * Map, the entry objects and Array.prototype.sort's comparator calls were 2.3% of answer()'s CPU, three resolutions a
   * question (profile of SQuAD 1x, session 52). The order is a strict total one (ids are distinct), so any sort gives it.
   */
  private resolve(query: readonly QueryTerm[]): PreparedQuery {
    // Each known term's id and summed weight, in order of first appearance.
    const ids = new Int32Array(query.length);
    const summed = new Float64Array(query.length);
    let known = 0;
    for (const { term, weight } of query) {
      const id = this.termIds[term];
      if (id === undefined) continue;
      let at = 0;
      while (at < known && ids[at] !== id) at++;
      if (at === known) ids[known++] = id;
      summed[at] += weight;
    }
    const k1p1 = this.params.k1 + 1;
    let terms = new Int32Array(known);
    let factors = new Float64Array(known);
    let bounds = new Float64Array(known);
    let count = 0;
    for (let j = 0; j < known; j++) {
      const id = ids[j];
      const weight = summed[j];
      if (!(weight > 0) || !Number.isFinite(weight)) continue;
      const factor = weight * this.idfOf(id) * k1p1;
      const bound = weight * this.idfOf(id) * this.maxTfPart[id] * BOUND_SLACK;
      let at = count++;
      for (; at > 0 && (bounds[at - 1] > bound || (bounds[at - 1] === bound && terms[at - 1] > id)); at--) {
        terms[at] = terms[at - 1];
        factors[at] = factors[at - 1];
        bounds[at] = bounds[at - 1];
      }
      terms[at] = id;
      factors[at] = factor;
      bounds[at] = bound;
    }
    if (count < known) [terms, factors, bounds] = [terms.slice(0, count), factors.slice(0, count), bounds.slice(0, count)];
    return { terms, factors, bounds };
  }
}

function sameQuery(a: readonly QueryTerm[], b: readonly QueryTerm[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].term !== b[i].term || !Object.is(a[i].weight, b[i].weight)) return false;
  return true;
}

interface LengthNorm {
  normBase: number;
  normPerTerm: number;
}

/**
 * BM25's length normalisation k1 × (1 − b + b × length / avgdl) as normBase + normPerTerm × length, so scoring a
 * posting costs one multiply-add; with no terms at all avgdl is taken as 1 (nothing is scored then).
 */
function lengthNorm({ k1, b }: Bm25Params, totalLength: number, docCount: number): LengthNorm {
  const avgLength = totalLength > 0 ? totalLength / docCount : 1;
  return { normBase: k1 * (1 - b), normPerTerm: (k1 * b) / avgLength };
}

function validParams(params: unknown): params is Bm25Params {
  if (typeof params !== 'object' || params === null) return false;
  const { k1, b } = params as Partial<Record<keyof Bm25Params, unknown>>;
  return typeof k1 === 'number' && typeof b === 'number' && k1 >= 0 && Number.isFinite(k1) && b >= 0 && b <= 1;
}

/** First position in [from, to) whose doc id is ≥ target (`to` if none): exponential then binary search. */
function gallop(docs: Uint32Array, from: number, to: number, target: number): number {
  let low = from;
  let step = 1;
  let high = from;
  while (high < to && docs[high] < target) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  if (high > to) high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (docs[mid] < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A copy of the array with room for at least minLength elements (doubling, so appends are amortised O(1)). */
function grow(array: Uint32Array, minLength: number): Uint32Array<ArrayBuffer> {
  let length = array.length * 2;
  while (length < minLength) length *= 2;
  const bigger = new Uint32Array(length);
  bigger.set(array);
  return bigger;
}
