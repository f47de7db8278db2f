/** Building a coverage to measure: analysis and index, the MiniSearch anchor, what it saves, SQuAD as a corpus folder. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type MiniSearch from 'minisearch';
import { analyseArticle } from '../src/analyse/analyse-article.js';
import type { Nlp } from '../src/analyse/nlp.js';
import type { AnalysedArticle } from '../src/analyse/types.js';
import type { CleanArticle } from '../src/corpus/types.js';
import { buildCoverage } from '../src/coverage/build-coverage.js';
import type { Coverage } from '../src/coverage/types.js';
import { typedArrayToBase64 } from '../src/store/records/typed-array-base64.js';
import { encodeAnalysis } from '../src/store/records/analysis-record.js';
import { sentenceMiniSearch, type SentenceDoc } from '../eval/squad.js';
import { elapsedMs, memoryAfterGc, spread, type MemoryReading, type Spread } from './measure.js';

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
  const { ms: indexMs, bytes: indexBytes, after, last: coverage } = timedBuilds(rounds, () => buildCoverage(nlp, analysed));
  const build: BuildMeasurement = {
    sentences,
    analysisMs: clean ? spread(analysisMs) : null,
    withAnalysisRate: clean ? spread(withAnalysisRate) : null,
    withAnalysisCpuRate: clean ? spread(withAnalysisCpuRate) : null,
    indexMs: spread(indexMs),
    indexRate: spread(indexMs.map((ms) => sentences / (ms / 1000))),
    indexBytes,
    heapAfter: after.heap,
    rssAfter: after.rss,
  };
  return { build, coverage };
}

export interface MiniSearchBuild {
  ms: Spread;
  /** Sentences/s. */
  rate: Spread;
  /** What the index adds to the heap (its documents were there before), bytes. */
  bytes: number;
}

/** Times building the MiniSearch anchor over `docs`, `rounds` times; returns the last one built. */
export function measureMiniSearchBuild(docs: readonly SentenceDoc[], rounds: number): { build: MiniSearchBuild; miniSearch: MiniSearch } {
  const { ms: times, bytes, last: miniSearch } = timedBuilds(rounds, () => sentenceMiniSearch(docs));
  return { build: { ms: spread(times), rate: spread(times.map((t) => docs.length / (t / 1000))), bytes }, miniSearch };
}

/**
 * Runs `build` `rounds` times (at least once), timing each; the previous result is dropped before the next
 * round's heap reading, so `bytes` is what the last one added to the heap. Returns the last result.
 */
function timedBuilds<T>(rounds: number, build: () => T): { ms: number[]; bytes: number; after: MemoryReading; last: T } {
  const ms: number[] = [];
  let last: T | undefined;
  let before = 0;
  for (let r = 0; r < Math.max(1, rounds); r++) {
    last = undefined;
    before = memoryAfterGc().heap;
    const start = process.hrtime.bigint();
    last = build();
    ms.push(elapsedMs(start));
  }
  const after = memoryAfterGc();
  return { ms, bytes: after.heap - before, after, last: last as T };
}

/** Bytes of JSON a coverage saves to the store: its index (the index cache's record), and its articles' analysis records. */
export interface SavedSizes {
  indexBytes: number;
  analysisBytes: number;
}

export function savedSizes(coverage: Coverage): SavedSizes {
  let analysisBytes = 0;
  for (const article of coverage.articles) analysisBytes += Buffer.byteLength(JSON.stringify(encodeAnalysis(article)));
  return { indexBytes: typedArrayToBase64(coverage.index.toBinary(coverage.articles)).length, analysisBytes };
}

/**
 * Writes SQuAD articles as a corpus folder for loadCoverage: one file per article and, for `copies` > 1,
 * replicas named `<id>#<copy>` like replicaOf's. Each file opens with front matter giving its title; a
 * replica's names its copy, which keeps the file's bytes distinct (readCorpus skips byte-identical
 * files) while the article text stays the same.
 */
export async function writeSquadCorpus(dir: string, articles: readonly AnalysedArticle[], copies: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let copy = 0; copy < copies; copy++) {
    for (const a of articles) {
      const id = copy === 0 ? a.id : `${a.id}#${copy}`;
      const title = copy === 0 ? a.meta.title : `${a.meta.title} (copy ${copy})`;
      await writeFile(join(dir, `${id.replace(/[^\w.()#-]/g, '_')}.txt`), `---\ntitle: ${title}\n---\n${a.text}\n`);
    }
  }
}
