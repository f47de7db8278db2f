import { describe, expect, it } from 'vitest';
import { INDEX_DEFAULTS } from '../../src/index/defaults.js';
import { Bm25Index, TermTable, type Bm25Params, type Hit, type QueryTerm } from '../../src/index/bm25-index.js';
import { ByteReader, ByteWriter } from '../../src/index/byte-stream.js';

/** The index's postings written and read back over its own vocabulary, as the saved index does. */
function roundTrip(index: Bm25Index, params: Bm25Params = INDEX_DEFAULTS.bm25): Bm25Index | null {
  const out = new ByteWriter();
  index.writePostings(out);
  const { terms } = index.toClonable();
  return Bm25Index.readPostings(new ByteReader(out.done()), terms, new TermTable(terms).fill(), params);
}

/** The BM25 formula computed naively, document by document, as the reference. */
function referenceScores(docs: readonly (readonly string[])[], query: readonly QueryTerm[], { k1, b }: Bm25Params): number[] {
  const n = docs.length;
  const avgLength = docs.reduce((sum, d) => sum + d.length, 0) / n;
  const weights = new Map<string, number>();
  for (const { term, weight } of query) weights.set(term, (weights.get(term) ?? 0) + weight);
  return docs.map((doc) => {
    let score = 0;
    for (const [term, weight] of weights) {
      if (weight <= 0) continue;
      const df = docs.filter((d) => d.includes(term)).length;
      if (df === 0) continue;
      const tf = doc.filter((t) => t === term).length;
      if (tf === 0) continue;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      score += (weight * idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * doc.length) / avgLength));
    }
    return score;
  });
}

function referenceTopK(scores: readonly number[], k: number): Hit[] {
  return scores
    .map((score, doc) => ({ doc, score }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, k);
}

const TOLERANCE = 1e-9;

/**
 * Checks hits against the exhaustive reference without depending on float summation order: same length,
 * same score at every rank, every hit's reference score equal to its reported score, every doc clearly
 * above the k-th score present, sorted by score desc and doc asc.
 */
function expectSameTopK(hits: Hit[], scores: readonly number[], k: number): void {
  const expected = referenceTopK(scores, k);
  expect(hits.length).toBe(expected.length);
  expect(new Set(hits.map((h) => h.doc)).size).toBe(hits.length);
  hits.forEach((hit, i) => {
    expect(hit.score).toBeCloseTo(expected[i].score, 9);
    expect(Math.abs(scores[hit.doc] - hit.score)).toBeLessThan(TOLERANCE);
    if (i > 0) {
      const previous = hits[i - 1];
      expect(previous.score > hit.score || (previous.score === hit.score && previous.doc < hit.doc)).toBe(true);
    }
  });
  if (expected.length === 0) return;
  const kth = expected[expected.length - 1].score;
  const returned = new Set(hits.map((h) => h.doc));
  for (const h of expected) if (h.score > kth + TOLERANCE) expect(returned.has(h.doc)).toBe(true);
}

/** mulberry32: a small seeded PRNG, so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws word ranks with probability ∝ 1 / (rank + 1)^s, like word frequencies in text (Zipf's law). */
function zipfSampler(random: () => number, vocabulary: number, s: number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 0; r < vocabulary; r++) cumulative.push((total += 1 / (r + 1) ** s));
  return () => {
    const x = random() * total;
    let low = 0;
    let high = vocabulary - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < x) low = mid + 1;
      else high = mid;
    }
    return `w${low}`;
  };
}

const tokens = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

const NEWS = [
  'The city council approved the new budget on Tuesday after a long debate.',
  'The budget includes money for schools, roads and a new library.',
  'Council members said the library would open next year.',
  'Opponents of the budget argued that taxes would rise.',
  'The mayor praised the council and said taxes would not rise.',
  'A storm closed roads across the county on Wednesday.',
  'Schools in the county were closed because of the storm.',
  'The storm brought heavy rain, and rain is expected again on Friday.',
  '',
  'Library library library: the word repeats to test term frequency saturation.',
].map(tokens);

const q = (...terms: string[]): QueryTerm[] => terms.map((term) => ({ term, weight: 1 }));

describe('Bm25Index scoring', () => {
  const queries: QueryTerm[][] = [
    q('budget'),
    q('council', 'budget', 'taxes'),
    q('storm', 'rain', 'friday'),
    q('library', 'open'),
    [
      { term: 'storm', weight: 1 },
      { term: 'closed', weight: 0.4 },
      { term: 'roads', weight: 2.5 },
    ],
    q('the', 'new', 'library', 'the'),
  ];
  const paramSets: Bm25Params[] = [INDEX_DEFAULTS.bm25, { k1: 1.2, b: 0.75 }, { k1: 2, b: 0 }, { k1: 0, b: 1 }, { k1: 0.9, b: 1 }];

  for (const params of paramSets) {
    it(`scores every doc as the BM25 formula does (k1 ${params.k1}, b ${params.b})`, () => {
      const index = Bm25Index.build(NEWS, params);
      for (const query of queries) {
        const expected = referenceScores(NEWS, query, params);
        expected.forEach((score, doc) => expect(index.score(doc, query)).toBeCloseTo(score, 12));
        expectSameTopK(index.search(query, NEWS.length), expected, NEWS.length);
      }
    });
  }

  it('uses k1 0.4 and b 0.5 by default', () => {
    expect(INDEX_DEFAULTS.bm25).toEqual({ k1: 0.4, b: 0.5 });
    const query = q('council', 'taxes');
    expect(Bm25Index.build(NEWS).score(4, query)).toBe(Bm25Index.build(NEWS, { k1: 0.4, b: 0.5 }).score(4, query));
  });

  it('reports df and the BM25 idf of a term, and 0 for unknown terms', () => {
    const index = Bm25Index.build(NEWS);
    expect(index.size).toBe(NEWS.length);
    expect(index.df('budget')).toBe(3);
    expect(index.df('library')).toBe(3);
    expect(index.idf('budget')).toBeCloseTo(Math.log(1 + (10 - 3 + 0.5) / (3 + 0.5)), 12);
    expect(index.df('unicorn')).toBe(0);
    expect(index.idf('unicorn')).toBe(0);
  });

  it('tells whether a doc holds a term, and numbers the terms 0 to the vocabulary size − 1', () => {
    const index = Bm25Index.build(NEWS);
    NEWS.forEach((doc, d) => {
      for (const term of ['budget', 'library', 'storm', 'unicorn'])
        expect(index.has(d, term)).toBe((doc as readonly string[]).includes(term));
    });
    // By id, as the ranker asks: the same answers, and no doc holds the id of a term the index lacks.
    NEWS.forEach((_, d) => {
      for (const term of ['budget', 'library', 'storm', 'unicorn']) expect(index.hasId(d, index.termId(term))).toBe(index.has(d, term));
    });
    const ids = [...new Set(NEWS.flat())].map((term) => index.termId(term));
    expect(ids.sort((a, b) => a - b)).toEqual([...Array(index.vocabularySize).keys()]);
    expect(index.termId('unicorn')).toBe(-1);
    // And back: each id names its term, also in an index read back from its saved form.
    const again = roundTrip(index);
    for (const term of new Set(NEWS.flat())) {
      expect(index.termAt(index.termId(term))).toBe(term);
      expect(again?.termAt(again.termId(term))).toBe(term);
    }
  });

  it('counts the docs of a range that hold a term, each once however often it repeats there', () => {
    const index = Bm25Index.build(NEWS);
    for (const term of ['budget', 'library', 'storm', 'unicorn'])
      for (let from = 0; from <= NEWS.length; from++)
        for (let to = from; to <= NEWS.length; to++) {
          const count = NEWS.slice(from, to).filter((doc) => (doc as readonly string[]).includes(term)).length;
          expect(index.docsBetween(term, from, to)).toBe(count);
          expect(index.docsBetweenId(index.termId(term), from, to)).toBe(count);
        }
  });

  it('counts a term repeated in a doc as its term frequency', () => {
    const index = Bm25Index.build(
      [
        ['a', 'x'],
        ['a', 'a', 'x'],
        ['b', 'y'],
      ],
      { k1: 1.2, b: 0 },
    );
    expect(index.df('a')).toBe(2);
    expect(index.score(1, q('a'))).toBeGreaterThan(index.score(0, q('a')));
  });

  it('merges duplicate query terms by summing their weights', () => {
    const index = Bm25Index.build(NEWS);
    const twice = [
      { term: 'storm', weight: 0.5 },
      { term: 'rain', weight: 1 },
      { term: 'storm', weight: 1.5 },
    ];
    const merged = [
      { term: 'storm', weight: 2 },
      { term: 'rain', weight: 1 },
    ];
    expect(index.search(twice, 5)).toEqual(index.search(merged, 5));
  });

  it('scales a term contribution by its weight', () => {
    const index = Bm25Index.build(NEWS);
    expect(index.score(5, [{ term: 'storm', weight: 0.3 }])).toBeCloseTo(0.3 * index.score(5, q('storm')), 12);
  });

  it('ignores terms with weight 0 or below', () => {
    const index = Bm25Index.build(NEWS);
    const query = [
      { term: 'storm', weight: 1 },
      { term: 'budget', weight: 0 },
      { term: 'council', weight: -1 },
    ];
    expect(index.search(query, 10)).toEqual(index.search(q('storm'), 10));
    expect(index.score(0, query)).toBe(0);
  });

  it('scores a query array the caller changed between calls by its new contents', () => {
    const index = Bm25Index.build(NEWS);
    const query: QueryTerm[] = [{ term: 'storm', weight: 1 }];
    const before = index.score(5, query);
    query[0].weight = 2;
    expect(index.score(5, query)).toBeCloseTo(2 * before, 12);
    query.push({ term: 'roads', weight: 1 });
    expect(index.score(5, query)).toBeCloseTo(referenceScores(NEWS, query, INDEX_DEFAULTS.bm25)[5], 12);
    expect(index.search(query, 1)[0].score).toBe(index.score(5, query));
  });

  it('scores a list of docs in any order, with repeats, bit-identical to score() one by one', () => {
    const index = Bm25Index.build(NEWS);
    const docs = [9, 0, 4, 4, 7, 1, 8, 2];
    for (const query of queries) expect([...index.scores(docs, query)]).toEqual(docs.map((doc) => index.score(doc, query)));
    expect(index.scores([], q('budget'))).toHaveLength(0);
    expect(() => index.scores([0, NEWS.length], q('budget'))).toThrow(RangeError);
  });

  it('scores docs bit-identically to score() right after a search with the same query, and after its weights change', () => {
    const index = Bm25Index.build(NEWS);
    const docs = [9, 0, 4, 4, 7, 1, 8, 2, 3];
    for (const query of queries) {
      index.search(query, 2, Infinity);
      expect([...index.scores(docs, query)]).toEqual(docs.map((doc) => index.score(doc, query)));
    }
    const query = q('storm', 'rain');
    index.search(query, 2, Infinity);
    query[0].weight = 3;
    expect([...index.scores(docs, query)]).toEqual(docs.map((doc) => index.score(doc, query)));
  });

  it('gives search scores bit-identical to score()', () => {
    const index = Bm25Index.build(NEWS);
    const query: QueryTerm[] = [...q('the', 'council', 'budget', 'storm', 'rain'), { term: 'library', weight: 0.7 }];
    for (const hit of index.search(query, 3)) expect(hit.score).toBe(index.score(hit.doc, query));
  });

  it('breaks score ties by the lower doc id, also when the tie crosses the k-th place', () => {
    const docs = [['x', 'y'], ['z'], ['x', 'y'], ['x', 'y'], ['q'], ['x', 'y']];
    const index = Bm25Index.build(docs);
    for (const maxTermAtATime of [0, Infinity]) {
      expect(index.search(q('x', 'y'), 2, maxTermAtATime).map((h) => h.doc)).toEqual([0, 2]);
      expect(index.search(q('x', 'y'), 3, maxTermAtATime).map((h) => h.doc)).toEqual([0, 2, 3]);
    }
  });

  it('leaves no score behind between term-at-a-time searches', () => {
    const index = Bm25Index.build(NEWS);
    for (const query of queries) index.search(query, 3, Infinity);
    for (const query of queries) expect(index.search(query, NEWS.length, Infinity)).toEqual(index.search(query, NEWS.length, 0));
  });

  it('rejects parameters outside the BM25 range', () => {
    expect(() => Bm25Index.build(NEWS, { k1: -1, b: 0.5 })).toThrow(RangeError);
    expect(() => Bm25Index.build(NEWS, { k1: 1, b: 1.5 })).toThrow(RangeError);
  });

  it('throws on a doc id outside the index when scoring', () => {
    const index = Bm25Index.build(NEWS);
    expect(() => index.score(NEWS.length, q('budget'))).toThrow(RangeError);
    expect(() => index.score(-1, q('budget'))).toThrow(RangeError);
  });
});

describe('Bm25Index pruned top-k', () => {
  const random = prng(20240501);
  const word = zipfSampler(random, 3000, 1.07);
  const docs: string[][] = [];
  for (let d = 0; d < 4000; d++) {
    const length = d % 97 === 0 ? 0 : 1 + Math.floor(random() * random() * 40);
    docs.push(Array.from({ length }, word));
  }
  // Replicated docs make exact ties common, so tie-breaking at the k-th place is exercised.
  for (let d = 0; d < 200; d++) docs.push([...docs[d * 7]]);
  const weights = [1, 1, 1, 0.5, 0.25, 2, 0.8];
  const queries: QueryTerm[][] = [];
  for (let i = 0; i < 150; i++) {
    const length = 1 + Math.floor(random() * 9);
    const query: QueryTerm[] = Array.from({ length }, () => ({ term: word(), weight: weights[Math.floor(random() * weights.length)] }));
    if (random() < 0.2) query.push({ term: 'never-indexed', weight: 1 });
    queries.push(query);
  }

  for (const params of [INDEX_DEFAULTS.bm25, { k1: 1.2, b: 0.75 }]) {
    const index = Bm25Index.build(docs, params);
    const expected = queries.map((query) => referenceScoresFast(docs, query, params));
    for (const k of [1, 5, 10, 50]) {
      it(`equals the exhaustive top ${k} on ${queries.length} random Zipf queries (k1 ${params.k1}, b ${params.b})`, () => {
        queries.forEach((query, i) => {
          const hits = index.search(query, k);
          expectSameTopK(hits, expected[i], k);
          for (const hit of hits) expect(hit.score).toBe(index.score(hit.doc, query));
        });
      });
      it(`finds the same top ${k}, bit for bit, by MaxScore and term at a time (k1 ${params.k1}, b ${params.b})`, () => {
        queries.forEach((query, i) => {
          const byMaxScore = index.search(query, k, 0);
          expectSameTopK(byMaxScore, expected[i], k);
          expect(index.search(query, k, Infinity)).toEqual(byMaxScore);
        });
      });
    }
  }
});

/** Same formula as referenceScores, with df and tf counted once per corpus so thousands of docs stay quick. */
function referenceScoresFast(docs: readonly (readonly string[])[], query: readonly QueryTerm[], params: Bm25Params): number[] {
  const weights = new Map<string, number>();
  for (const { term, weight } of query) weights.set(term, (weights.get(term) ?? 0) + weight);
  const relevant = docs.map((doc, i) => (doc.some((t) => weights.has(t)) ? i : -1)).filter((i) => i >= 0);
  const scores = new Array<number>(docs.length).fill(0);
  // Score only docs sharing a term: the reference formula over them, with corpus statistics from all docs.
  const n = docs.length;
  const avgLength = docs.reduce((sum, d) => sum + d.length, 0) / n;
  const df = new Map<string, number>();
  for (const term of weights.keys()) df.set(term, docs.filter((d) => d.includes(term)).length);
  for (const i of relevant) {
    let score = 0;
    for (const [term, weight] of weights) {
      const tf = docs[i].filter((t) => t === term).length;
      if (weight <= 0 || tf === 0) continue;
      const idf = Math.log(1 + (n - df.get(term)! + 0.5) / (df.get(term)! + 0.5));
      score += (weight * idf * tf * (params.k1 + 1)) / (tf + params.k1 * (1 - params.b + (params.b * docs[i].length) / avgLength));
    }
    scores[i] = score;
  }
  return scores;
}

describe('Bm25Index postings written and read back', () => {
  const params = { k1: 1.1, b: 0.6 };
  const index = Bm25Index.build(NEWS, params);
  const queries = [q('budget', 'taxes'), q('storm', 'rain', 'library'), [{ term: 'council', weight: 0.5 }]];
  const { terms } = index.toClonable();
  const written = () => {
    const out = new ByteWriter();
    index.writePostings(out);
    return out.done();
  };
  const read = (bytes: Uint8Array, over = terms) => Bm25Index.readPostings(new ByteReader(bytes), over, new TermTable(over).fill(), params);

  it('give the index as built: the same parts, search results and scores, and nothing read past them', () => {
    const input = new ByteReader(written());
    const restored = Bm25Index.readPostings(input, terms, new TermTable(terms).fill(), params);
    expect(input.left).toBe(0);
    expect(restored?.toClonable()).toEqual(index.toClonable());
    for (const query of queries) expect(restored!.search(query, 10)).toEqual(index.search(query, 10));
    expect(restored!.scores([0, 3, 9], q('budget', 'library'))).toEqual(index.scores([0, 3, 9], q('budget', 'library')));
  });

  it('round-trip an index whose docs exceed 65,535 terms (32-bit term frequencies)', () => {
    const long = Array.from({ length: 70_000 }, () => 'again');
    const big = Bm25Index.build([long, ['again', 'once']]);
    const restored = roundTrip(big)!;
    expect(restored.toClonable().postingTfs).toBeInstanceOf(Uint32Array);
    expect(restored.score(0, q('again'))).toBe(big.score(0, q('again')));
  });

  it('round-trip an empty index and docs with no terms', () => {
    expect(roundTrip(Bm25Index.build([]))?.size).toBe(0);
    const sparse = Bm25Index.build([[], ['a', 'b'], [], ['b']]);
    expect(roundTrip(sparse)?.toClonable()).toEqual(sparse.toClonable());
  });

  it('are refused when cut short, carried on past, or not consistent with the vocabulary and the docs', () => {
    const bytes = written();
    expect(read(bytes.subarray(0, bytes.length - 1))).toBeNull();
    expect(read(bytes.subarray(0, 3))).toBeNull();
    expect(read(new Uint8Array(0))).toBeNull();
    // Read over a vocabulary with a term more: that term's list runs past the postings.
    expect(read(bytes, [...terms, 'unicorn'])).toBeNull();
    // Size 0, doc frequency 0, or more postings than the bytes could hold.
    const patched = (at: number, value: number) => {
      const copy = bytes.slice();
      copy[at] = value;
      return copy;
    };
    expect(read(patched(0, 0))).toBeNull();
    expect(read(patched(1, 0x7f))).toBeNull();
    const out = new ByteWriter();
    out.varint(index.size);
    out.varint(1);
    out.varint(1);
    out.varint(index.size); // a doc past the last
    out.varint(0);
    expect(Bm25Index.readPostings(new ByteReader(out.done()), ['x'], new TermTable(['x']).fill(), params)).toBeNull();
    // A table that is not the vocabulary's.
    expect(Bm25Index.readPostings(new ByteReader(bytes), terms, new TermTable([...terms]).fill(), params)).toBeNull();
  });
});

describe('Bm25Index edge cases', () => {
  it('returns nothing from an empty index', () => {
    const index = Bm25Index.build([]);
    expect(index.size).toBe(0);
    expect(index.search(q('anything'), 10)).toEqual([]);
    expect(index.idf('anything')).toBe(0);
  });

  it('returns nothing for an empty query, k 0 or a negative k', () => {
    const index = Bm25Index.build(NEWS);
    expect(index.search([], 10)).toEqual([]);
    expect(index.search(q('budget'), 0)).toEqual([]);
    expect(index.search(q('budget'), -3)).toEqual([]);
  });

  it('ignores unknown terms and returns nothing when no term is known', () => {
    const index = Bm25Index.build(NEWS);
    expect(index.search(q('unicorn', 'zeppelin'), 10)).toEqual([]);
    expect(index.search(q('unicorn', 'budget'), 10)).toEqual(index.search(q('budget'), 10));
    expect(index.score(0, q('unicorn'))).toBe(0);
  });

  it('returns every matching doc, and only those, when k exceeds the matches', () => {
    const index = Bm25Index.build(NEWS);
    expect(
      index
        .search(q('budget'), 1000)
        .map((h) => h.doc)
        .sort((a, b) => a - b),
    ).toEqual([0, 1, 3]);
  });

  it('indexes docs with no terms, which match nothing but count towards size and average length', () => {
    const docs = [[], ['a', 'b'], [], ['b']];
    const index = Bm25Index.build(docs, { k1: 1.2, b: 0.75 });
    expect(index.size).toBe(4);
    expect(index.score(0, q('a', 'b'))).toBe(0);
    const expected = referenceScores(docs, q('a', 'b'), { k1: 1.2, b: 0.75 });
    expect(index.score(1, q('a', 'b'))).toBeCloseTo(expected[1], 12);
    expect(index.search(q('a', 'b'), 10).map((h) => h.doc)).toEqual([1, 3]);
    expect(Bm25Index.build([[], []]).search(q('a'), 5)).toEqual([]);
  });

  it('treats terms that name object properties or array indices as ordinary terms', () => {
    const docs = [['__proto__', 'constructor'], ['toString', '0', '123'], ['hasOwnProperty', '__proto__'], ['plain']];
    const index = Bm25Index.build(docs);
    expect(index.df('__proto__')).toBe(2);
    expect(index.df('constructor')).toBe(1);
    expect(index.df('valueOf')).toBe(0);
    expect(index.search(q('0', '123'), 5).map((h) => h.doc)).toEqual([1]);
    expect(index.search(q('__proto__'), 5).map((h) => h.doc)).toEqual([0, 2]);
    const restored = roundTrip(index)!;
    expect(restored.search(q('hasOwnProperty', 'toString'), 5)).toEqual(index.search(q('hasOwnProperty', 'toString'), 5));
  });

  it('accepts any iterable of docs, such as a generator, and numbers docs in iteration order', () => {
    function* generate() {
      yield ['first'];
      yield ['second'];
    }
    const index = Bm25Index.build(generate());
    expect(index.search(q('second'), 1)).toEqual([{ doc: 1, score: index.score(1, q('second')) }]);
  });
});
