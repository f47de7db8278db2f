import { compareCoverage, type CoverageChanges } from '../coverage/compare-coverage.js';
import type { LoadResult } from '../coverage/load-coverage.js';
import type { Logger } from '../log.js';
import type { IndexedArticles } from '../store/indexed-articles.js';
import type { CoverageSlot } from './coverage-slot.js';

/** What a (re-)index did: the changes against the coverage it replaced, how many articles were analysed now, how long it took. */
export interface ReindexReport extends CoverageChanges {
  articles: number;
  analysed: number;
  ms: number;
  version: string;
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
   * meanwhile are answered from the old one. A call made while a rebuild runs shares that rebuild and its
   * report (or its error, after which the old coverage stays). The first call is the start-up load.
   */
  run(): Promise<ReindexReport>;
  /** Resolves when the rebuild running now, if any, has ended: a change seen now is read by the next run(). */
  idle(): Promise<void>;
}

export function createReindexer({ slot, load, indexed, log }: ReindexerDeps): Reindexer {
  let running: Promise<ReindexReport> | null = null;

  async function rebuild(): Promise<ReindexReport> {
    const started = performance.now();
    const loaded = await load();
    const before = slot.current();
    const { coverage } = loaded;
    slot.set(coverage);
    const report: ReindexReport = {
      ...compareCoverage(before?.articles ?? [], coverage.articles),
      articles: coverage.articles.length,
      analysed: loaded.analysed,
      ms: Math.round(performance.now() - started),
      version: coverage.version,
    };
    const { added, changed, removed, ...counts } = report;
    log.info(
      { ...counts, added: added.length, changed: changed.length, removed: removed.length },
      before ? 'coverage reindexed' : 'coverage loaded',
    );
    const saved = await indexed.remember(coverage.articles);
    if (!saved) log.debug({ version: coverage.version }, 'indexed articles not saved; npm run reindex will count them all as added');
    return report;
  }

  return {
    run() {
      running ??= rebuild().finally(() => {
        running = null;
      });
      return running;
    },
    idle: () => (running ? running.then(() => undefined, () => undefined) : Promise.resolve()),
  };
}
