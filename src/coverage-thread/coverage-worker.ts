/**
 * The coverage thread (started by coverage-thread.ts): one wink-nlp and one store connection for the
 * life of the process, so the analysis cache of a memory:// store and what wink-nlp has learnt last from
 * one load to the next, as they did in the main thread. Loads run one after another; so do adds (/add), which
 * need no wink-nlp, checked against what the last load read and the pages added since.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { addLink, knownArticles, KnownArticles, type AddOutcome } from '../add/add-article.js';
import type { FetchSettings } from '../add/defaults.js';
import { createNlp } from '../analyse/nlp.js';
import { createLogger } from '../log.js';
import { createAnalysisCache } from '../store/records/analysis-cache.js';
import { DamagedAnalysisError, packAnalysis } from '../store/records/analysis-record.js';
import { createIndexCache } from '../store/records/index-cache.js';
import { openStore } from '../store/backends/open.js';
import { ownedBuffers, type CoverageThreadOptions, type FromCoverageThread, type ToCoverageThread } from './coverage-thread.js';
import { loadCoverage, type LoadResult } from '../coverage/load-coverage.js';
import { COVERAGE_DEFAULTS } from '../coverage/defaults.js';

/**
 * Lowers this thread's scheduling priority (COVERAGE_DEFAULTS.threadNice) so that, on a busy machine, the
 * answering thread gets a core before the load does: on Linux the nice value is per thread and setpriority takes
 * a thread id (setpriority(2), BUGS), read from /proc/thread-self. Elsewhere the thread keeps the process's.
 */
function yieldToAnsweringThread(): void {
  try {
    setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), COVERAGE_DEFAULTS.threadNice);
  } catch {
    // No /proc (not Linux), or a sandbox that refuses: same priority as the answering thread, as before.
  }
}
yieldToAnsweringThread();

const port = parentPort!;
const options = workerData as CoverageThreadOptions;
const log = createLogger({ level: options.logLevel }).child({ thread: 'coverage' });
const nlp = createNlp();
const store = await openStore(options.storeUrl, log);
const cache = createAnalysisCache({ store, log });
const indexCache = createIndexCache({ store, log });

const post = (message: FromCoverageThread): void => port.postMessage(message);
/** Per load: the hand-over left to send, one batch per 'more'. */
const handovers = new Map<number, () => void>();
let queue: Promise<void> = Promise.resolve();
let adding: Promise<void> = Promise.resolve();
/** The articles of the last load and the pages added since, for /add's duplicate checks; null until a load has handed over. */
let known: KnownArticles | null = null;
/**
 * The pages added since the running load began: it may have read the folder before one was written, so they are noted
 * again in the maps built from its articles (noting one it did read changes nothing: the first of two alike is named).
 */
let addedDuringLoad: Extract<AddOutcome, { status: 'added' }>[] = [];
/**
 * Aborted when the answering thread closes this one (the bot was told to stop): a load under way ends at its next
 * article, not after the rest of a cold load (minutes at 10,000 articles, past a supervisor's stop timeout: Docker
 * waits 10 s, systemd 90 s, then SIGKILL). What it analysed so far is in the store for the restart. An /add's fetch
 * ends with it too, and the adds queued behind it are not started: a page that never finishes sending held the close
 * until the fetch's 30 s deadline, and each queued add as long again (hard11).
 */
const closing = new AbortController();

/**
 * loadCoverage, with every article's pack read: an analysis from the cache is inflated when first read, and all are
 * handed over. One whose pack fails then has had its entry dropped (analysis-cache.ts), so loading again analyses it
 * afresh and builds the index over it; twice in a row is not expected of a store, and fails the load.
 */
async function loadPacked(): Promise<{ result: LoadResult; packs: Uint8Array[] }> {
  for (let attempt = 1; ; attempt++) {
    const result = await loadCoverage({ nlp, corpusDir: options.corpusDir, log, cache, indexCache, signal: closing.signal });
    try {
      return { result, packs: result.coverage.articles.map(packAnalysis) };
    } catch (err) {
      if (!(err instanceof DamagedAnalysisError) || attempt === 2) throw err;
      log.warn({ articleId: err.articleId, why: err.why }, 'loading again: a stored analysis could not be read');
    }
  }
}

async function load(id: number): Promise<void> {
  addedDuringLoad = [];
  try {
    const { result, packs: all } = await loadPacked();
    const { articles, index, people } = result.coverage;
    let at = 0;
    const next = (): void => {
      const batch = all.slice(at, at + COVERAGE_DEFAULTS.articlesPerMessage);
      at += batch.length;
      // Copied into a buffer of the batch's own (a pack read from the store views this thread's copy of it).
      const offsets = new Uint32Array(batch.length + 1);
      batch.forEach((pack, k) => (offsets[k + 1] = offsets[k] + pack.byteLength));
      const packs = new Uint8Array(offsets[batch.length]);
      batch.forEach((pack, k) => packs.set(pack, offsets[k]));
      const last = at === articles.length;
      port.postMessage({ type: 'articles', id, packs: packs.buffer, offsets, last } satisfies FromCoverageThread, [
        packs.buffer,
        offsets.buffer,
      ]);
      if (at < articles.length) return;
      handovers.delete(id);
      const { warnings, analysed, reusedIndex, listed } = result;
      const parts = index.toClonable();
      const transfer = ownedBuffers(parts as unknown as Record<string, unknown>);
      port.postMessage(
        { type: 'done', id, index: parts, people: [...people], warnings, analysed, reusedIndex, listed } satisfies FromCoverageThread,
        transfer,
      );
      // After the hand-over, so no start waits for it; before any add posted after this load's result arrives.
      known = KnownArticles.of(articles, known ?? undefined);
      for (const page of addedDuringLoad) known.note(page.id, page.meta.url, page.text);
    };
    handovers.set(id, next);
    next();
  } catch (err) {
    // Stopped by close: nothing waits for this load, and a failure posted now would read as a corpus that cannot load.
    if (!closing.signal.aborted) failed(id, err);
  }
}

/** The error as the answering thread rebuilds it (coverage-thread.ts). */
function failed(id: number, err: unknown): void {
  const e = err as Error & { path?: string; warnings?: readonly string[] };
  post({
    type: 'failed',
    id,
    error: { name: e.name, message: e.message, path: e.path, warnings: e.warnings ? [...e.warnings] : undefined },
  });
}

async function add(id: number, link: string, fetch: FetchSettings): Promise<void> {
  // Closing: the answering thread has told its asker to run the command again (tellWaitingRestarting).
  if (closing.signal.aborted) return;
  try {
    // Before the first load has been handed over, the folder itself says what is there (unless a load hands over while
    // the folder is read: its articles are newer).
    const before = known ?? (await knownArticles(options.corpusDir));
    known ??= before;
    const outcome = await addLink(link, options.corpusDir, known, fetch, closing.signal);
    if (outcome.status === 'added') {
      addedDuringLoad.push(outcome);
      // A load that handed over while this add ran replaced `known` with what its articles hold, which may not have
      // this page: note it there too (noting one twice changes nothing).
      known.note(outcome.id, outcome.meta.url, outcome.text);
    }
    post({ type: 'added', id, outcome });
  } catch (err) {
    // Stopped by close, as a load is: a failure posted now would replace the restart notice its asker was shown.
    if (!closing.signal.aborted) failed(id, err);
  }
}

port.on('message', (message: ToCoverageThread) => {
  if (message.type === 'load') queue = queue.then(() => load(message.id));
  else if (message.type === 'add') adding = adding.then(() => add(message.id, message.link, message.fetch));
  else if (message.type === 'more') handovers.get(message.id)?.();
  // Closing the port lets the thread end once the store's connections have closed (exiting at once would
  // tear down SQLite's native handles mid-close).
  else {
    closing.abort();
    void Promise.all([queue, adding])
      .then(() => store.close())
      .finally(() => port.close());
  }
});
