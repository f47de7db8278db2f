import { ENTITY_TYPES, type AnalysedArticle, type Entity, type Sentence, type Tokens } from '../../analyse/types.js';
import type { ArticleMeta } from '../../corpus/types.js';
import { base64ToTypedArray, typedArrayToBase64 } from '../../index/typed-array-base64.js';

/**
 * An analysed article as the analysis cache stores it: every column a typed array in base64 (or one
 * character per token), and what can be derived left out: a token's text is a slice of the article text,
 * most lemmas are the token lower-cased, sentence ids are `<articleId>:<ordinal>`. On SQuAD this is 2.4×
 * smaller than the article's JSON and reads back (JSON.parse and decode) about twice as fast, which is most
 * of a warm start (issue #4: 100k sentences, bench/results.md).
 */
export interface AnalysisRecord {
  id: string;
  hash: string;
  text: string;
  meta: ArticleMeta;
  tokens: {
    /** Int32Array: start offset into the text (analyseArticle leaves −1 where the model altered a token). */
    start: string;
    /** Uint32Array: the token's length. */
    length: string;
    /** The POS tags used, and one character per token: String.fromCharCode(TAG_CODE_BASE + index into tags). */
    tags: string[];
    pos: string;
    /** Uint32Array: tokens whose text is not `text.slice(start, start + length)`, and their texts. */
    valueAt: string;
    values: string[];
    /** Uint32Array: tokens whose lemma is not their text lower-cased, and their lemmas. */
    lemmaAt: string;
    lemmas: string[];
  };
  /** Uint32Array columns, and negated as a Uint8Array of 0/1. */
  sentences: { start: string; end: string; tokenStart: string; tokenEnd: string; passage: string; negated: string };
  /** Uint32Array columns; type one character per entity, as the POS tags but indexing ENTITY_TYPES. */
  entities: { type: string; start: string; end: string; tokenStart: string; tokenEnd: string };
}

/** Codes start at "A" so the column stays printable: JSON would escape control characters to six bytes. */
const TAG_CODE_BASE = 65;

const code = (index: number): string => String.fromCharCode(TAG_CODE_BASE + index);
const u32 = (values: ArrayLike<number>): string => typedArrayToBase64(Uint32Array.from(values));

export function encodeAnalysis(article: AnalysedArticle): AnalysisRecord {
  const { text, tokens, sentences, entities } = article;
  const tags: string[] = [];
  const tagIndex = new Map<string, number>();
  const valueAt: number[] = [];
  const values: string[] = [];
  const lemmaAt: number[] = [];
  const lemmas: string[] = [];
  let pos = '';
  for (let i = 0; i < tokens.value.length; i++) {
    const value = tokens.value[i];
    if (!text.startsWith(value, tokens.start[i]) || tokens.start[i] < 0) {
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
      tagIndex.set(tokens.pos[i], tag);
    }
    pos += code(tag);
  }
  sentences.forEach((s, i) => {
    // decodeAnalysis derives the ids; analyseArticle numbers them this way, and nothing else makes sentences.
    if (s.id !== `${article.id}:${i}`) throw new Error(`sentence ${i} of ${article.id} has the id ${s.id}`);
  });
  return {
    id: article.id,
    hash: article.hash,
    text,
    meta: article.meta,
    tokens: {
      start: typedArrayToBase64(Int32Array.from(tokens.start)),
      length: u32(tokens.value.map((v) => v.length)),
      tags,
      pos,
      valueAt: u32(valueAt),
      values,
      lemmaAt: u32(lemmaAt),
      lemmas,
    },
    sentences: {
      start: u32(sentences.map((s) => s.start)),
      end: u32(sentences.map((s) => s.end)),
      tokenStart: u32(sentences.map((s) => s.tokenStart)),
      tokenEnd: u32(sentences.map((s) => s.tokenEnd)),
      passage: u32(sentences.map((s) => s.passage)),
      negated: typedArrayToBase64(Uint8Array.from(sentences, (s) => (s.negated ? 1 : 0))),
    },
    entities: {
      type: entities.map((e) => code(ENTITY_TYPES.indexOf(e.type))).join(''),
      start: u32(entities.map((e) => e.start)),
      end: u32(entities.map((e) => e.end)),
      tokenStart: u32(entities.map((e) => e.tokenStart)),
      tokenEnd: u32(entities.map((e) => e.tokenEnd)),
    },
  };
}

/**
 * The analysed article a record holds, or null when its columns do not fit together (lengths differ,
 * offsets outside the text, unknown codes): such a record was not written by encodeAnalysis and is rebuilt.
 *
 * The token columns are checked now but made on first use of `tokens`: they are millions of strings at
 * 100k sentences, and making them was most of a warm start (issue #4), while a question reads the tokens
 * of a few dozen articles.
 */
export function decodeAnalysis(record: AnalysisRecord): AnalysedArticle | null {
  const columns = tokenColumns(record);
  if (!columns) return null;
  const sentences = decodeSentences(record, columns.start.length);
  const entities = sentences && decodeEntities(record, columns.start.length);
  if (!sentences || !entities) return null;
  // Dropped once used, so the encoded columns are not kept beside the decoded ones.
  let decode: (() => Tokens) | null = () => decodeTokens(record, columns);
  let tokens: Tokens;
  const article = { id: record.id, hash: record.hash, text: record.text, meta: record.meta, sentences, entities } as AnalysedArticle;
  return Object.defineProperty(article, 'tokens', {
    enumerable: true,
    get: () => {
      if (decode) {
        tokens = decode();
        decode = null;
      }
      return tokens;
    },
  });
}

interface TokenColumns {
  start: Int32Array;
  length: Uint32Array;
  /** 1 where the token's text is in `values` rather than a slice of the text. */
  listed: Uint8Array;
  valueAt: Uint32Array;
  lemmaAt: Uint32Array;
}

/** The token columns, when every one fits the others and the text. */
function tokenColumns({ text, tokens: t }: AnalysisRecord): TokenColumns | null {
  const start = base64ToTypedArray(t.start, Int32Array);
  const length = base64ToTypedArray(t.length, Uint32Array);
  const valueAt = base64ToTypedArray(t.valueAt, Uint32Array);
  const lemmaAt = base64ToTypedArray(t.lemmaAt, Uint32Array);
  if (!start || !length || !valueAt || !lemmaAt) return null;
  const n = start.length;
  if (length.length !== n || t.pos.length !== n || valueAt.length !== t.values.length || lemmaAt.length !== t.lemmas.length) return null;
  const listed = new Uint8Array(n);
  for (const i of valueAt) {
    if (i >= n) return null;
    listed[i] = 1;
  }
  for (const i of lemmaAt) if (i >= n) return null;
  const { pos } = t;
  const textLength = text.length;
  const lastCode = TAG_CODE_BASE + t.tags.length - 1;
  for (let i = 0; i < n; i++) {
    if (!listed[i] && (start[i] < 0 || start[i] + length[i] > textLength)) return null;
    const c = pos.charCodeAt(i);
    if (c < TAG_CODE_BASE || c > lastCode) return null;
  }
  return { start, length, listed, valueAt, lemmaAt };
}

function decodeTokens({ text, tokens: t }: AnalysisRecord, columns: TokenColumns): Tokens {
  const { start, length, listed, valueAt, lemmaAt } = columns;
  const n = start.length;
  const value = new Array<string>(n);
  for (let j = 0; j < valueAt.length; j++) value[valueAt[j]] = t.values[j];
  const lemma = new Array<string>(n);
  const pos = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    if (!listed[i]) value[i] = text.slice(start[i], start[i] + length[i]);
    lemma[i] = value[i].toLowerCase();
    pos[i] = t.tags[t.pos.charCodeAt(i) - TAG_CODE_BASE];
  }
  for (let j = 0; j < lemmaAt.length; j++) lemma[lemmaAt[j]] = t.lemmas[j];
  return { start: Array.from(start), value, lemma, pos };
}

function decodeSentences({ id, text, sentences: s }: AnalysisRecord, tokenCount: number): Sentence[] | null {
  const start = base64ToTypedArray(s.start, Uint32Array);
  const end = base64ToTypedArray(s.end, Uint32Array);
  const tokenStart = base64ToTypedArray(s.tokenStart, Uint32Array);
  const tokenEnd = base64ToTypedArray(s.tokenEnd, Uint32Array);
  const passage = base64ToTypedArray(s.passage, Uint32Array);
  const negated = base64ToTypedArray(s.negated, Uint8Array);
  if (!start || !end || !tokenStart || !tokenEnd || !passage || !negated) return null;
  const m = start.length;
  if (!sameLength(m, end, tokenStart, tokenEnd, passage, negated)) return null;
  const out = new Array<Sentence>(m);
  for (let i = 0; i < m; i++) {
    if (!fits(start[i], end[i], text.length) || !fits(tokenStart[i], tokenEnd[i], tokenCount)) return null;
    out[i] = {
      id: `${id}:${i}`,
      start: start[i],
      end: end[i],
      tokenStart: tokenStart[i],
      tokenEnd: tokenEnd[i],
      passage: passage[i],
      negated: negated[i] === 1,
    };
  }
  return out;
}

function decodeEntities({ text, entities: e }: AnalysisRecord, tokenCount: number): Entity[] | null {
  const start = base64ToTypedArray(e.start, Uint32Array);
  const end = base64ToTypedArray(e.end, Uint32Array);
  const tokenStart = base64ToTypedArray(e.tokenStart, Uint32Array);
  const tokenEnd = base64ToTypedArray(e.tokenEnd, Uint32Array);
  if (!start || !end || !tokenStart || !tokenEnd) return null;
  const m = start.length;
  if (e.type.length !== m || !sameLength(m, end, tokenStart, tokenEnd)) return null;
  const out = new Array<Entity>(m);
  for (let i = 0; i < m; i++) {
    const type = ENTITY_TYPES[e.type.charCodeAt(i) - TAG_CODE_BASE];
    if (type === undefined || !fits(start[i], end[i], text.length) || !fits(tokenStart[i], tokenEnd[i], tokenCount)) return null;
    out[i] = { type, start: start[i], end: end[i], tokenStart: tokenStart[i], tokenEnd: tokenEnd[i] };
  }
  return out;
}

function sameLength(n: number, ...columns: ArrayLike<number>[]): boolean {
  return columns.every((c) => c.length === n);
}

function fits(from: number, to: number, limit: number): boolean {
  return from <= to && to <= limit;
}
