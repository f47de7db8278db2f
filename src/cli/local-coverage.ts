import { createNlp } from '../analyse/nlp.js';
import { warmUpAnswering } from '../answer/warm-up.js';
import { readLocalConfig } from '../config/read-config.js';
import { loadCoverage, type LoadResult } from '../coverage/load-coverage.js';
import { createLocalLogger } from '../log.js';
import { openStore } from '../store/backends/open.js';
import { createAnalysisCache } from '../store/records/analysis-cache.js';
import { createIndexCache } from '../store/records/index-cache.js';

/**
 * The coverage for the REPL and the `ask` CLI, loaded through the same store as the bot (STORE_URL, .env
 * honoured, default the SQLite file): a second run over an unchanged corpus takes every analysis and the
 * index from the store and does no NLP work. Log lines go to stderr (createLocalLogger), at `warn` unless LOG_LEVEL
 * is set, so stdout stays the answers alone. The corpus warnings (a file skipped, and why) are returned for the program to print,
 * not logged: logged too, each was shown twice, once as a JSON line. With `warmUp` (the REPL, which answers question after
 * question) the answering path is warmed before it returns (src/answer/warm-up.ts); the one-shot `ask` answers at once.
 */
export async function loadLocalCoverage(corpusFlag: string | undefined, { warmUp = false } = {}): Promise<LoadResult> {
  const config = readLocalConfig('warn');
  const log = createLocalLogger({ level: config.logLevel });
  const store = await openStore(config.storeUrl, log);
  try {
    const loaded = await loadCoverage({
      nlp: createNlp(),
      corpusDir: corpusFlag ?? config.corpusDir,
      cache: createAnalysisCache({ store, log }),
      indexCache: createIndexCache({ store, log }),
    });
    if (warmUp) await warmUpAnswering(loaded.coverage);
    log.info({ articles: loaded.coverage.articles.length, analysed: loaded.analysed, reusedIndex: loaded.reusedIndex }, 'coverage loaded');
    return loaded;
  } finally {
    await store.close();
  }
}
