import { analyseArticle } from '../src/analyse/analyse-article.js';
import type { Nlp } from '../src/analyse/nlp.js';
import type { AnalysedArticle } from '../src/analyse/types.js';
import type { CleanArticle } from '../src/corpus/types.js';
import { buildCoverage } from '../src/coverage/build-coverage.js';
import type { Coverage } from '../src/coverage/types.js';
import { elapsedMs } from './elapsed-ms.js';
import { memoryAfterGc } from './memory-after-gc.js';
import { spread, type Spread } from './spread.js';

export interface BuildMeasurement {
  sentences: number;
  /** analyseArticle over every article, ms per round; null when the articles are replicas (not analysed again). */
  analysisMs: Spread | null;
  /** Sentences/s of analysis + buildCoverage, per round; null as analysisMs. */
  withAnalysisRate: Spread | null;
  /** The same per second of CPU time this process got (all its threads): what the build costs, however busy the machine. */
  withAnalysisCpuRate: Spread | null;
  /** buildCoverage from analysed articles, ms per round. */
  indexMs: Spread;
  indexRate: Spread;
  /** What buildCoverage adds to the heap (the analysed articles were there before), bytes. */
  indexBytes: number;
  /** The process after the build, after gc: heap (with ArrayBuffers) and RSS, bytes. */
  heapAfter: number;
  rssAfter: number;
}

/**
 * Times the build of a coverage: (a) with wink analysis, from cleaned articles, when `clean` is given;
 * (b) the retrieval index alone, buildCoverage over `analysed`. The heap growth of the last index build
 * is what the index costs. Returns the last coverage built.
 */
export function measureBuild(
  nlp: Nlp,
  clean: readonly CleanArticle[] | null,
  analysed: readonly AnalysedArticle[],
  rounds: number,
): { build: BuildMeasurement; coverage: Coverage } {
  let sentences = 0;
  for (const a of analysed) sentences += a.sentences.length;
  const analysisMs: number[] = [];
  const withAnalysisRate: number[] = [];
  const withAnalysisCpuRate: number[] = [];
  for (let r = 0; clean && r < rounds; r++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const articles = clean.map((c) => analyseArticle(nlp, c));
    analysisMs.push(elapsedMs(start));
    buildCoverage(nlp, articles);
    withAnalysisRate.push(sentences / (elapsedMs(start) / 1000));
    const used = process.cpuUsage(cpu); // µs
    withAnalysisCpuRate.push(sentences / ((used.user + used.system) / 1e6));
  }
  const indexMs: number[] = [];
  let coverage: Coverage | undefined;
  let before = 0;
  for (let r = 0; r < rounds; r++) {
    coverage = undefined;
    before = memoryAfterGc().heap;
    const start = process.hrtime.bigint();
    coverage = buildCoverage(nlp, analysed);
    indexMs.push(elapsedMs(start));
  }
  const after = memoryAfterGc();
  const build: BuildMeasurement = {
    sentences,
    analysisMs: clean ? spread(analysisMs) : null,
    withAnalysisRate: clean ? spread(withAnalysisRate) : null,
    withAnalysisCpuRate: clean ? spread(withAnalysisCpuRate) : null,
    indexMs: spread(indexMs),
    indexRate: spread(indexMs.map((ms) => sentences / (ms / 1000))),
    indexBytes: after.heap - before,
    heapAfter: after.heap,
    rssAfter: after.rss,
  };
  return { build, coverage: coverage! };
}
