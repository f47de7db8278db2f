import type { Coverage } from './types.js';
import type { AnalysedArticle } from '../analyse/types.js';
import type { LoadResult } from './load-coverage.js';
import type { Logger } from '../log.js';

/**
 * Holds the current coverage. Empty while the bot starts (it connects to Discord before the index is
 * built, so it can defer early questions instead of missing them); a re-index sets a new one, and
 * questions in flight keep the one they started with.
 */
export interface CoverageSlot {
  current(): Coverage | null;
  /** The coverage once loaded; rejects if the first load failed. */
  ready(): Promise<Coverage>;
  set(coverage: Coverage): void;
  fail(error: unknown): void;
}

export function createCoverageSlot(): CoverageSlot {
  let current: Coverage | null = null;
  let resolve!: (c: Coverage) => void;
  let reject!: (e: unknown) => void;
  const first = new Promise<Coverage>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may be waiting when a load fails; the failure is reported by whoever called fail().
  first.catch(() => undefined);
  return {
    current: () => current,
    ready: () => (current ? Promise.resolve(current) : first),
    set(coverage) {
      current = coverage;
      resolve(coverage);
    },
    fail: (error) => reject(error),
  };
}

/** What identifies an article version: its id (the file name) and the hash of its content and catalogue entry. */
export type ArticleVersion = Pick<AnalysedArticle, 'id' | 'hash'>;

/** How a re-index changed the coverage, by article id (each list sorted). */
export interface CoverageChanges {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

/** Compares the articles of two coverages: ids only in `after` were added, only in `before` removed, in both with another hash changed. */
export function compareCoverage(before: readonly ArticleVersion[], after: readonly ArticleVersion[]): CoverageChanges {
  const old = new Map(before.map((a) => [a.id, a.hash]));
  const now = new Set(after.map((a) => a.id));
  const changes: CoverageChanges = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const { id, hash } of after) {
    const previous = old.get(id);
    if (previous === undefined) changes.added.push(id);
    else if (previous !== hash) changes.changed.push(id);
    else changes.unchanged += 1;
  }
  for (const id of old.keys()) if (!now.has(id)) changes.removed.push(id);
  for (const list of [changes.added, changes.changed, changes.removed]) list.sort();
  return changes;
}

/**
 * The articles (id and hash) of the last index any process built on this store: what `npm run reindex`
 * compares a new index with, since it has no coverage of its own to compare.
 */
export interface IndexedArticles {
  /** Undefined before the first index, or while the store is down. */
  recall(): Promise<ArticleVersion[] | undefined>;
  /** False when not saved: the next comparison then counts every article as added. */
  remember(articles: readonly ArticleVersion[]): Promise<boolean>;
}

/** What a (re-)index did: the changes against the articles indexed before, how many were analysed now, how long it took. */
export interface ReindexReport extends CoverageChanges {
  articles: number;
  analysed: number;
  ms: number;
  version: string;
}

/** The report of a load that took `ms`, compared with the articles indexed before it (none for a first index). */
export function reindexReport(before: readonly ArticleVersion[], loaded: LoadResult, ms: number): ReindexReport {
  const { coverage } = loaded;
  return {
    ...compareCoverage(before, coverage.articles),
    articles: coverage.articles.length,
    analysed: loaded.analysed,
    ms: Math.round(ms),
    version: coverage.version,
  };
}

export interface ReindexerDeps {
  slot: CoverageSlot;
  /** Builds a coverage from the corpus folder: loadCoverage with the process's nlp, folder and analysis cache. */
  load: () => Promise<LoadResult>;
  /** Told the articles of every index built, for `npm run reindex` to compare with. */
  indexed: IndexedArticles;
  log: Logger;
}

export interface Reindexer {
  /**
   * Builds a new coverage beside the current one and swaps it in once complete, so questions asked
   * meanwhile are answered from the old one. A call made while a rebuild runs is queued, not merged into
   * it: one more rebuild starts when the running one ends, shared by every call queued meanwhile, and its
   * report compares with what the running one built (a /reindex during the start-up load reports the
   * changes since that load, not the load). After an error the old coverage stays. The first call is the
   * start-up load.
   */
  run(): Promise<ReindexReport>;
  /** Resolves when the rebuilds running or queued now have ended: a change seen before idle() is read by the next run(). */
  idle(): Promise<void>;
}

/**
 * The one log line of a rebuild that failed, whoever asked for it (/reindex, /add, the corpus watch, another shard's
 * /reindex): the swap happens only once a rebuild completes, so the coverage before it keeps answering.
 */
export const REINDEX_FAILED = 're-index failed; keeping the previous coverage';

export function createReindexer({ slot, load, indexed, log }: ReindexerDeps): Reindexer {
  let running: Promise<ReindexReport> | null = null;

  async function rebuild(): Promise<ReindexReport> {
    const started = performance.now();
    const loaded = await load();
    const before = slot.current();
    slot.set(loaded.coverage);
    const report = reindexReport(before?.articles ?? [], loaded, performance.now() - started);
    const { added, changed, removed, ...counts } = report;
    log.info(
      { ...counts, added: added.length, changed: changed.length, removed: removed.length },
      before ? 'coverage reindexed' : 'coverage loaded',
    );
    const saved = await indexed.remember(loaded.coverage.articles);
    if (!saved) log.debug({ version: report.version }, 'indexed articles not saved; npm run reindex will count every article as added');
    return report;
  }

  let queued: Promise<ReindexReport> | null = null;
  const settled = (p: Promise<unknown> | null): Promise<void> =>
    p
      ? p.then(
          () => undefined,
          () => undefined,
        )
      : Promise.resolve();
  function start(): Promise<ReindexReport> {
    running = rebuild().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    run() {
      if (!running) return start();
      // The running rebuild may have read the folder before the change this call is about: build again after it.
      queued ??= settled(running).then(() => {
        queued = null;
        return start();
      });
      return queued;
    },
    idle: () => Promise.all([settled(running), settled(queued)]).then(() => settled(running)),
  };
}
