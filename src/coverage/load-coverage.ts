import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { analyseArticle } from '../analyse/analyse-article.js';
import type { Nlp } from '../analyse/nlp.js';
import { sentenceColumnsOf, type AnalysedArticle } from '../analyse/types.js';
import { cleanSourceFile, HtmlPageError } from '../clean/html/html-article.js';
import { CorpusError } from '../corpus/corpus-error.js';
import type { CorpusSettings } from '../corpus/defaults.js';
import { listedCorpus, readListedCorpus, type CorpusListing, type ListedFile, type ListedRead } from '../corpus/listing.js';
import type { SourceFile } from '../corpus/types.js';
import { errorMessage, OPERATOR_MESSAGES } from '../entry.js';
import { buildCoverage, coverageVersion, type CoverageParts } from './build-coverage.js';
import { COVERAGE_DEFAULTS } from './defaults.js';
import { PIPELINE_VERSION } from './pipeline-version.js';
import type { Coverage } from './types.js';

/** Where analyses are kept between runs (the store's analysis cache); optional. */
export interface AnalysisCacheLike {
  get(hash: string, pipelineVersion: string): Promise<AnalysedArticle | undefined>;
  set(article: AnalysedArticle, pipelineVersion: string): Promise<boolean>;
  retain(hashes: Set<string>): Promise<unknown>;
  /** The folder's listing kept by saveListing under `pipelineVersion` (optional: without it the folder is always read). */
  listing?(dir: string, pipelineVersion: string): Promise<CorpusListing | undefined>;
  saveListing?(dir: string, listing: CorpusListing, pipelineVersion: string): Promise<boolean>;
}

/** Where the built index and people are kept between runs (the store's index cache); optional. */
export interface IndexCacheLike {
  /** Starts reading the saved index for the next get(), so the store reads it meanwhile (optional). */
  prefetch?(): void;
  get(version: string, articles: readonly AnalysedArticle[]): Promise<CoverageParts | undefined>;
  set(version: string, parts: CoverageParts, articles: readonly AnalysedArticle[]): Promise<boolean>;
}

export interface ProgressLike {
  tick(articleId: string): void;
  done(): void;
}

export interface LoadDeps {
  nlp: Nlp;
  corpusDir: string;
  log?: Logger;
  cache?: AnalysisCacheLike;
  indexCache?: IndexCacheLike;
  progress?: (total: number) => ProgressLike;
  /** Cached analyses asked for ahead of the one being read (COVERAGE_DEFAULTS.cacheReadAhead). */
  cacheReadAhead?: number;
  /** How the folder is read (CORPUS_DEFAULTS). */
  corpus?: CorpusSettings;
  /**
   * Aborts the load between articles (it rejects with the signal's reason): a bot told to stop (SIGTERM) ends within one
   * article instead of after a cold load of minutes, keeping the analyses stored so far for its restart.
   */
  signal?: AbortSignal;
}

export interface LoadResult {
  coverage: Coverage;
  /** One line per article file that was skipped, naming it. */
  warnings: string[];
  /** How many articles were analysed now rather than taken from the cache. */
  analysed: number;
  /** True when the index and people were taken from the index cache rather than built. */
  reusedIndex: boolean;
  /** True when the folder's files were not read: its listing from the last full read still held (corpus/listing.ts). */
  listed: boolean;
}

/**
 * Reads the corpus folder, cleans and analyses each article (or takes its analysis from the cache,
 * keyed by content hash and pipeline version, so an unchanged article is never analysed twice), and
 * indexes the result, or takes the index and people saved for the same articles from the index cache.
 * A folder whose files are unchanged since the last full read (the cache's listing of it, corpus/listing.ts) is not
 * read again when every analysis it lists is cached: the first one missing makes it read the folder after all.
 * Throws CorpusError when the folder has no readable article.
 */
export async function loadCoverage(deps: LoadDeps): Promise<LoadResult> {
  deps.signal?.throwIfAborted();
  deps.indexCache?.prefetch?.();
  const stored = await deps.cache?.listing?.(deps.corpusDir, PIPELINE_VERSION);
  const listed = stored && (await listedCorpus(deps.corpusDir, stored, deps.corpus));
  let taken = listed && (await takeArticles(deps, listed.files, listed.warnings));
  let read: ListedRead | undefined;
  if (!taken) {
    read = await readListedCorpus(deps.corpusDir, deps.corpus);
    taken = await takeArticles(deps, read.files, read.warnings);
  }
  const { articles, warnings, analysed, keys } = taken;
  if (articles.length === 0) throw new CorpusError(`No article text found in corpus folder: ${deps.corpusDir}`, deps.corpusDir, warnings);
  await deps.cache?.retain(new Set(keys));
  if (read?.listing) await deps.cache?.saveListing?.(deps.corpusDir, read.listing, PIPELINE_VERSION);
  for (const w of warnings) deps.log?.warn({ corpus: deps.corpusDir }, w);
  // Only over analyses that all came from the cache: one analysed now may segment differently (wink-nlp
  // learns words as it reads), and the saved index would then point at the wrong sentences.
  const saved = analysed === 0 ? await deps.indexCache?.get(coverageVersion(articles), articles) : undefined;
  deps.signal?.throwIfAborted();
  const coverage = buildCoverage(deps.nlp, articles, saved);
  if (!saved) await deps.indexCache?.set(coverage.version, coverage, articles);
  return { coverage, warnings, analysed, reusedIndex: saved !== undefined, listed: read === undefined };
}

interface Taken {
  articles: AnalysedArticle[];
  warnings: string[];
  analysed: number;
  /** Each file's analysis key, in file order. */
  keys: string[];
}

/**
 * Each file's analysis, from the cache or made now (which needs the file's text), in file order, with the warnings of
 * the folder's read and of articles with no text. Undefined when an analysis is not cached and the file was listed
 * rather than read (no text): the caller reads the folder then.
 */
async function takeArticles(deps: LoadDeps, files: readonly SourceFile[], readWarnings: readonly string[]): Promise<Taken>;
async function takeArticles(deps: LoadDeps, files: readonly ListedFile[], readWarnings: readonly string[]): Promise<Taken | undefined>;
async function takeArticles(
  deps: LoadDeps,
  files: readonly (ListedFile & Partial<SourceFile>)[],
  readWarnings: readonly string[],
): Promise<Taken | undefined> {
  const warnings = [...readWarnings];
  const progress = deps.progress?.(files.length);
  const articles: AnalysedArticle[] = [];
  let analysed = 0;
  const keys = files.map(analysisKey);
  // Cached analyses are asked for a few ahead of the one being decoded, so the store reads the next ones
  // meanwhile; not all at once: each read's time bound then counted the whole corpus queued before it.
  const readAhead = deps.cacheReadAhead ?? COVERAGE_DEFAULTS.cacheReadAhead;
  const cached: Array<Promise<AnalysedArticle | undefined> | undefined> = [];
  const ask = (i: number): void => {
    if (i < keys.length) cached[i] = deps.cache?.get(keys[i], PIPELINE_VERSION);
  };
  for (let i = 0; i < readAhead; i++) ask(i);
  // The progress bar redraws on a timer: stop it however indexing ends, or the process would hang.
  try {
    for (const [i, file] of files.entries()) {
      deps.signal?.throwIfAborted();
      const key = keys[i];
      let article = await cached[i];
      cached[i] = undefined;
      ask(i + readAhead);
      // Identical content under another name (a renamed file) is analysed again under its own id.
      if (article && article.id !== file.id) article = undefined;
      if (!article) {
        if (file.raw === undefined) return undefined;
        try {
          article = analyseArticle(deps.nlp, cleanSourceFile({ ...file, raw: file.raw, hash: key }));
        } catch (err) {
          // A hostile or empty HTML page (too deep, too many elements, no article) is skipped, not fatal. Any other throw
          // is a bug, logged with its stack; it too costs that one article only, not the whole coverage: one page that
          // trips a fault in the cleaner or in wink (as "cannot." did, session 31) must not take the bot down.
          if (err instanceof HtmlPageError) warnings.push(OPERATOR_MESSAGES.skipped(file.path, err.message));
          else {
            deps.log?.error({ err, file: file.path }, 'an article failed to clean or analyse');
            warnings.push(OPERATOR_MESSAGES.skipped(file.path, OPERATOR_MESSAGES.failedToRead(errorMessage(err))));
          }
          progress?.tick(file.id);
          continue;
        }
        analysed++;
        await deps.cache?.set(article, PIPELINE_VERSION);
      }
      progress?.tick(file.id);
      // A page that was all navigation and lists cleans to nothing: say so rather than index it silently.
      if (sentenceColumnsOf(article).count === 0) {
        warnings.push(OPERATOR_MESSAGES.skipped(file.path, OPERATOR_MESSAGES.noArticleText));
        continue;
      }
      articles.push(article);
    }
  } finally {
    progress?.done();
  }
  return { articles, warnings, analysed, keys };
}

/** An analysis depends on the file's content and its catalogue entry (which sets its metadata). */
function analysisKey(file: ListedFile): string {
  return createHash('sha256').update(file.hash).update('\0').update(JSON.stringify(file.catalog)).digest('hex');
}
