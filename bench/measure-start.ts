import { loadavg } from 'node:os';
import type { Logger } from 'pino';
import type { Nlp } from '../src/analyse/nlp.js';
import { answer } from '../src/answer/answer.js';
import { loadCoverage } from '../src/coverage/load-coverage.js';
import { createAnalysisCache } from '../src/store/records/analysis-cache.js';
import { createIndexCache } from '../src/store/records/index-cache.js';
import { openStore } from '../src/store/backends/open.js';
import type { Store } from '../src/store/backends/store.js';
import { elapsedMs } from './elapsed-ms.js';
import { spread, type Spread } from './spread.js';

export interface StartMeasurement {
  store: string;
  sentences: number;
  articles: number;
  /** loadCoverage with an empty analysis cache (analyses everything and fills the cache), ms. */
  coldMs: number;
  /** loadCoverage with the cache filled, ms per round. */
  warmMs: Spread;
  /**
   * CPU time the process spent in each warm round, ms (process.cpuUsage, every thread: the collector's too). Under
   * the wall time when the process waited for a core (a shared machine), so rounds compare across loads.
   */
  warmCpuMs: Spread;
  /** The machine's 1-minute load average after the last warm round. */
  loadAverage: number;
  /** Articles a warm start analysed again (0 when the cache served them all). */
  warmAnalysed: number;
  /** Warm rounds run (fewer than asked when one missed the cache). */
  warmRounds: number;
  /** Warm rounds that took the saved index rather than building it. */
  warmReusedIndex: number;
  /**
   * answer() for the first questions right after each warm start, ms per question: what the token columns a
   * warm start leaves to first use cost (each article's are decoded when a question first reads them).
   */
  firstAnswersMs: Spread;
}

/**
 * Cold and warm start of `corpusDir` through loadCoverage with the analysis and index caches on the store at `url`.
 * A store that survives a restart (SQLite) is opened afresh for each warm round, as a restarted process
 * would; `memory://` lives in the process, so its warm rounds reuse it. A round in which the cache
 * missed analyses again and takes as long as a cold start, so no further round is run then.
 */
export async function measureStart(
  nlp: Nlp,
  corpusDir: string,
  url: string,
  rounds: number,
  log: Logger,
  questions: readonly string[],
): Promise<StartMeasurement> {
  const persistent = !url.startsWith('memory:');
  let store: Store = await openStore(url, log);
  const load = async () => {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const result = await loadCoverage({
      nlp,
      corpusDir,
      cache: createAnalysisCache({ store, log }),
      indexCache: createIndexCache({ store, log }),
    });
    const { user, system } = process.cpuUsage(cpu);
    return { ms: elapsedMs(start), cpuMs: (user + system) / 1000, result };
  };
  try {
    const cold = await load();
    const warm: number[] = [];
    const warmCpu: number[] = [];
    const firstAnswers: number[] = [];
    let warmAnalysed = 0;
    let warmReusedIndex = 0;
    for (let r = 0; r < rounds && warmAnalysed === 0; r++) {
      if (persistent) {
        await store.close();
        store = await openStore(url, log);
      }
      const { ms, cpuMs, result } = await load();
      warm.push(ms);
      warmCpu.push(cpuMs);
      warmAnalysed = result.analysed;
      if (result.reusedIndex) warmReusedIndex++;
      for (const question of questions) {
        const start = process.hrtime.bigint();
        answer(result.coverage, question);
        firstAnswers.push(elapsedMs(start));
      }
    }
    return {
      store: url.replace(/:\/\/.*/, ''),
      sentences: cold.result.coverage.index.size,
      articles: cold.result.coverage.articles.length,
      coldMs: cold.ms,
      warmMs: spread(warm),
      warmCpuMs: spread(warmCpu),
      loadAverage: loadavg()[0],
      warmAnalysed,
      warmRounds: warm.length,
      warmReusedIndex,
      firstAnswersMs: spread(firstAnswers),
    };
  } finally {
    await store.close();
  }
}
