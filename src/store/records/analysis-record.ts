import { isUtf8 } from 'node:buffer';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import {
  ENTITY_TYPES,
  sentenceColumnsOf,
  type AnalysedArticle,
  type Entity,
  type Sentence,
  type SentenceColumns,
  type Tokens,
} from '../../analyse/types.js';
import type { ArticleMeta } from '../../corpus/types.js';
import { sameItems } from '../../index/sentence-index.js';
import { base64ToTypedArray, typedArrayToBase64 } from './typed-array-base64.js';
import type { SameShape } from '../backends/store.js';

/**
 * An analysed article as the analysis cache stores it: its pack (packAnalysis) deflated, in base64, beside the id and
 * hash it must have. One string per article: the store's JSON.parse reads it as one token, and nothing is rebuilt from
 * it until it is used. Deflated, the packs of SQuAD 10× take 23 MB instead of 50 (46%), and a warm start reads,
 * parses and decodes half the text: reading the 480 records from SQLite, parsing them and decoding the base64 took
 * 942–1204 ms of CPU, 408–551 ms with the inflate (07:37 UTC, load ~5; deflating them costs a cold start ~1.5 s).
 *
 * A start reads of an article only what indexing needs, the outline (its sentences' token ranges and passages), and
 * inflates the pack when a question first reads the article (decodeAnalysis): decoding, inflating and checking every
 * pack was about a third of a warm start at SQuAD 10×. The checksum lets a record damaged in the store (bits changed,
 * cut short) miss when read, as before, rather than fail when first used.
 */
export interface AnalysisRecord {
  id: string;
  hash: string;
  /** The sentences' token starts, token ends and passages (sentenceColumns), each a Uint32 column, in base64. */
  outline: string;
  /** crc32 of the outline's text then the pack's (zlib.crc32). */
  check: number;
  pack: string;
}

/*
 * The pack: an analysed article in one byte array, little-endian (the platform's order, as typed arrays are), in
 * which every column is a typed array viewed in place, not parsed, and whose objects (sentences, entities, token
 * strings, text, metadata) are made on first use. The coverage thread hands articles to the answering thread as
 * packs in transferred buffers, so the answering thread allocates next to nothing per article while 10,000 load:
 * the garbage collector's pauses grew with the millions of small objects it used to make there (issue 13,
 * `npm run bench -- --only startup`).
 *
 *   header           HEADER_WORDS Uint32: format, token / sentence / entity / listed value / listed lemma counts,
 *                    the strings' encoding (ENCODINGS), the byte lengths of id, hash, rest and text, and the text's
 *                    length in UTF-16 code units (what offsets count)
 *   Int32 × n        token start offsets (−1 where the model altered the token's text)
 *   Uint32 × kv, kl  tokens whose text is not the slice of the text at their offset (or is longer than 65,535
 *                    characters) / whose lemma is not their text lower-cased (their texts and lemmas are in rest)
 *   Uint32 × 5s      sentence start, end, tokenStart, tokenEnd, passage columns
 *   Uint32 × 4e      entity start, end, tokenStart, tokenEnd columns
 *   Uint16 × n       token lengths
 *   Uint8 × n, s, e  token POS (index into rest's tags), sentence negated (0/1), entity type (index into ENTITY_TYPES)
 *   strings          id, hash, rest = JSON [meta, tags, listed values, listed lemmas], text: latin1 when every
 *                    character fits in a byte, else UTF-8 (every SQuAD article has a curly quote or a dash: UTF-16
 *                    made their packs 27% larger), or UTF-16 when they hold a lone surrogate (UTF-8 would replace it);
 *                    each keeps every code unit as it is.
 * A pack's length is a multiple of 4, so packs laid end to end keep their columns aligned.
 */

/** Bumped whenever the layout above changes (the analysis record's version is bumped with it). */
const PACK_FORMAT = 2;
const HEADER_WORDS = 12;
/** How the strings are stored, by the header's encoding number. */
const ENCODINGS = ['latin1', 'utf8', 'utf16le'] as const;
enum H {
  format,
  tokens,
  sentences,
  entities,
  valueAt,
  lemmaAt,
  encoding,
  id,
  hash,
  rest,
  text,
  textUnits,
}

/** The counts a pack's header gives, and where its parts start (bytes from the pack's start). */
interface Layout {
  header: Uint32Array;
  n: number;
  s: number;
  e: number;
  start: number;
  length: number;
  valueAt: number;
  lemmaAt: number;
  sentences: number;
  entities: number;
  pos: number;
  negated: number;
  entityType: number;
  strings: number;
  encoding: (typeof ENCODINGS)[number];
  /** Total bytes, padded to a multiple of 4. */
  bytes: number;
}

function layout(header: Uint32Array): Layout {
  const [n, s, e, kv, kl] = [header[H.tokens], header[H.sentences], header[H.entities], header[H.valueAt], header[H.lemmaAt]];
  const start = 4 * HEADER_WORDS;
  const valueAt = start + 4 * n;
  const lemmaAt = valueAt + 4 * kv;
  const sentences = lemmaAt + 4 * kl;
  const entities = sentences + 4 * 5 * s;
  const length = entities + 4 * 4 * e;
  const pos = length + 2 * n;
  const negated = pos + n;
  const entityType = negated + s;
  // Even, so UTF-16 strings start on a code unit.
  const strings = entityType + e + ((entityType + e) % 2);
  const end = strings + header[H.id] + header[H.hash] + header[H.rest] + header[H.text];
  const encoding = ENCODINGS[header[H.encoding]] ?? 'latin1';
  return {
    header,
    n,
    s,
    e,
    start,
    length,
    valueAt,
    lemmaAt,
    sentences,
    entities,
    pos,
    negated,
    entityType,
    strings,
    encoding,
    bytes: end + ((4 - (end % 4)) % 4),
  };
}

/** Packs made or read by this process, by the article unpacked from them: packing such an article again is free. */
const packs = new WeakMap<AnalysedArticle, Uint8Array>();

/** The article as a pack (see above). */
export function packAnalysis(article: AnalysedArticle): Uint8Array {
  if (article instanceof DeferredArticle) return article.pack();
  const known = packs.get(article);
  if (known) return known;
  const { text, tokens, sentences, entities } = article;
  const n = tokens.value.length;
  const tags: string[] = [];
  const tagIndex = new Map<string, number>();
  const pos = new Uint8Array(n);
  const valueAt: number[] = [];
  const values: string[] = [];
  const lemmaAt: number[] = [];
  const lemmas: string[] = [];
  for (let i = 0; i < n; i++) {
    const value = tokens.value[i];
    if (!text.startsWith(value, tokens.start[i]) || tokens.start[i] < 0 || value.length > 0xffff) {
      valueAt.push(i);
      values.push(value);
    }
    if (tokens.lemma[i] !== value.toLowerCase()) {
      lemmaAt.push(i);
      lemmas.push(tokens.lemma[i]);
    }
    let tag = tagIndex.get(tokens.pos[i]);
    if (tag === undefined) {
      tag = tags.push(tokens.pos[i]) - 1;
      // wink-nlp has the 17 Universal POS tags; a byte each leaves room for far more.
      if (tag > 0xff) throw new Error(`article ${article.id} has more than 256 POS tags`);
      tagIndex.set(tokens.pos[i], tag);
    }
    pos[i] = tag;
  }
  sentences.forEach((s, i) => {
    // unpackAnalysis derives the ids; analyseArticle numbers them this way, and nothing else makes sentences.
    if (s.id !== `${article.id}:${i}`) throw new Error(`sentence ${i} of ${article.id} has the id ${s.id}`);
  });
  const rest = JSON.stringify([article.meta, tags, values, lemmas]);
  const strings = article.id + article.hash + rest + text;
  const encoding = !/[\u0100-\uffff]/.test(strings) ? 0 : strings.isWellFormed() ? 1 : 2;
  const bytesOf = (part: string) => Buffer.byteLength(part, ENCODINGS[encoding]);
  const header = Uint32Array.of(PACK_FORMAT, n, sentences.length, entities.length, valueAt.length, lemmaAt.length, encoding);
  const full = new Uint32Array(HEADER_WORDS);
  full.set(header);
  full.set([bytesOf(article.id), bytesOf(article.hash), bytesOf(rest), bytesOf(text), text.length], H.id);
  const at = layout(full);
  const bytes = new Uint8Array(at.bytes);
  const words = (offset: number, count: number) => new Uint32Array(bytes.buffer, offset, count);
  words(0, HEADER_WORDS).set(full);
  new Int32Array(bytes.buffer, at.start, n).set(tokens.start);
  const length = new Uint16Array(bytes.buffer, at.length, n);
  for (let i = 0; i < n; i++) length[i] = Math.min(tokens.value[i].length, 0xffff);
  words(at.valueAt, valueAt.length).set(valueAt);
  words(at.lemmaAt, lemmaAt.length).set(lemmaAt);
  const starts = (x: Sentence | Entity) => x.start;
  const ends = (x: Sentence | Entity) => x.end;
  const tokenStarts = (x: Sentence | Entity) => x.tokenStart;
  const tokenEnds = (x: Sentence | Entity) => x.tokenEnd;
  fillColumns(words(at.sentences, 5 * sentences.length), sentences, [starts, ends, tokenStarts, tokenEnds, (x) => x.passage]);
  sentences.forEach((x, i) => (bytes[at.negated + i] = x.negated ? 1 : 0));
  fillColumns(words(at.entities, 4 * entities.length), entities, [starts, ends, tokenStarts, tokenEnds]);
  entities.forEach((x, i) => (bytes[at.entityType + i] = ENTITY_TYPES.indexOf(x.type)));
  bytes.set(pos, at.pos);
  Buffer.from(bytes.buffer, at.strings).write(strings, ENCODINGS[encoding]);
  return bytes;
}

/** Each field of `items` as a column of `columns`: field k of item i at k × items.length + i. */
function fillColumns<T>(columns: Uint32Array, items: readonly T[], fields: ReadonlyArray<(item: T) => number>): void {
  fields.forEach((field, k) => items.forEach((item, i) => (columns[k * items.length + i] = field(item))));
}

/** The pack's layout when its header is of this format and its length fits the header (its columns are not checked). */
function layoutOf(bytes: Uint8Array): Layout | null {
  if (bytes.byteOffset % 4 !== 0 || bytes.byteLength < 4 * HEADER_WORDS) return null;
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
  if (header[H.format] !== PACK_FORMAT || header[H.encoding] >= ENCODINGS.length) return null;
  const at = layout(header);
  return at.bytes === bytes.byteLength ? at : null;
}

/** Where one of the pack's strings lies, in bytes from the pack's start: 0 id, 1 hash, 2 rest, 3 text. */
function rangeOf(at: Layout, which: 0 | 1 | 2 | 3): [start: number, end: number] {
  const lengths = [at.header[H.id], at.header[H.hash], at.header[H.rest], at.header[H.text]];
  let from = 0;
  for (let k = 0; k < which; k++) from += lengths[k];
  const start = at.strings + from;
  return [start, start + lengths[which]];
}

/** One of the pack's strings: 0 id, 1 hash, 2 rest, 3 text. */
function stringOf(bytes: Buffer, at: Layout, which: 0 | 1 | 2 | 3): string {
  return bytes.toString(at.encoding, ...rangeOf(at, which));
}

/**
 * The length in UTF-16 code units of the pack's text as stringOf decodes it, counted on its bytes; -1 when they are
 * not valid UTF-8 (packAnalysis writes UTF-8 only for well-formed text). Decoding the text only to measure it left a
 * string the size of the corpus for the collector; checkPack over SQuAD 10×'s 480 packs took 119 ms of CPU so, 74 ms
 * counting (median of 7, side by side, load ~10).
 */
function textUnitsOf(bytes: Uint8Array, at: Layout): number {
  const [start, end] = rangeOf(at, 3);
  if (at.encoding === 'latin1') return end - start;
  // Buffer's UTF-16 decoder drops an odd last byte.
  if (at.encoding === 'utf16le') return (end - start) >> 1;
  const text = bytes.subarray(start, end);
  if (!isUtf8(text)) return -1;
  // Every byte but a continuation byte (10xxxxxx) starts a character; one of four bytes (11110xxx) needs a surrogate pair.
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const b = text[i];
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
}

/** The pack's bytes as a Buffer (a view, not a copy), for its string decoders. */
const bufferOf = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

type Rest = [meta: ArticleMeta, tags: string[], values: string[], lemmas: string[]];

const nullableString = z.string().nullable();
const restSchema = z.tuple([
  z.object({
    title: nullableString,
    outlet: nullableString,
    published: nullableString,
    publishedInferred: z.boolean(),
    url: nullableString,
    byline: nullableString,
  }),
  z.array(z.string()),
  z.array(z.string()),
  z.array(z.string()),
]);
// When this fails to compile, ArticleMeta changed: update the schema and bump PACK_FORMAT and the record's version.
true satisfies SameShape<z.infer<typeof restSchema>[0], ArticleMeta>;

/**
 * The article a pack holds, its objects made on first use (a question reads a few dozen articles; a start holds
 * 10,000). The pack is trusted: one made by packAnalysis in this process, or one checkPack accepted.
 */
export function unpackAnalysis(bytes: Uint8Array): AnalysedArticle {
  const at = layoutOf(bytes);
  if (!at) throw new Error('not an analysis pack of the current format');
  const article = new PackedArticle(bufferOf(bytes), at);
  packs.set(article, bytes);
  return article;
}

/**
 * An article read from its pack as it is used. A class with getters on its prototype: an object literal with
 * getters of its own took 14–40 µs to make in V8 (a slow path), this well under 1 µs, which is what 10,000 of them
 * cost the answering thread at a start. Its fields are getters, so spread syntax does not copy them; JSON.stringify
 * does (toJSON).
 */
class PackedArticle implements AnalysedArticle {
  readonly id: string;
  readonly hash: string;
  readonly #bytes: Buffer;
  readonly #at: Layout;
  #rest: Rest | undefined;
  #text: string | undefined;
  #tokens: Tokens | undefined;
  #sentences: Sentence[] | undefined;
  #entities: Entity[] | undefined;

  constructor(bytes: Buffer, at: Layout) {
    this.#bytes = bytes;
    this.#at = at;
    this.id = stringOf(bytes, at, 0);
    this.hash = stringOf(bytes, at, 1);
  }

  get text(): string {
    return (this.#text ??= stringOf(this.#bytes, this.#at, 3));
  }

  get meta(): ArticleMeta {
    return this.#restOf()[0];
  }

  get tokens(): Tokens {
    if (this.#tokens) return this.#tokens;
    const [bytes, at] = [this.#bytes, this.#at];
    const [, tags, values, lemmas] = this.#restOf();
    const start = new Int32Array(bytes.buffer, bytes.byteOffset + at.start, at.n);
    const length = new Uint16Array(bytes.buffer, bytes.byteOffset + at.length, at.n);
    const value = new Array<string>(at.n);
    const lemma = new Array<string>(at.n);
    const pos = new Array<string>(at.n);
    const valueAt = this.#u32(at.valueAt, values.length);
    for (let j = 0; j < valueAt.length; j++) value[valueAt[j]] = values[j];
    const text = this.text;
    for (let i = 0; i < at.n; i++) {
      value[i] ??= text.slice(start[i], start[i] + length[i]);
      lemma[i] = value[i].toLowerCase();
      pos[i] = tags[bytes[at.pos + i]];
    }
    const lemmaAt = this.#u32(at.lemmaAt, lemmas.length);
    for (let j = 0; j < lemmaAt.length; j++) lemma[lemmaAt[j]] = lemmas[j];
    return (this.#tokens = { start: Array.from(start), value, lemma, pos });
  }

  get sentences(): Sentence[] {
    if (this.#sentences) return this.#sentences;
    const [bytes, at, id] = [this.#bytes, this.#at, this.id];
    const s = at.s;
    const c = this.#u32(at.sentences, 5 * s);
    const sentences = new Array<Sentence>(s);
    for (let i = 0; i < s; i++) {
      const negated = bytes[at.negated + i] === 1;
      sentences[i] = {
        id: `${id}:${i}`,
        start: c[i],
        end: c[s + i],
        tokenStart: c[2 * s + i],
        tokenEnd: c[3 * s + i],
        passage: c[4 * s + i],
        negated,
      };
    }
    return (this.#sentences = sentences);
  }

  /** Views of the pack's sentence columns: nothing is copied or made. */
  sentenceColumns(): SentenceColumns {
    const s = this.#at.s;
    const c = this.#u32(this.#at.sentences, 5 * s);
    return { count: s, tokenStart: c.subarray(2 * s, 3 * s), tokenEnd: c.subarray(3 * s, 4 * s), passage: c.subarray(4 * s, 5 * s) };
  }

  get entities(): Entity[] {
    if (this.#entities) return this.#entities;
    const [bytes, at] = [this.#bytes, this.#at];
    const e = at.e;
    const c = this.#u32(at.entities, 4 * e);
    const entities = new Array<Entity>(e);
    for (let i = 0; i < e; i++) {
      const type = ENTITY_TYPES[bytes[at.entityType + i]];
      entities[i] = { type, start: c[i], end: c[e + i], tokenStart: c[2 * e + i], tokenEnd: c[3 * e + i] };
    }
    return (this.#entities = entities);
  }

  toJSON(): AnalysedArticle {
    const { id, hash, text, meta, tokens, sentences, entities } = this;
    return { id, hash, text, meta, tokens, sentences, entities };
  }

  #restOf(): Rest {
    return (this.#rest ??= JSON.parse(stringOf(this.#bytes, this.#at, 2)) as Rest);
  }

  #u32(offset: number, count: number): Uint32Array {
    return new Uint32Array(this.#bytes.buffer, this.#bytes.byteOffset + offset, count);
  }
}

/**
 * True when the pack is of the current format and its parts fit together: lengths as the header says, offsets
 * inside the text, token ranges inside the tokens, known tags and entity types, metadata of the right shape. A
 * pack read from a store is checked before it is trusted (one that fails is analysed again, not misread).
 */
function checkPack(bytes: Uint8Array): boolean {
  const at = layoutOf(bytes);
  if (!at) return false;
  let rest: unknown;
  try {
    rest = JSON.parse(stringOf(bufferOf(bytes), at, 2));
  } catch {
    return false;
  }
  const parsed = restSchema.safeParse(rest);
  if (!parsed.success) return false;
  const [, tags, values, lemmas] = parsed.data;
  const { n, s, e } = at;
  if (values.length !== at.header[H.valueAt] || lemmas.length !== at.header[H.lemmaAt]) return false;
  const textLength = at.header[H.textUnits];
  // Offsets are checked against the length the header states: the text must have it (bad UTF-8 would not).
  if (textUnitsOf(bytes, at) !== textLength) return false;
  const u32 = (offset: number, count: number) => new Uint32Array(bytes.buffer, bytes.byteOffset + offset, count);
  const listed = new Uint8Array(n);
  for (const i of u32(at.valueAt, values.length)) {
    if (i >= n) return false;
    listed[i] = 1;
  }
  for (const i of u32(at.lemmaAt, lemmas.length)) if (i >= n) return false;
  const start = new Int32Array(bytes.buffer, bytes.byteOffset + at.start, n);
  const length = new Uint16Array(bytes.buffer, bytes.byteOffset + at.length, n);
  for (let i = 0; i < n; i++) {
    if (!listed[i] && (start[i] < 0 || start[i] + length[i] > textLength)) return false;
    if (bytes[at.pos + i] >= tags.length) return false;
  }
  const sc = u32(at.sentences, 5 * s);
  for (let i = 0; i < s; i++) {
    if (!fits(sc[i], sc[s + i], textLength) || !fits(sc[2 * s + i], sc[3 * s + i], n) || bytes[at.negated + i] > 1) return false;
  }
  const ec = u32(at.entities, 4 * e);
  for (let i = 0; i < e; i++) {
    if (!fits(ec[i], ec[e + i], textLength) || !fits(ec[2 * e + i], ec[3 * e + i], n)) return false;
    if (bytes[at.entityType + i] >= ENTITY_TYPES.length) return false;
  }
  return true;
}

function fits(from: number, to: number, limit: number): boolean {
  return from <= to && to <= limit;
}

export function encodeAnalysis(article: AnalysedArticle): AnalysisRecord {
  const pack = deflateRawSync(packAnalysis(article)).toString('base64');
  const { count, tokenStart, tokenEnd, passage } = sentenceColumnsOf(article);
  const columns = new Uint32Array(3 * count);
  [tokenStart, tokenEnd, passage].forEach((column, k) => columns.set(column, k * count));
  const outline = typedArrayToBase64(columns);
  return { id: article.id, hash: article.hash, outline, check: crc32(pack, crc32(outline)), pack };
}

/**
 * The most a record's deflated pack may inflate to: deflate shrinks a pack to about half (no pack seen shrinks below a
 * third), so 64× bounds any real one and stops a crafted record from filling memory.
 */
const MAX_INFLATION = 64;
/**
 * zlib's output chunk, in multiples of the deflated size: 3× holds any pack seen in one chunk. With zlib's default 16 kB
 * chunks a pack came out in several that were then joined (Buffer.concat, a third of the inflate's CPU at a warm start
 * of SQuAD 10×); a larger pack still inflates, in more chunks.
 */
const INFLATE_CHUNK = 3;

/**
 * The analysed article a record holds, or null when its checksum or outline is wrong (a record damaged in the store, or
 * not written by encodeAnalysis): then it is analysed again. Its pack is inflated and checked when first read
 * (DeferredArticle); `damaged` hears why, should that fail.
 */
export function decodeAnalysis(record: AnalysisRecord, damaged?: (why: string) => void): AnalysedArticle | null {
  if (crc32(record.pack, crc32(record.outline)) !== record.check) return null;
  const columns = base64ToTypedArray(record.outline, Uint32Array);
  if (!columns || columns.length % 3 !== 0) return null;
  return new DeferredArticle(record, columns, damaged);
}

/** The pack a record holds, inflated and checked, or why not. */
function inflatePack(record: AnalysisRecord): Uint8Array | string {
  const deflated = base64ToTypedArray(record.pack, Uint8Array);
  if (!deflated) return 'its pack is not base64';
  let inflated: Buffer;
  try {
    const maxOutputLength = Math.max(1 << 16, MAX_INFLATION * deflated.byteLength);
    inflated = inflateRawSync(deflated, { maxOutputLength, chunkSize: Math.max(1 << 10, INFLATE_CHUNK * deflated.byteLength) });
  } catch {
    return 'its pack does not inflate';
  }
  // A buffer of its own, and only as large as the pack: zlib's result is a view of its larger output chunk (or, when
  // small, of Buffer's shared pool, at an offset unaligned for the columns).
  const bytes = inflated.byteOffset === 0 && inflated.buffer.byteLength === inflated.byteLength ? inflated : new Uint8Array(inflated);
  return checkPack(bytes) ? bytes : 'its pack is not an analysis pack of the current format whose parts fit together';
}

/** A deferred article's pack failed its checks when first read (its entry is dropped: the next load analyses it again). */
export class DamagedAnalysisError extends Error {
  override name = 'DamagedAnalysisError';

  constructor(
    readonly articleId: string,
    readonly why: string,
  ) {
    super(`the stored analysis of article ${articleId} cannot be read: ${why}`);
  }
}

/**
 * An article read from the analysis cache whose pack is inflated, checked and unpacked when a field other than its id,
 * hash and sentence columns is first read: a start indexes every article, a question reads a few dozen. The outline's
 * columns are the pack's (checked when it is unpacked), so the saved index laid out over them fits the article.
 */
class DeferredArticle implements AnalysedArticle {
  readonly id: string;
  readonly hash: string;
  #record: AnalysisRecord | undefined;
  readonly #columns: SentenceColumns;
  readonly #damaged: ((why: string) => void) | undefined;
  #article: PackedArticle | undefined;
  /** Why the pack could not be read, once it was tried. */
  #failure: string | undefined;

  constructor(record: AnalysisRecord, columns: Uint32Array, damaged: ((why: string) => void) | undefined) {
    this.id = record.id;
    this.hash = record.hash;
    this.#record = record;
    const count = columns.length / 3;
    this.#columns = {
      count,
      tokenStart: columns.subarray(0, count),
      tokenEnd: columns.subarray(count, 2 * count),
      passage: columns.subarray(2 * count),
    };
    this.#damaged = damaged;
  }

  get text(): string {
    return this.#unpacked().text;
  }

  get meta(): ArticleMeta {
    return this.#unpacked().meta;
  }

  get tokens(): Tokens {
    return this.#unpacked().tokens;
  }

  get sentences(): Sentence[] {
    return this.#unpacked().sentences;
  }

  get entities(): Entity[] {
    return this.#unpacked().entities;
  }

  sentenceColumns(): SentenceColumns {
    return this.#columns;
  }

  /** The pack, inflated (packAnalysis). */
  pack(): Uint8Array {
    return packAnalysis(this.#unpacked());
  }

  toJSON(): AnalysedArticle {
    return this.#unpacked().toJSON();
  }

  #unpacked(): PackedArticle {
    if (this.#article) return this.#article;
    const record = this.#record!;
    if (this.#failure === undefined) {
      const bytes = inflatePack(record);
      const article = typeof bytes === 'string' ? undefined : (unpackAnalysis(bytes) as PackedArticle);
      if (typeof bytes === 'string') this.#failure = bytes;
      else if (article!.id !== record.id || article!.hash !== record.hash) this.#failure = 'its pack names another article';
      else if (!this.#fits(sentenceColumnsOf(article!))) this.#failure = "its outline is not its pack's sentences";
      else {
        this.#record = undefined;
        return (this.#article = article!);
      }
      this.#damaged?.(this.#failure);
    }
    throw new DamagedAnalysisError(record.id, this.#failure);
  }

  #fits(columns: SentenceColumns): boolean {
    const own = this.#columns;
    return (
      columns.count === own.count &&
      sameItems(columns.tokenStart, own.tokenStart) &&
      sameItems(columns.tokenEnd, own.tokenEnd) &&
      sameItems(columns.passage, own.passage)
    );
  }
}
