import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeHtml, isHtmlPath, opensAsHtml } from './html-charset.js';
import { CorpusError } from './corpus-error.js';
import { errorMessage, OPERATOR_MESSAGES } from '../entry.js';
import { binaryPageProblem, decodeText, detectedNotice } from './decode-text.js';
import { parseCatalog } from './parse-catalog.js';
import { CORPUS_DEFAULTS, type CorpusSettings } from './defaults.js';
import { withSharedLines } from './shared-lines.js';
import type { StatedMeta, SourceFile } from './types.js';

export interface ReadCorpusResult {
  files: SourceFile[];
  warnings: string[];
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'not found (a dangling link?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return errorMessage(err);
  }
}

// Plain code-unit order, not localeCompare: the order must not depend on the machine's locale.
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function readCatalog(dir: string, name: string): Promise<{ entries: Map<string, Partial<StatedMeta>>; warnings: string[] }> {
  let source: string;
  try {
    source = await readFile(join(dir, name), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { entries: new Map(), warnings: [] };
    return { entries: new Map(), warnings: [`${name}: unreadable (${reason(err)}); catalogue ignored`] };
  }
  return parseCatalog(source, name);
}

/**
 * The bytes of each file, or why it cannot be read: read synchronously, `readConcurrency` files between two turns of
 * the event loop, so a large corpus never blocks it for long (a warm start at 100k sentences reads 480 files). Read
 * through the thread pool (stat, open, fstat, read, close: five round trips a file, 16 at a time) they took 88–299 ms
 * of CPU and more of wall time on a busy machine, read so 26–138 ms (SQuAD 10×'s 480 files, 12:40 UTC, load ~10).
 */
async function readAll(paths: readonly string[], options: CorpusSettings): Promise<(Buffer | string)[]> {
  const out: (Buffer | string)[] = new Array(paths.length);
  for (let i = 0; i < paths.length; i++) {
    if (i > 0 && i % options.readConcurrency === 0) await new Promise(setImmediate);
    out[i] = readOne(paths[i], options);
  }
  return out;
}

function readOne(path: string, options: CorpusSettings): Buffer | string {
  try {
    const info = statSync(path);
    if (!info.isFile()) return info.isDirectory() ? 'is a folder, not a file' : 'not a regular file';
    if (info.size > options.maxFileBytes) return `too large (${info.size} bytes, limit ${options.maxFileBytes})`;
    return readFileSync(path);
  } catch (err) {
    return `unreadable (${reason(err)})`;
  }
}

/**
 * An HTML page decoded in the encoding it declares (see decodeHtml); a charset problem is a warning
 * naming the file, and the page is still served. NUL bytes or a document's signature mark it no page, as for text.
 */
function decodePage(bytes: Buffer, name: string, warnings: string[], options: CorpusSettings): ReturnType<typeof decodeText> {
  const binary = binaryPageProblem(bytes);
  if (binary !== null) return { ok: false, problem: binary };
  const page = decodeHtml(bytes, null, options);
  for (const problem of page.problems) warnings.push(`${name}: ${problem}`);
  return { ok: true, text: page.html, invalidSequences: 0 };
}

/** Elements whose content is not text a reader sees (a page's inline JSON state can run to megabytes). */
const NOT_TEXT = ['script', 'style', 'template', 'noscript'];

/**
 * How much text a file holds, in characters: its longest paragraph (its longest line, or for an HTML page the longest
 * run of text between two tags) and all of it (the page's runs together), outside scripts, styles and comments. One
 * linear pass (no backtracking regular expression over a hostile page).
 *
 * The two kinds of input are read by two functions, not by one with a flag, and the HTML one compares
 * character codes instead of calling string methods. V8's optimising compiler (TurboFan, Node 20) has
 * twice made this scan pathological on two-byte pages: first the shared function (minutes on a 10 MB page
 * that takes 0.4 s otherwise: the "vitest hang" of sessions 4–5), then the HTML scan written with
 * toLowerCase/indexOf/slice, which after a few pages took 3–24 s on 75–185 kB pages that it had read in
 * 1–9 ms (Article Extraction Benchmark fit pages read in a row, in a plain script too; it made
 * `npm run eval -- --only extraction-html` take 384 s). This form reads the same pages in 0.1–1 ms each.
 */
export function textShape(text: string, html: boolean): TextShape {
  return html ? htmlTextShape(text) : { longestParagraph: longestLine(text), chars: text.length };
}

export interface TextShape {
  longestParagraph: number;
  chars: number;
}

/** Why a file is no article by its text's shape alone (a paragraph, or all its text, longer than any article's), or null. */
export function shapeProblem(shape: TextShape, limits: Pick<CorpusSettings, 'maxParagraphChars' | 'maxTextChars'>): string | null {
  if (shape.longestParagraph > limits.maxParagraphChars)
    return `a paragraph of ${shape.longestParagraph} characters (limit ${limits.maxParagraphChars}); not an article`;
  if (shape.chars > limits.maxTextChars) return `${shape.chars} characters of text (limit ${limits.maxTextChars}); not an article`;
  return null;
}

function longestLine(text: string): number {
  let max = 0;
  for (let i = 0; i <= text.length;) {
    const end = text.indexOf('\n', i);
    const stop = end < 0 ? text.length : end;
    max = Math.max(max, stop - i);
    i = stop + 1;
  }
  return max;
}

const LESS_THAN = 0x3c;

function htmlTextShape(text: string): TextShape {
  let max = 0;
  let chars = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== LESS_THAN) continue;
    max = Math.max(max, i - runStart);
    chars += i - runStart;
    const end = markupEnd(text, i);
    if (end < 0) return { longestParagraph: max, chars };
    i = end;
    runStart = end + 1;
  }
  return { longestParagraph: Math.max(max, text.length - runStart), chars: chars + text.length - runStart };
}

/**
 * Where the markup opening at `lt` ends (its ">"): a comment after "-->", a script or style at its closing
 * tag's ">", a tag at its own; -1 when it never ends.
 */
function markupEnd(text: string, lt: number): number {
  let from = lt;
  if (startsWithAt(text, lt + 1, '!--')) {
    from = findFrom(text, '-->', lt + 4);
  } else {
    const hidden = NOT_TEXT.find((name) => startsWithAt(text, lt + 1, name) && !isWordChar(text.charCodeAt(lt + 1 + name.length)));
    if (hidden) from = findFrom(text, `</${hidden}`, lt + 1);
  }
  return from < 0 ? -1 : findFrom(text, '>', from);
}

/** `text` holds `ascii` (lower case, letters matched in either case) at `at`. */
function startsWithAt(text: string, at: number, ascii: string): boolean {
  if (at + ascii.length > text.length) return false;
  for (let k = 0; k < ascii.length; k++) {
    const c = text.charCodeAt(at + k);
    const want = ascii.charCodeAt(k);
    if (c !== want && !(want >= 0x61 && want <= 0x7a && c === want - 0x20)) return false;
  }
  return true;
}

/** The first index ≥ `from` where `text` holds `ascii` (as startsWithAt), or -1. */
function findFrom(text: string, ascii: string, from: number): number {
  for (let i = from; i + ascii.length <= text.length; i++) if (startsWithAt(text, i, ascii)) return i;
  return -1;
}

/** A character regular expressions' \w matches (what ends a tag name). */
function isWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/** Whether a name in a corpus folder is an article file's, by its extension. */
export function isArticleName(name: string, options: CorpusSettings): boolean {
  return options.extensions.includes(extname(name).toLowerCase());
}

/**
 * The names in a corpus folder the reader passes by that a user may have meant as articles, sorted: neither an article
 * file's nor the catalogue's, nor hidden (a leading dot: .DS_Store, .gitkeep, an editor's swap file, by Unix custom).
 */
export function unreadNames(names: readonly string[], options: CorpusSettings): string[] {
  return names.filter((name) => !name.startsWith('.') && name !== options.catalogName && !isArticleName(name, options)).sort(byName);
}

/**
 * Reads every article (`*.txt`, `*.md`, `*.html`, `*.htm`) directly in `dir`, sorted by file name. Files that cannot
 * serve as articles (unreadable, binary, empty, a duplicate of an earlier file, an id already taken) are skipped with a
 * warning naming the file, and one warning names what else the folder holds (unreadNames); the rest are served, text
 * files with the lines they share with other files of the folder marked (shared-lines.ts). Throws CorpusError when the
 * folder is missing, is not a folder, or holds no readable article.
 */
export async function readCorpus(dir: string, options: CorpusSettings = CORPUS_DEFAULTS): Promise<ReadCorpusResult> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new CorpusError(`Corpus path is not a folder: ${dir}`, dir);
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CorpusError(code === 'ENOENT' ? `Corpus folder not found: ${dir}` : `Corpus folder unreadable (${reason(err)}): ${dir}`, dir);
  }
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    throw new CorpusError(`Corpus folder unreadable (${reason(err)}): ${dir}`, dir);
  }

  const warnings: string[] = [];
  const catalog = await readCatalog(dir, options.catalogName);
  warnings.push(...catalog.warnings);

  const articleNames = names.filter((name) => isArticleName(name, options)).sort(byName);
  const unread = unreadNames(names, options);
  if (unread.length > 0) warnings.push(OPERATOR_MESSAGES.notArticles(unread, options.extensions));
  const files: SourceFile[] = [];
  const idByHash = new Map<string, string>();
  const nameById = new Map<string, string>();

  const read = await readAll(
    articleNames.map((name) => join(dir, name)),
    options,
  );
  for (const [i, name] of articleNames.entries()) {
    const path = join(dir, name);
    const id = name.slice(0, name.length - extname(name).length);
    const skip = (why: string) => warnings.push(OPERATOR_MESSAGES.skipped(name, why));
    const bytes = read[i];
    if (typeof bytes === 'string') {
      skip(bytes);
      continue;
    }
    const decoded = isHtmlPath(name) ? decodePage(bytes, name, warnings, options) : decodeText(bytes, options.maxInvalidRatio);
    if (!decoded.ok) {
      skip(decoded.problem);
      continue;
    }
    if (decoded.text.trim() === '') {
      skip('empty');
      continue;
    }
    if (extname(name).toLowerCase() === '.txt' && opensAsHtml(decoded.text)) {
      skip('an HTML page named .txt; rename it .html to read it as a page');
      continue;
    }
    // HTML pages are checked by extractHtml, after its cheaper markup checks have refused hostile pages.
    const problem = isHtmlPath(name) ? null : shapeProblem(textShape(decoded.text, false), options);
    if (problem !== null) {
      skip(problem);
      continue;
    }
    const taken = nameById.get(id);
    if (taken !== undefined) {
      skip(`same article id "${id}" as ${taken}`);
      continue;
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const original = idByHash.get(hash);
    if (original !== undefined) {
      skip(`duplicate of ${original}`);
      continue;
    }
    if (decoded.detected !== undefined) warnings.push(`${name}: ${detectedNotice(decoded.detected)}`);
    if (decoded.invalidSequences > 0) {
      warnings.push(`${name}: ${decoded.invalidSequences} invalid UTF-8 sequence(s) replaced by \uFFFD`);
    }
    idByHash.set(hash, id);
    nameById.set(id, name);
    files.push({ id, path, raw: decoded.text, hash, catalog: { ...catalog.entries.get(id) } });
  }

  for (const id of catalog.entries.keys()) {
    if (!nameById.has(id)) warnings.push(`${options.catalogName}: entry "${id}" matches no article served from the folder`);
  }
  if (files.length === 0) {
    const why = articleNames.length === 0 ? 'no *.txt, *.md or *.html files' : 'no readable articles';
    throw new CorpusError(`Corpus folder has ${why}: ${dir}`, dir, warnings);
  }
  return { files: withSharedLines(files, (file) => !isHtmlPath(file.path)), warnings };
}
