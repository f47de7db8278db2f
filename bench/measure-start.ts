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
    const result = await loadCoverage({
      nlp,
      corpusDir,
      cache: createAnalysisCache({ store, log }),
      indexCache: createIndexCache({ store, log }),
    });
    return { ms: elapsedMs(start), result };
  };
  try {
    const cold = await load();
    const warm: number[] = [];
    const firstAnswers: number[] = [];
    let warmAnalysed = 0;
    let warmReusedIndex = 0;
    for (let r = 0; r < rounds && warmAnalysed === 0; r++) {
      if (persistent) {
        await store.close();
        store = await openStore(url, log);
      }
      const { ms, result } = await load();
      warm.push(ms);
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
      warmAnalysed,
      warmRounds: warm.length,
      warmReusedIndex,
      firstAnswersMs: spread(firstAnswers),
    };
  } finally {
    await store.close();
  }
}
