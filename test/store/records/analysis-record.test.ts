import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { sentenceColumnsOf, type AnalysedArticle, type EntityType, type SentenceColumns } from '../../../src/analyse/types.js';
import {
  decodeAnalysis,
  encodeAnalysis,
  packAnalysis,
  unpackAnalysis,
  type AnalysisRecord,
} from '../../../src/store/records/analysis-record.js';
import { ANALYSIS_RECORD, createAnalysisCache } from '../../../src/store/records/analysis-cache.js';
import { openStore } from '../../../src/store/backends/open.js';
import { plainArticle, seedCoverage } from '../../support/seed-coverage.js';

/** What the store does to a record: JSON there and back. */
const log = pino({ level: 'silent' });

const stored = (article: AnalysedArticle): AnalysisRecord => JSON.parse(JSON.stringify(encodeAnalysis(article)));
/** The record with the checksum that fits its outline and pack, as a writer other than encodeAnalysis could give it. */
const rechecked = (record: AnalysisRecord): AnalysisRecord => ({ ...record, check: crc32(record.pack, crc32(record.outline)) });
const plainColumns = ({ count, tokenStart, tokenEnd, passage }: SentenceColumns) => ({
  count,
  tokenStart: Array.from(tokenStart),
  tokenEnd: Array.from(tokenEnd),
  passage: Array.from(passage),
});

describe('the stored form of an analysed article', () => {
  it('gives back every seed article exactly, in well under the bytes of its JSON', async () => {
    const { articles } = await seedCoverage();
    let recordBytes = 0;
    let articleBytes = 0;
    for (const article of articles) {
      const record = stored(article);
      expect(ANALYSIS_RECORD.accepts(record)).toBe(true);
      expect(plainArticle(decodeAnalysis(record)!)).toStrictEqual(article);
      recordBytes += JSON.stringify(record).length;
      articleBytes += JSON.stringify(article).length;
    }
    expect(recordBytes / articleBytes).toBeLessThan(0.6);
  });

  it('keeps tokens that are not where their offset points, lemmas that are not the lower-cased token and any POS tag', async () => {
    const article = structuredClone((await seedCoverage()).articles[0]!);
    article.tokens.start[3] = -1; // what analyseArticle leaves when wink altered a token's text
    article.tokens.value[5] = '“quoted”';
    article.tokens.lemma[7] = 'be';
    article.tokens.pos[9] = 'A-TAG-WINK-MAY-ADD';
    expect(plainArticle(decodeAnalysis(stored(article))!)).toStrictEqual(article);
  });

  it('keeps every code unit of text in one byte per character, in UTF-8 and with a lone surrogate (UTF-16)', async () => {
    const article = structuredClone((await seedCoverage()).articles[0]!);
    // Every string of the article in one byte per character: the pack holds them so (latin1).
    const toByte = (text: string) => text.replace(/[\u0100-\uffff]/g, '~');
    const narrow = structuredClone(article);
    narrow.text = toByte(narrow.text);
    narrow.tokens.value = narrow.tokens.value.map(toByte);
    narrow.tokens.lemma = narrow.tokens.lemma.map(toByte);
    narrow.meta = JSON.parse(toByte(JSON.stringify(narrow.meta)));
    expect(plainArticle(decodeAnalysis(stored(narrow))!)).toStrictEqual(narrow);
    expect(article.text).toMatch(/[\u0100-\uffff]/);
    expect(plainArticle(decodeAnalysis(stored(article))!)).toStrictEqual(article);
    const surrogate = structuredClone(article);
    surrogate.text = `\ud800${surrogate.text.slice(1)}`;
    surrogate.meta.title = 'caf\u00e9 \udfff';
    expect(plainArticle(decodeAnalysis(stored(surrogate))!)).toStrictEqual(surrogate);
    // A character outside the BMP is four bytes of UTF-8 and two UTF-16 code units: offsets after it still fit.
    const astral = structuredClone(article);
    astral.text = `\u{1F30D}${astral.text.slice(2)}`;
    expect(plainArticle(decodeAnalysis(stored(astral))!)).toStrictEqual(astral);
    // UTF-8 where it can be: mostly one byte a character rather than UTF-16's two.
    expect(packAnalysis(article).byteLength).toBeLessThan(packAnalysis(surrogate).byteLength - article.text.length / 2);
  });

  it('unpacks a handed-over pack as the article packed, made once when read, and packs it again without encoding', async () => {
    const article = (await seedCoverage()).articles[0]!;
    const unpacked = unpackAnalysis(packAnalysis(article));
    expect(plainArticle(unpacked)).toStrictEqual(article);
    expect(unpacked.sentences).toBe(unpacked.sentences);
    expect(JSON.parse(JSON.stringify(unpacked))).toStrictEqual(JSON.parse(JSON.stringify(article)));
    expect(packAnalysis(unpacked)).toBe(packAnalysis(unpacked));
  });

  it("gives its sentences' token ranges and passages as columns, as its sentences have them", async () => {
    for (const article of (await seedCoverage()).articles) {
      const columns = sentenceColumnsOf(unpackAnalysis(packAnalysis(article)));
      const plain = ({ count, tokenStart, tokenEnd, passage }: SentenceColumns) => ({
        count,
        tokenStart: Array.from(tokenStart),
        tokenEnd: Array.from(tokenEnd),
        passage: Array.from(passage),
      });
      expect(columns.tokenStart).toBeInstanceOf(Uint32Array);
      expect(plain(columns)).toEqual({
        count: article.sentences.length,
        tokenStart: article.sentences.map((s) => s.tokenStart),
        tokenEnd: article.sentences.map((s) => s.tokenEnd),
        passage: article.sentences.map((s) => s.passage),
      });
      expect(plain(sentenceColumnsOf(article))).toEqual(plain(columns));
    }
  });

  it('reads only the outline when decoded, and inflates the pack when a field is first read', async () => {
    for (const article of (await seedCoverage()).articles) {
      const record = stored(article);
      // A pack that does not inflate, under a checksum that fits it: nothing but the outline is read until a field is.
      const deferred = decodeAnalysis(rechecked({ ...record, pack: Buffer.from('not deflate data').toString('base64') }))!;
      expect([deferred.id, deferred.hash]).toEqual([article.id, article.hash]);
      expect(plainColumns(sentenceColumnsOf(deferred))).toEqual(plainColumns(sentenceColumnsOf(article)));
      const decoded = decodeAnalysis(record)!;
      expect(plainColumns(sentenceColumnsOf(decoded))).toEqual(plainColumns(sentenceColumnsOf(article)));
      // Decoded on first use, the article is what unpacking its pack at once gives, field for field.
      expect(plainArticle(decoded)).toStrictEqual(plainArticle(unpackAnalysis(packAnalysis(article))));
      expect(decoded.tokens).toBe(decoded.tokens);
      expect(JSON.parse(JSON.stringify(decoded))).toStrictEqual(JSON.parse(JSON.stringify(article)));
      expect(Buffer.from(packAnalysis(decoded))).toEqual(Buffer.from(packAnalysis(article)));
    }
  });

  it('misses when read a record damaged in the store: a character changed, cut short, an outline of another size', async () => {
    const article = (await seedCoverage()).articles[0]!;
    const record = stored(article);
    expect(decodeAnalysis(record)).not.toBeNull();
    const at = record.pack.length >> 1;
    const flipped = record.pack[at] === 'A' ? 'B' : 'A';
    expect(decodeAnalysis({ ...record, pack: record.pack.slice(0, at) + flipped + record.pack.slice(at + 1) })).toBeNull();
    expect(decodeAnalysis({ ...record, pack: record.pack.slice(0, at) })).toBeNull();
    expect(decodeAnalysis({ ...record, outline: record.outline.slice(0, -4) })).toBeNull();
    expect(decodeAnalysis({ ...record, check: record.check ^ 1 })).toBeNull();
    // Under a checksum that fits, an outline whose bytes are not three columns is refused all the same.
    expect(decodeAnalysis(rechecked({ ...record, outline: Buffer.alloc(8).toString('base64') }))).toBeNull();
    expect(decodeAnalysis(rechecked({ ...record, outline: 'not base64!' }))).toBeNull();
  });

  it('fails when first read, saying why, when a pack under a fitting checksum does not check or names another article', async () => {
    const article = (await seedCoverage()).articles[0]!;
    // Records not written by encodeAnalysis (another program, a bug) but with a checksum that fits them.
    const firstRead = (record: AnalysisRecord): string | undefined => {
      const heard: string[] = [];
      const deferred = decodeAnalysis(record, (why) => heard.push(why));
      expect(deferred).not.toBeNull();
      expect(() => deferred!.tokens).toThrow(`the stored analysis of article ${record.id} cannot be read`);
      // Said once; a second read fails alike.
      expect(() => deferred!.text).toThrow(/cannot be read/);
      expect(heard).toHaveLength(1);
      return heard[0];
    };
    const broken = (change: (a: AnalysedArticle) => void) => {
      const copy = structuredClone(article);
      change(copy);
      return { ...stored(copy), outline: stored(article).outline, check: 0 };
    };
    const notChecked = 'its pack is not an analysis pack of the current format whose parts fit together';
    expect(firstRead(rechecked(broken((a) => (a.sentences[1]!.end = a.text.length + 1))))).toBe(notChecked);
    expect(firstRead(rechecked(broken((a) => (a.entities[0]!.type = 'NOPE' as EntityType))))).toBe(notChecked);
    expect(firstRead(rechecked(broken((a) => (a.meta = { ...a.meta, title: 5 as unknown as string }))))).toBe(notChecked);
    // A sentence one token longer: the pack checks, but the saved index was laid out over the outline.
    const longer = broken((a) => {
      a.sentences[0]!.tokenEnd += 1;
      a.sentences[1]!.tokenStart += 1;
    });
    expect(firstRead(rechecked(longer))).toBe("its outline is not its pack's sentences");

    const pack = Buffer.from(packAnalysis(article));
    // `holding` stores these bytes as encodeAnalysis stores a pack, under a checksum that fits.
    const holding = (bytes: Uint8Array) => rechecked({ ...stored(article), pack: deflateRawSync(bytes).toString('base64') });
    expect(firstRead(holding(pack.subarray(0, pack.length - 4)))).toBe(notChecked);
    const otherFormat = Buffer.from(pack);
    otherFormat[0] = otherFormat[0]! + 1;
    expect(firstRead(holding(otherFormat))).toBe(notChecked);
    expect(firstRead(rechecked({ ...stored(article), pack: 'not base64!' }))).toBe('its pack is not base64');
    // Not deflate data, or deflate data cut short.
    expect(firstRead(rechecked({ ...stored(article), pack: pack.toString('base64') }))).toBe('its pack does not inflate');
    // Nor one that inflates far beyond any pack (a few kB of deflate standing for 8 MB of zeros).
    expect(firstRead(holding(Buffer.alloc(8 << 20)))).toBe('its pack does not inflate');
    const deflated = deflateRawSync(pack);
    const half = deflated.subarray(0, deflated.length >> 1).toString('base64');
    expect(firstRead(rechecked({ ...stored(article), pack: half }))).toBe('its pack does not inflate');
    // The text's length is checked on its bytes: a byte that is not UTF-8, or a length the text does not have.
    expect(article.text).toMatch(/[\u0100-\uffff]/);
    const badByte = Buffer.from(pack);
    const textAt = badByte.indexOf(Buffer.from(article.text.slice(0, 40), 'utf8'));
    expect(textAt).toBeGreaterThan(0);
    badByte[textAt + 3] = 0xff;
    expect(firstRead(holding(badByte))).toBe(notChecked);
    const longerText = Buffer.from(pack);
    const textUnits = 11;
    longerText.writeUInt32LE(longerText.readUInt32LE(4 * textUnits) + 1, 4 * textUnits);
    expect(firstRead(holding(longerText))).toBe(notChecked);
    expect(plainArticle(decodeAnalysis(holding(pack))!)).toStrictEqual(plainArticle(unpackAnalysis(pack)));
    expect(firstRead({ ...stored(article), id: 'another-article' })).toBe('its pack names another article');
  });

  it('is not accepted in the in-memory shape the first record version stored', async () => {
    expect(ANALYSIS_RECORD.accepts((await seedCoverage()).articles[0])).toBe(false);
  });

  it('misses a record of an older version, so the article is analysed again rather than misread', async () => {
    const store = await openStore('memory://', log);
    const article = (await seedCoverage()).articles[0]!;
    const cache = createAnalysisCache({ store, log });
    // Records of earlier versions as they were written: whole JSON, no tail.
    const previous = {
      namespace: ANALYSIS_RECORD.namespace,
      use: ANALYSIS_RECORD.use,
      version: 3,
      accepts: (data: unknown): data is unknown => data !== undefined,
    };
    // What version 3 stored: the columns as base64 strings beside the text (abridged; its version alone makes it a miss).
    const v3 = { id: article.id, hash: article.hash, text: article.text, meta: article.meta, tokens: {}, sentences: {}, entities: {} };
    await store.records(previous).set(`${article.hash}@pipeline`, v3);
    expect(await cache.get(article.hash, 'pipeline')).toBeUndefined();
    // Version 4 held a pack too, with its strings in UTF-16 (pack format 1): of the right shape, read as a miss all the same.
    await store.records({ ...previous, version: 4 }).set(`${article.hash}@pipeline`, encodeAnalysis(article));
    expect(await cache.get(article.hash, 'pipeline')).toBeUndefined();
    // Version 5 held this pack format, not deflated.
    const pack = packAnalysis(article);
    const v5 = { id: article.id, hash: article.hash, pack: Buffer.from(pack.buffer, pack.byteOffset, pack.byteLength).toString('base64') };
    const previousShape = { ...previous, version: 5 };
    await store.records(previousShape).set(`${article.hash}@pipeline`, v5);
    expect(await cache.get(article.hash, 'pipeline')).toBeUndefined();
    // Version 6 held the deflated pack alone: inflated at the start, no outline, no checksum.
    const v6 = { id: article.id, hash: article.hash, pack: deflateRawSync(pack).toString('base64') };
    await store.records({ ...previous, version: 6 }).set(`${article.hash}@pipeline`, v6);
    expect(await cache.get(article.hash, 'pipeline')).toBeUndefined();
    // Of this version's shape but written under version 6's number: a miss all the same.
    await store.records({ ...ANALYSIS_RECORD, version: 6 }).set(`${article.hash}@pipeline`, encodeAnalysis(article));
    expect(await cache.get(article.hash, 'pipeline')).toBeUndefined();
    await cache.set(article, 'pipeline');
    expect(plainArticle((await cache.get(article.hash, 'pipeline'))!)).toStrictEqual(article);
    await store.close();
  });
});
