import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { AddError, type AddOutcome } from '../add/add-article.js';
import type { FetchSettings } from '../add/defaults.js';
import type { Nlp } from '../analyse/nlp.js';
import { loadAnswering, warmUpAnswering } from '../answer/warm-up.js';
import type { AnalysedArticle } from '../analyse/types.js';
import { CorpusError } from '../corpus/corpus-error.js';
import { TermTable } from '../index/bm25-index.js';
import { SentenceIndex, type ClonableSentenceIndex } from '../index/sentence-index.js';
import { unpackAnalysis } from '../store/records/analysis-record.js';
import { buildCoverage } from '../coverage/build-coverage.js';
import { COVERAGE_DEFAULTS } from '../coverage/defaults.js';
import type { LoadResult } from '../coverage/load-coverage.js';
import type { CentralPerson } from '../coverage/types.js';
import type { LogLevel } from '../log.js';
import { errorMessage } from '../entry.js';

/** What the coverage thread is started with (workerData). */
export interface CoverageThreadOptions {
  corpusDir: string;
  /** The store the thread keeps its analysis and index caches in: the bot's STORE_URL, opened again there. */
  storeUrl: string;
  logLevel: LogLevel;
}

export type ToCoverageThread =
  | { type: 'load'; id: number }
  | { type: 'more'; id: number }
  | { type: 'add'; id: number; link: string; fetch: FetchSettings }
  | { type: 'close' };

export type FromCoverageThread =
  /** Analyses as packs (packAnalysis) laid end to end in `packs`, pack k at bytes [offsets[k], offsets[k + 1]); both transferred. */
  | { type: 'articles'; id: number; packs: ArrayBuffer; offsets: Uint32Array; last: boolean }
  /** The load's result (LoadResult) but the coverage, which is built here from the analyses, the index and the people. */
  | ({ type: 'done'; id: number; index: ClonableSentenceIndex; people: CentralPerson[] } & Omit<LoadResult, 'coverage'>)
  | { type: 'added'; id: number; outcome: AddOutcome }
  | { type: 'failed'; id: number; error: { name: string; message: string; path?: string; warnings?: string[] } };

/**
 * The buffers of every typed array in `value`, to transfer rather than copy: each array is made to own its
 * whole buffer first (a view of a larger one is copied), since transferring detaches the buffer for every view
 * of it. The sender must not read them again (the coverage thread drops its coverage once handed over).
 */
export function ownedBuffers(value: Record<string, unknown>, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  for (const [key, part] of Object.entries(value)) {
    if (ArrayBuffer.isView(part) && !(part instanceof DataView)) {
      const array = part as Uint32Array;
      const owned = array.byteOffset === 0 && array.byteLength === array.buffer.byteLength && !found.has(array.buffer as ArrayBuffer);
      const whole = owned ? array : array.slice();
      value[key] = whole;
      found.add(whole.buffer as ArrayBuffer);
    } else if (typeof part === 'object' && part !== null && !Array.isArray(part)) {
      ownedBuffers(part as Record<string, unknown>, found);
    }
  }
  return [...found];
}

/**
 * Loads the coverage, and adds pages to its folder, away from the thread that answers; `close` ends the thread and
 * its store connection, at once for a load under way (cut short at its next article, its promise left unsettled) and
 * after an add under way.
 */
export interface CoverageThread {
  load(): Promise<LoadResult>;
  /** addLink (a link, never a path) into the corpus folder, checked against the thread's last load; rejects with AddError. */
  add(link: string, fetch: FetchSettings): Promise<AddOutcome>;
  close(): Promise<void>;
}

interface Pending<T> {
  resolve(result: T): void;
  reject(err: Error): void;
}

interface PendingLoad extends Pending<LoadResult> {
  articles: AnalysedArticle[];
}

/**
 * The worker beside this file. Built JavaScript runs as it is; under tsx (tests, `npm start`) a worker does
 * not get tsx's loader from the parent's flags (privatenumber/tsx#354), so a one-line script imports the
 * TypeScript entry through tsx's API.
 */
function newWorker(workerData: CoverageThreadOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./coverage-worker.js', import.meta.url), { workerData });
  const entry = JSON.stringify(new URL('./coverage-worker.ts', import.meta.url).href);
  // Resolved from here: the process may run in a folder where the bare name `tsx` does not resolve.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then(({ tsImport }) => tsImport(${entry}, ${entry}));`, { eval: true, workerData });
}

/**
 * Starts the thread that reads, cleans, analyses and indexes the corpus (loadCoverage, with its own
 * wink-nlp and its own connection to the store's caches) and hands the result over: analyses as packs
 * (packAnalysis) in transferred buffers, a batch per event-loop turn, then the index as typed arrays whose memory
 * is transferred, not copied, and its vocabulary, whose term table is made here a slice per turn. The answering
 * thread makes an article's objects only when something reads them, so it allocates next to nothing while 10,000
 * articles load and stays free to acknowledge interactions (bench: `npm run bench -- --only startup`).
 *
 * `/add` runs here too: fetching a page is asynchronous, but extracting and cleaning it is synchronous work of
 * seconds at the corpus's 500,000-character bound (2.5–5 s measured in session 27), during which the answering
 * thread would acknowledge nothing. Adds run one after another, beside loads.
 *
 * Analyses made in the thread may differ slightly from the same article analysed in the main thread
 * (wink-nlp learns words as it reads), but the index is built in the thread over exactly the analyses it
 * hands over and stores, so stored records, saved index and coverage agree.
 */
export function startCoverageThread(options: CoverageThreadOptions & { nlp: Nlp; log: Logger }): CoverageThread {
  const { nlp, log, ...workerData } = options;
  const pending = new Map<number, PendingLoad>();
  const adds = new Map<number, Pending<AddOutcome>>();
  let nextId = 0;
  let worker: Worker | null = null;
  let closed = false;

  function started(): Worker {
    if (worker) return worker;
    const w = newWorker(workerData);
    // Idle, the thread must not keep the process alive on its own; a load in progress does (see load()).
    w.unref();
    w.on('message', (message: FromCoverageThread) => receive(w, message));
    w.on('error', (err) => log.error({ err }, 'the coverage thread failed'));
    w.on('exit', (code) => {
      if (worker === w) worker = null;
      const err = new Error(`the coverage thread stopped (exit code ${code})`);
      // Closed on purpose (the bot stopping), a load it cut short is abandoned rather than failed: its failure would
      // read as a corpus that cannot load (src/main.ts exits 1 on it) while the process is ending cleanly.
      if (!closed) for (const p of [...pending.values(), ...adds.values()]) p.reject(err);
      pending.clear();
      adds.clear();
    });
    worker = w;
    return w;
  }

  /** A load or an add ended: forget it, and let the process exit once nothing is waiting for the thread. */
  function settle(id: number): void {
    pending.delete(id);
    adds.delete(id);
    if (pending.size === 0 && adds.size === 0) worker?.unref();
  }

  /** Posts a request that keeps the thread (and the process) alive until it is settled. */
  function send(message: ToCoverageThread): void {
    const w = started();
    w.ref();
    w.postMessage(message);
  }

  function failure(error: Extract<FromCoverageThread, { type: 'failed' }>['error']): Error {
    const { name, message: text, path, warnings } = error;
    if (name === 'CorpusError') return new CorpusError(text, path ?? options.corpusDir, warnings);
    return name === 'AddError' ? new AddError(text) : new Error(text);
  }

  function receive(w: Worker, message: FromCoverageThread): void {
    const add = adds.get(message.id);
    if (add) {
      settle(message.id);
      if (message.type === 'added') add.resolve(message.outcome);
      else if (message.type === 'failed') add.reject(failure(message.error));
      return;
    }
    const p = pending.get(message.id);
    if (!p) return;
    if (message.type === 'articles') {
      const { packs, offsets } = message;
      try {
        for (let k = 0; k + 1 < offsets.length; k++)
          p.articles.push(unpackAnalysis(new Uint8Array(packs, offsets[k], offsets[k + 1] - offsets[k])));
      } catch (err) {
        settle(message.id);
        p.reject(new Error(`the coverage thread handed over an analysis that does not unpack: ${errorMessage(err)}`));
        return;
      }
      // The next batch is asked for after a turn of the event loop, so interactions waiting are handled first.
      if (!message.last) setImmediate(() => w.postMessage({ type: 'more', id: message.id } satisfies ToCoverageThread));
      return;
    }
    settle(message.id);
    if (message.type === 'failed') {
      p.reject(failure(message.error));
      return;
    }
    if (message.type !== 'done') return;
    // The term table is the one part of the index made here: a slice per turn, then the index around it.
    const table = new TermTable(message.index.sentences.terms);
    const step = (): void => {
      if (!table.add(COVERAGE_DEFAULTS.termsPerTurn)) {
        setImmediate(step);
        return;
      }
      const parts = { index: SentenceIndex.fromClonable(message.index, table), people: message.people };
      p.resolve({
        coverage: buildCoverage(nlp, p.articles, parts),
        warnings: message.warnings,
        analysed: message.analysed,
        reusedIndex: message.reusedIndex,
        listed: message.listed,
      });
    };
    step();
  }

  return {
    async load() {
      const id = nextId++;
      // What answering reads lazily is loaded here while the thread reads the corpus; the answering code is run once the
      // coverage is built, so the load resolves (and the bot says it is ready) with the first answer as fast as the next.
      // Its failure, if any, is met again by warmUpAnswering below, whose rejection reaches load()'s caller: caught here, it
      // does not end the process as an unhandled rejection first.
      loadAnswering().catch(() => undefined);
      const loaded = await new Promise<LoadResult>((resolve, reject) => {
        pending.set(id, { resolve, reject, articles: [] });
        send({ type: 'load', id });
      });
      await warmUpAnswering(loaded.coverage);
      return loaded;
    },
    add(link, fetch) {
      const id = nextId++;
      return new Promise<AddOutcome>((resolve, reject) => {
        adds.set(id, { resolve, reject });
        send({ type: 'add', id, link, fetch });
      });
    },
    async close() {
      const w = worker;
      if (!w) return;
      closed = true;
      const exited = new Promise((resolve) => w.once('exit', resolve));
      // Waited for: the thread keeps the process alive until it has closed its store.
      w.ref();
      w.postMessage({ type: 'close' } satisfies ToCoverageThread);
      await exited;
    },
  };
}
