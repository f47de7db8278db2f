import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/analyse-article.js';
import { indexTerms, termsOf } from '../../src/analyse/index-terms.js';
import type { AnalysedArticle } from '../../src/analyse/types.js';
import type { Coverage } from '../../src/coverage/types.js';
import { TermTable } from '../../src/index/bm25-index.js';
import { SAVED_INDEX_FORMAT, SentenceIndex } from '../../src/index/sentence-index.js';
import { packAnalysis, unpackAnalysis } from '../../src/store/records/analysis-record.js';
import { seedCoverage } from '../support/seed-coverage.js';
import { NO_META } from '../support/articles.js';

let coverage: Coverage;
let call: AnalysedArticle;
let summit: AnalysedArticle;
beforeAll(async () => {
  coverage = await seedCoverage();
  call = analyseArticle(coverage.nlp, {
    id: 'call',
    hash: 'h1',
    meta: NO_META,
    text: 'Putin and Trump spoke by phone on Tuesday. The call lasted two hours.\n\nPeskov said the leaders discussed a ceasefire.',
  });
  summit = analyseArticle(coverage.nlp, {
    id: 'summit',
    hash: 'h2',
    meta: NO_META,
    text: 'The summit in Anchorage ended without a deal.\n\nBoth leaders described the meeting positively. Lavrov called it useful.\n\nTalks will continue in Riyadh.',
  });
});

describe('SentenceIndex.build', () => {
  it('numbers sentences in corpus order and maps each back to its article and ordinal', () => {
    const index = SentenceIndex.build([call, summit]);
    expect(index.size).toBe(7);
    expect([...index.article]).toEqual([0, 0, 0, 1, 1, 1, 1]);
    expect([...index.sentence]).toEqual([0, 1, 2, 0, 1, 2, 3]);
  });

  it('numbers passages across articles, each a contiguous run of sentences closed by a sentinel', () => {
    const index = SentenceIndex.build([call, summit]);
    expect([...index.passageOf]).toEqual([0, 0, 1, 2, 3, 3, 4]);
    expect([...index.passageStart]).toEqual([0, 2, 3, 4, 6, 7]);
    expect(index.passages.size).toBe(5);
  });

  it("finds a sentence by its terms and scores its passage by the passage's terms", () => {
    const index = SentenceIndex.build([call, summit]);
    const [hit] = index.sentences.search([{ term: 'lavrov', weight: 1 }], 1);
    expect(summit.text.slice(summit.sentences[index.sentence[hit.doc]].start, summit.sentences[index.sentence[hit.doc]].end)).toBe(
      'Lavrov called it useful.',
    );
    // "positively" is in the other sentence of Lavrov's passage only.
    expect(index.passages.score(index.passageOf[hit.doc], [{ term: 'positively', weight: 1 }])).toBeGreaterThan(0);
    expect(index.sentences.score(hit.doc, [{ term: 'positively', weight: 1 }])).toBe(0);
  });
});

describe('SentenceIndex on the seeds', () => {
  it('maps every sentence number back to its article and sentence, in corpus order, once each', () => {
    const { index, articles } = coverage;
    const seen = articles.flatMap((a) => a.sentences.map((s) => s.id));
    expect(index.size).toBe(seen.length);
    const mapped = Array.from({ length: index.size }, (_, n) => articles[index.article[n]].sentences[index.sentence[n]].id);
    expect(mapped).toEqual(seen);
  });

  it('indexes each sentence under its own terms', () => {
    const { index, articles } = coverage;
    for (let n = 0; n < index.size; n++) {
      const a = articles[index.article[n]];
      const s = a.sentences[index.sentence[n]];
      const terms = indexTerms(a.tokens, s.tokenStart, s.tokenEnd);
      for (const term of terms) expect(index.sentences.score(n, [{ term, weight: 1 }])).toBeGreaterThan(0);
    }
  });

  it("gives each token its term's id, −1 where it is not indexed, the same array each time", () => {
    const { index, articles } = coverage;
    for (const a of articles) {
      const ids = index.termIdsOf(a.tokens);
      expect([...ids]).toEqual(termsOf(a.tokens).map((term) => (term === null ? -1 : index.sentences.termId(term))));
      expect(ids.every((id, i) => id >= 0 || termsOf(a.tokens)[i] === null)).toBe(true);
      expect(index.termIdsOf(a.tokens)).toBe(ids);
    }
  });

  it("gives an article's tokens the same ids array when asked again after other articles'", () => {
    const { index, articles } = coverage;
    const first = articles.map((a) => index.termIdsOf(a.tokens));
    for (const [i, a] of [...articles].reverse().entries()) expect(index.termIdsOf(a.tokens)).toBe(first[articles.length - 1 - i]);
  });

  it("indexes each passage under exactly the terms of its paragraph's tokens", () => {
    const { index, articles } = coverage;
    for (let p = 0; p + 1 < index.passageStart.length; p++) {
      const first = index.passageStart[p];
      const last = index.passageStart[p + 1] - 1;
      const a = articles[index.article[first]];
      const from = a.sentences[index.sentence[first]].tokenStart;
      const to = a.sentences[index.sentence[last]].tokenEnd;
      const own = new Set(
        termsOf(a.tokens)
          .slice(from, to)
          .filter((t) => t !== null),
      );
      const near = termsOf(a.tokens).filter((t): t is string => t !== null && !own.has(t));
      for (const term of own) expect(index.passages.has(p, term)).toBe(true);
      for (const term of near) expect(index.passages.has(p, term)).toBe(false);
    }
  });

  it('keeps each passage a contiguous run of sentences of one paragraph of one article', () => {
    const { index, articles } = coverage;
    const starts = [...index.passageStart];
    expect(starts[0]).toBe(0);
    expect(starts[starts.length - 1]).toBe(index.size);
    for (let p = 0; p + 1 < starts.length; p++) {
      expect(starts[p + 1]).toBeGreaterThan(starts[p]);
      const first = articles[index.article[starts[p]]].sentences[index.sentence[starts[p]]];
      for (let n = starts[p]; n < starts[p + 1]; n++) {
        expect(index.passageOf[n]).toBe(p);
        expect(index.article[n]).toBe(index.article[starts[p]]);
        expect(articles[index.article[n]].sentences[index.sentence[n]].passage).toBe(first.passage);
      }
    }
    expect(index.passages.size).toBe(starts.length - 1);
    expect(index.articles.size).toBe(articles.length);
  });
});

describe('a saved SentenceIndex', () => {
  it('loads back over the same articles and ranks and scores every query as the built one does', () => {
    const { index, articles } = coverage;
    const loaded = SentenceIndex.fromBinary(index.toBinary(articles), articles);
    expect(loaded).not.toBeNull();
    expect([...loaded!.article]).toEqual([...index.article]);
    expect([...loaded!.passageStart]).toEqual([...index.passageStart]);
    for (const k of ['sentences', 'passages', 'articles'] as const) expect(loaded![k].toClonable()).toEqual(index[k].toClonable());
    for (const words of [['putin', 'trump', 'meet'], ['helsinki'], ['peskov', 'call', 'phone'], ['sanction', 'russia', 'ukraine']]) {
      const query = words.map((term) => ({ term, weight: 1 }));
      expect(loaded!.sentences.search(query, 10)).toEqual(index.sentences.search(query, 10));
      expect(loaded!.passages.search(query, 10)).toEqual(index.passages.search(query, 10));
      expect(loaded!.articles.search(query, 5)).toEqual(index.articles.search(query, 5));
    }
  });

  it('loads as well over articles read from the analysis cache, whose sentences it reads as columns', () => {
    const { index, articles } = coverage;
    const unpacked = articles.map((a) => unpackAnalysis(packAnalysis(a)));
    const loaded = SentenceIndex.fromBinary(index.toBinary(articles), unpacked);
    expect([...loaded!.passageOf]).toEqual([...index.passageOf]);
    expect([...loaded!.sentence]).toEqual([...index.sentence]);
    expect(SentenceIndex.fromBinary(index.toBinary(unpacked), articles)).not.toBeNull();
  });

  it('holds its vocabulary once, shared by the three indexes it loads', () => {
    const { index, articles } = coverage;
    const loaded = SentenceIndex.fromBinary(index.toBinary(articles), articles)!;
    const parts = loaded.toClonable();
    expect(parts.passages.terms).toBe(parts.sentences.terms);
    expect(parts.articles.terms).toBe(parts.sentences.terms);
    const vocabulary = Buffer.byteLength(JSON.stringify(parts.sentences.terms));
    expect(index.toBinary(articles).byteLength).toBeLessThan(2 * vocabulary + 4 * index.sentences.toClonable().postingDocs.length);
  });

  it('writes an index of its own vocabulary in full, and reads it back', () => {
    const parts = SentenceIndex.build([call, summit]).toClonable();
    // The passages over the same terms numbered in another order: no index build makes this, but one written is read.
    const reordered = { ...parts.passages, terms: [...parts.passages.terms].reverse() };
    const odd = SentenceIndex.fromClonable({ ...parts, passages: reordered });
    const loaded = SentenceIndex.fromBinary(odd.toBinary([call, summit]), [call, summit]);
    expect(loaded?.passages.toClonable().terms).toEqual(reordered.terms);
    expect(loaded?.sentences.toClonable()).toEqual(parts.sentences);
  });

  it('is refused over articles segmented otherwise or in another order, with other BM25 parameters, or when it is not an index', () => {
    const index = SentenceIndex.build([call, summit]);
    const bytes = index.toBinary([call, summit]);
    expect(SentenceIndex.fromBinary(bytes, [summit, call])).toBeNull();
    const resegmented = { ...summit, sentences: summit.sentences.slice(0, -1) };
    expect(SentenceIndex.fromBinary(bytes, [call, resegmented])).toBeNull();
    const retokenised = { ...summit, sentences: summit.sentences.map((s, i) => (i === 0 ? { ...s, tokenEnd: s.tokenEnd - 1 } : s)) };
    expect(SentenceIndex.fromBinary(bytes, [call, retokenised])).toBeNull();
    expect(SentenceIndex.fromBinary(bytes, [call, summit], { k1: 1.2, b: 0.75 })).toBeNull();
    expect(SentenceIndex.fromBinary(bytes, [call, summit])).not.toBeNull();
    expect(SentenceIndex.fromBinary(Buffer.from('not an index'), [call, summit])).toBeNull();
  });

  it('is refused when written in another format, cut short, carried on past its end or corrupted', () => {
    const articles = [call, summit];
    const bytes = SentenceIndex.build(articles).toBinary(articles);
    expect(bytes[0]).toBe(SAVED_INDEX_FORMAT);
    const other = bytes.slice();
    other[0] = SAVED_INDEX_FORMAT - 1;
    expect(SentenceIndex.fromBinary(other, articles)).toBeNull();
    for (const cut of [1, 17, bytes.length >> 1, bytes.length - 1])
      expect(SentenceIndex.fromBinary(bytes.subarray(0, cut), articles)).toBeNull();
    expect(SentenceIndex.fromBinary(Buffer.concat([bytes, Uint8Array.of(0)]), articles)).toBeNull();
    // The vocabulary's JSON broken, or a term in it twice.
    const text = Buffer.from(bytes).toString('latin1');
    const vocabularyAt = text.indexOf('["');
    const broken = bytes.slice();
    broken[vocabularyAt] = 0x7b;
    expect(SentenceIndex.fromBinary(broken, articles)).toBeNull();
    const terms = SentenceIndex.build(articles).toClonable().sentences.terms;
    const [a, b] = terms.flatMap((t, i) =>
      terms
        .slice(i + 1)
        .filter((u) => u.length === t.length && /^[a-z]+$/.test(t + u))
        .map((u) => [t, u]),
    )[0];
    const twice = Buffer.from(text.replace(`"${b}"`, `"${a}"`), 'latin1');
    expect(twice.length).toBe(bytes.length);
    expect(SentenceIndex.fromBinary(twice, articles)).toBeNull();
  });
});

describe('a SentenceIndex handed to another thread', () => {
  const QUERIES = [['putin', 'trump', 'meet'], ['helsinki'], ['peskov', 'call', 'phone']].map((words) =>
    words.map((term) => ({ term, weight: 1 })),
  );

  it('sends one vocabulary for its three indexes, and structured clone keeps it one', () => {
    const parts = SentenceIndex.build(coverage.articles).toClonable();
    expect(parts.passages.terms).toBe(parts.sentences.terms);
    expect(parts.articles.terms).toBe(parts.sentences.terms);
    const copy = structuredClone(parts);
    expect(copy.passages.terms).toBe(copy.sentences.terms);
    expect(copy.articles.terms).toBe(copy.sentences.terms);
  });

  it('ranks and scores every query as built, from a term table made a few terms at a time', () => {
    const built = SentenceIndex.build(coverage.articles);
    const parts = structuredClone(built.toClonable());
    const table = new TermTable(parts.sentences.terms);
    let steps = 1;
    while (!table.add(7)) steps++;
    expect(steps).toBe(Math.ceil(parts.sentences.terms.length / 7));
    const received = SentenceIndex.fromClonable(parts, table);
    for (const query of QUERIES) {
      expect(received.sentences.search(query, 10)).toEqual(built.sentences.search(query, 10));
      expect(received.passages.search(query, 10)).toEqual(built.passages.search(query, 10));
      expect(received.articles.search(query, 5)).toEqual(built.articles.search(query, 5));
    }
  });
});
