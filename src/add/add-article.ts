import { createHash, randomBytes } from 'node:crypto';
import { link, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { TextDecoder } from 'node:util';
import { cleanArticle } from '../clean/clean-article.js';
import { cleanSourceFile, extractHtml, HtmlPageError, ListingPageError, type ExtractedPage } from '../clean/html/html-article.js';
import { countWords, wordsOf } from '../clean/boilerplate/line-features.js';
import { decodeHtml, opensAsHtml, writtenInUtf8 } from '../corpus/html-charset.js';
import { readFrontMatter } from '../clean/text/front-matter.js';
import { resolveMetadata } from '../clean/metadata/metadata.js';
import { CorpusError } from '../corpus/corpus-error.js';
import { CORPUS_DEFAULTS } from '../corpus/defaults.js';
import { binaryPageProblem, decodeText, decodeWith } from '../corpus/decode-text.js';
import { readCorpus, shapeProblem, textShape } from '../corpus/read-corpus.js';
import { foldLine } from '../corpus/shared-lines.js';
import type { ArticleMeta } from '../corpus/types.js';
import { plural } from '../user-messages.js';
import { ADD_DEFAULTS, type FetchSettings } from './defaults.js';
import { fetchPage, FetchError, type FetchedPage } from './fetch-page.js';
import { refreshTarget } from './declarative-refresh.js';
import { errorMessage } from '../entry.js';

/** Adding failed; the message is one line for the user (the fetch's reason, or what the page lacked). */
export class AddError extends Error {
  override readonly name = 'AddError';
}

export type AddOutcome =
  | { status: 'added'; id: string; file: string; meta: ArticleMeta; text: string }
  | { status: 'duplicate'; of: string; same: 'address' | 'text' };

/**
 * The headline as a file-name slug: lower-case letters and digits of any script, joined by hyphens;
 * Latin accents dropped (`café` → `cafe`), other scripts' marks kept (`で` stays `で`).
 */
export function slugOf(title: string | null): string {
  const words = wordsOf(
    (title ?? '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC'),
  );
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > ADD_DEFAULTS.slugMaxChars) break;
    slug = next;
  }
  return slug === '' ? (words[0]?.slice(0, ADD_DEFAULTS.slugMaxChars) ?? 'article') : slug;
}

/**
 * An address compared as the same page: no fragment, host lower-case, default port and a trailing
 * slash dropped. Query strings stay (on many sites they name the article).
 */
export function sameAddress(url: string): string | null {
  try {
    const u = new URL(url);
    u.hash = '';
    const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : u.pathname;
    return `${u.protocol}//${u.host.toLowerCase()}${path}${u.search}`;
  } catch {
    return null;
  }
}

/** The article text compared as the same body: whitespace differences do not make a new article. */
function bodyKey(text: string): string {
  return createHash('sha256').update(foldLine(text)).digest('hex');
}

/** What duplicate checks read of an article: its id, the address it names, its cleaned text and its content hash. */
export interface KnownArticle {
  id: string;
  hash: string;
  text: string;
  meta: { url: string | null };
}

/**
 * The articles already in the corpus, by address and by body, for duplicate checks: one lookup per added page
 * whatever the corpus's size. Built again at every re-index, it hashes the text only of articles whose content hash
 * it has not seen (an unchanged file cleans to the same text), so a /add after a re-index is not linear in the corpus.
 */
export class KnownArticles {
  private readonly byAddress = new Map<string, string>();
  private readonly byBody = new Map<string, string>();
  private readonly bodyByHash = new Map<string, string>();

  /** The articles given; body keys already computed by `before` are reused. Of two alike, the first is the one named. */
  static of(articles: Iterable<KnownArticle>, before?: KnownArticles): KnownArticles {
    const known = new KnownArticles();
    for (const a of articles) known.note(a.id, a.meta.url, a.text, a.hash, before?.bodyByHash.get(a.hash));
    return known;
  }

  /** Notes an article; its content `hash` lets the next re-index reuse its body key. */
  note(id: string, url: string | null, text: string, hash?: string, body = bodyKey(text)): void {
    const address = url === null ? null : sameAddress(url);
    if (address !== null && !this.byAddress.has(address)) this.byAddress.set(address, id);
    if (!this.byBody.has(body)) this.byBody.set(body, id);
    if (hash !== undefined) this.bodyByHash.set(hash, body);
  }

  /** The article a page duplicates, by its address first, then by its text; null when it is new. */
  find(url: string | null, text: string): { of: string; same: 'address' | 'text' } | null {
    const address = url === null ? null : sameAddress(url);
    const byAddress = address === null ? undefined : this.byAddress.get(address);
    if (byAddress !== undefined) return { of: byAddress, same: 'address' };
    const byBody = this.byBody.get(bodyKey(text));
    return byBody === undefined ? null : { of: byBody, same: 'text' };
  }
}

/** What is in a corpus folder, for duplicate checks; an empty or new folder knows nothing yet. */
export async function knownArticles(corpusDir: string): Promise<KnownArticles> {
  let files;
  try {
    ({ files } = await readCorpus(corpusDir));
  } catch (err) {
    if (err instanceof CorpusError && /has no /.test(err.message)) return new KnownArticles();
    throw err;
  }
  const known = new KnownArticles();
  for (const file of files) {
    try {
      const article = cleanSourceFile(file);
      known.note(article.id, article.meta.url, article.text, article.hash);
    } catch (err) {
      if (!(err instanceof HtmlPageError)) throw err;
    }
  }
  return known;
}

interface Page {
  kind: 'html' | 'text';
  /** The page as it will be stored (UTF-8). */
  content: string;
  meta: ArticleMeta;
  text: string;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** An HTML page's bytes as text: refused first when they are an image, archive or PDF, as the corpus reader skips one. */
function htmlOf(bytes: Uint8Array, charset: string | null): string {
  const binary = binaryPageProblem(bytes);
  if (binary !== null) throw new AddError(binary);
  return decodeHtml(bytes, charset).html;
}

/** An HTML page as the HTML reader reads it: its article and metadata, or the HtmlPageError that says why it has none. */
type Reading = ExtractedPage | HtmlPageError;

function readingOf(html: string): Reading {
  try {
    return extractHtml(html);
  } catch (err) {
    if (err instanceof HtmlPageError) return err;
    throw err;
  }
}

/**
 * An HTML page read as the corpus will read it. Stored as UTF-8 behind a byte-order mark, which
 * outranks any `<meta charset>` the page carries; a page that names no canonical address gets one for
 * the address it came from, so its citations link back to it. `reading` is the page's, when it was already read.
 */
function htmlPage(html: string, fetchedFrom: string | null, reading: Reading = readingOf(html)): Page {
  // A front page or a section: the user meant one of its stories, which has a link of its own.
  if (reading instanceof ListingPageError) throw new AddError(`the page looks like ${reading.message}; add the link of the story itself`);
  if (reading instanceof HtmlPageError) throw new AddError(`no article found in the page (${reading.message})`);
  const extracted = reading;
  let content = html;
  if (extracted.meta.url === undefined && fetchedFrom !== null) {
    extracted.meta.url = fetchedFrom;
    const tag = `<link rel="canonical" href="${escapeAttribute(fetchedFrom)}">`;
    const head = /<head\b[^>]*>/i.exec(html);
    content = head ? html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length) : tag + html;
  }
  return { kind: 'html', content: `\uFEFF${content}`, meta: resolveMetadata([extracted.meta]), text: extracted.text };
}

/** A plain-text page; one fetched from the web gets its address as front matter when it has none. */
function textPage(bytes: Uint8Array, charset: string | null, fetchedFrom: string | null): Page {
  let raw: string;
  // A legacy charset is believed unless the bytes are written in UTF-8, as for HTML pages (decodeHtml).
  if (charset !== null && !/^utf-?8$/i.test(charset) && !writtenInUtf8(bytes)) {
    try {
      raw = decodeWith(new TextDecoder(charset.toLowerCase()), bytes);
    } catch {
      throw new AddError(`unknown charset "${charset.slice(0, 40)}"`);
    }
  } else {
    const decoded = decodeText(bytes, CORPUS_DEFAULTS.maxInvalidRatio);
    if (!decoded.ok) throw new AddError(decoded.problem);
    raw = decoded.text;
  }
  if (fetchedFrom !== null && readFrontMatter(raw) === null) raw = `---\nurl: ${fetchedFrom}\n---\n${raw}`;
  const problem = shapeProblem(textShape(raw, false), CORPUS_DEFAULTS);
  if (problem !== null) throw new AddError(problem);
  const article = cleanArticle({ id: 'new', path: 'new.txt', raw, hash: '', catalog: {} });
  return { kind: 'text', content: raw, meta: article.meta, text: article.text };
}

/** Whether an argument is a link rather than a file path (it names a scheme, as `https://` does). */
function isLink(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

async function readLocal(path: string, maxBytes: number): Promise<Page> {
  const ext = extname(path).toLowerCase();
  const kind = ext === '.html' || ext === '.htm' ? 'html' : ext === '.txt' || ext === '.md' ? 'text' : null;
  if (kind === null) throw new AddError(`only .html, .htm, .txt and .md files can be added`);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AddError(`not a file`);
    if (info.size > maxBytes) throw new AddError(`larger than ${maxBytes / 1024 / 1024} MB`);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof AddError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new AddError(`${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : errorMessage(err)}`);
  }
  // A page saved under a .txt name is read as the page it is (the corpus reader would skip it as one).
  const html = kind === 'html' || (ext === '.txt' && opensAsHtml(bytes.subarray(0, 1024).toString('utf8')));
  return html ? htmlPage(htmlOf(bytes, null), null) : textPage(bytes, null, null);
}

/** Whether an HTML page holds an article: text Readability finds, of at least the words `saved` asks of one. */
function hasArticle(reading: Reading): boolean {
  return !(reading instanceof HtmlPageError) && countWords(reading.text) >= ADD_DEFAULTS.minWords;
}

/**
 * Where a fetched page without an article sends its reader by a `Refresh` header or `<meta http-equiv="refresh">`: a link
 * shortener's or a tracker's interstitial ("You are being redirected…") stood for the story and was refused as "only 4
 * words" (faults6 A6); a server may say the same in the header, with an empty or plain-text body (faults8). A page with
 * an article is kept whatever it declares (a news page reloading itself every few minutes, or moving on to the next
 * story after reading). `html` is null for a page of plain text. `holdsArticle` is asked only of a page that declares a
 * refresh: reading a page for its article is the costly part.
 */
function refreshOfPageWithoutArticle(page: FetchedPage, html: string | null, holdsArticle: () => boolean): string | null {
  const target = refreshTarget(page.refresh, html, page.url);
  return target === null || holdsArticle() ? null : target;
}

async function readLink(link: string, settings: FetchSettings, stop?: AbortSignal): Promise<Page> {
  // Each HTML page fetched is decoded once, a legacy page's charset detection with it: for its refresh, and the page kept
  // is then read from that text. A page with an article that also declares a refresh elsewhere is read by the HTML reader
  // once, too: to ask whether it has an article, and that reading is kept.
  const decoded: { page: FetchedPage | null; html: string; reading?: Reading } = { page: null, html: '' };
  const follow = (page: FetchedPage): string | null => {
    // A text page's words counted in its bytes read as UTF-8, as saved() weighs them: enough to tell an empty or one-line
    // notice from a story.
    if (page.kind === 'text') {
      return refreshOfPageWithoutArticle(page, null, () => countWords(page.bytes.toString('utf8')) >= ADD_DEFAULTS.minWords);
    }
    // A binary page is left to htmlOf, which refuses it in words.
    if (binaryPageProblem(page.bytes) !== null) return null;
    decoded.page = page;
    decoded.html = decodeHtml(page.bytes, page.charset).html;
    decoded.reading = undefined;
    return refreshOfPageWithoutArticle(page, decoded.html, () => hasArticle((decoded.reading = readingOf(decoded.html))));
  };
  let fetched: FetchedPage;
  try {
    fetched = await fetchPage(link, settings, follow, stop);
  } catch (err) {
    if (err instanceof FetchError) throw new AddError(err.message);
    throw err;
  }
  if (fetched.kind === 'text') return textPage(fetched.bytes, fetched.charset, fetched.url);
  if (decoded.page === fetched) return htmlPage(decoded.html, fetched.url, decoded.reading);
  return htmlPage(htmlOf(fetched.bytes, fetched.charset), fetched.url);
}

/**
 * Writes a new file without ever leaving a partial one under an article's name: the content goes to a
 * hidden temporary file (not an article extension, so a re-index meanwhile ignores it) and is then
 * linked to its name, which fails rather than overwrite an existing file. The temporary file is always removed.
 */
async function writeNew(dir: string, name: string, content: string): Promise<boolean> {
  const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}.part`);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await link(temp, join(dir, name));
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    const code = (err as NodeJS.ErrnoException).code;
    throw new AddError(`could not write to the corpus folder ${dir} (${code ?? errorMessage(err)})`);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * Adds a page (a link, fetched with care; or a local `.html`/`.htm`/`.txt`/`.md` file) to the corpus
 * folder under a stable id: the headline's slug and a short hash of the page's address (of its text
 * when it has none). A page whose address or text is already in `known` is not added again, and an added
 * one is noted there. The bot picks the new file up on its next re-index. Throws AddError with a one-line reason.
 */
export async function addArticle(
  input: string,
  corpusDir: string,
  known: KnownArticles,
  settings: FetchSettings = ADD_DEFAULTS.fetch,
): Promise<AddOutcome> {
  return saved(isLink(input) ? await readLink(input, settings) : await readLocal(input, settings.maxBytes), corpusDir, known);
}

/**
 * What the bot's `/add` runs: addArticle for a link only. Anything else is refused as not a link, never read as a path:
 * a path would copy a file of the bot's own machine into the coverage, quoted to everyone who asks. `stop` ends the
 * fetch (the bot shutting down), rejecting with its reason; nothing is written then.
 */
export async function addLink(
  link: string,
  corpusDir: string,
  known: KnownArticles,
  settings: FetchSettings = ADD_DEFAULTS.fetch,
  stop?: AbortSignal,
): Promise<AddOutcome> {
  return saved(await readLink(link, settings, stop), corpusDir, known);
}

/** The page written to the corpus folder under its id, unless it is already there (see addArticle). */
async function saved(page: Page, corpusDir: string, known: KnownArticles): Promise<AddOutcome> {
  // Counted as the cleaner counts a line's words: a Chinese or Japanese page, written without spaces, was "only 17 words".
  const words = Math.floor(countWords(page.text));
  if (words < ADD_DEFAULTS.minWords) throw new AddError(`no article found in the page (only ${plural(words, 'word')} of text)`);
  const duplicate = known.find(page.meta.url, page.text);
  if (duplicate) return { status: 'duplicate', ...duplicate };
  const address = page.meta.url === null ? null : sameAddress(page.meta.url);
  const hash = createHash('sha256')
    .update(address ?? bodyKey(page.text))
    .digest('hex')
    .slice(0, ADD_DEFAULTS.hashDigits);
  const id = `${slugOf(page.meta.title)}-${hash}`;
  const file = `${id}.${page.kind === 'html' ? 'html' : 'txt'}`;
  if (!(await writeNew(corpusDir, file, page.content))) return { status: 'duplicate', of: id, same: 'address' };
  known.note(id, page.meta.url, page.text);
  return { status: 'added', id, file, meta: page.meta, text: page.text };
}
