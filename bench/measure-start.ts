import type { Logger } from 'pino';
import type { Nlp } from '../src/analyse/nlp.js';
import { loadCoverage } from '../src/coverage/load-coverage.js';
import { createAnalysisCache } from '../src/store/analysis-cache.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
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
}

/**
 * Cold and warm start of `corpusDir` through loadCoverage with the analysis cache on the store at `url`.
 * A store that survives a restart (SQLite) is opened afresh for each warm round, as a restarted process
 * would; `memory://` lives in the process, so its warm rounds reuse it. A round in which the cache
 * missed analyses again and takes as long as a cold start, so no further round is run then.
 */
export async function measureStart(nlp: Nlp, corpusDir: string, url: string, rounds: number, log: Logger): Promise<StartMeasurement> {
  const persistent = !url.startsWith('memory:');
  let store: Store = await openStore(url, log);
  const load = async () => {
    const start = process.hrtime.bigint();
    const result = await loadCoverage({ nlp, corpusDir, cache: createAnalysisCache({ store, log }) });
    return { ms: elapsedMs(start), result };
  };
  try {
    const cold = await load();
    const warm: number[] = [];
    let warmAnalysed = 0;
    for (let r = 0; r < rounds && warmAnalysed === 0; r++) {
      if (persistent) {
        await store.close();
        store = await openStore(url, log);
      }
      const { ms, result } = await load();
      warm.push(ms);
      warmAnalysed = result.analysed;
    }
    return {
      store: url.replace(/:\/\/.*/, ''),
      sentences: cold.result.coverage.index.size,
      articles: cold.result.coverage.articles.length,
      coldMs: cold.ms,
      warmMs: spread(warm),
      warmAnalysed,
    };
  } finally {
    await store.close();
  }
}
