import type { LoadResult } from '../coverage/load-coverage.js';
import type { Logger } from '../log.js';
import type { IndexedArticles } from '../store/indexed-articles.js';
import type { CoverageSlot } from './coverage-slot.js';
import { reindexReport, type ReindexReport } from './reindex-report.js';

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
  /** Resolves when the rebuild running now, if any, has ended: a change seen before idle() is read by the next run(). */
  idle(): Promise<void>;
}

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
