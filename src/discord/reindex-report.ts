import { compareCoverage, type ArticleVersion, type CoverageChanges } from '../coverage/compare-coverage.js';
import type { LoadResult } from '../coverage/load-coverage.js';

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
