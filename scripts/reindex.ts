/**
 * `npm run reindex`: analyses the articles of CORPUS_DIR into the analysis cache of the configured store
 * (STORE_URL), with a progress bar on a terminal, and prints what changed since the last index built on
 * that store. A running bot sharing the store then re-indexes without analysing anything: on its next
 * /reindex, or at once with WATCH_CORPUS=1. Log lines go to stderr, the summary to stdout.
 */
import path from 'node:path';
import { createNlp } from '../src/analyse/nlp.js';
import { readLocalConfig } from '../src/config/read-config.js';
import { createIndexProgress } from '../src/coverage/index-progress.js';
import { loadCoverage } from '../src/coverage/load-coverage.js';
import { DISCORD_DEFAULTS } from '../src/discord/defaults.js';
import { formatReindexReport } from '../src/present/reindex.js';
import { reindexReport } from '../src/coverage/reindex.js';
import { createLocalLogger } from '../src/log.js';
import { createAnalysisCache } from '../src/store/records/analysis-cache.js';
import { createIndexCache, createIndexedArticles } from '../src/store/records/index-cache.js';
import { openStore } from '../src/store/backends/open.js';
import { redactUrl } from '../src/store/backends/store.js';
import { OperatorError, runEntry } from '../src/entry.js';

async function main(): Promise<number> {
  const config = readLocalConfig();
  const log = createLocalLogger({ level: config.logLevel, secrets: config.discordToken ? [config.discordToken] : [] });
  const store = await openStore(config.storeUrl, log);
  try {
    const corpusDir = path.resolve(config.corpusDir);
    const indexed = createIndexedArticles(store);
    const before = (await indexed.recall()) ?? [];
    const started = performance.now();
    const loaded = await loadCoverage({
      nlp: createNlp(),
      corpusDir,
      log,
      cache: createAnalysisCache({ store, log }),
      indexCache: createIndexCache({ store, log }),
      progress: (total) => createIndexProgress({ total, log, stream: process.stderr }),
    });
    const report = reindexReport(before, loaded, performance.now() - started);
    // An analysis that could not be saved is done again by the bot: say so rather than report success.
    if (!store.healthy || !(await indexed.remember(loaded.coverage.articles))) {
      throw new OperatorError(
        `the store at ${redactUrl(config.storeUrl)} could not be written: the bot will analyse these articles itself`,
      );
    }
    console.log(formatReindexReport(report, DISCORD_DEFAULTS.reindexIdsShown));
    return 0;
  } finally {
    await store.close();
  }
}

runEntry(main);
