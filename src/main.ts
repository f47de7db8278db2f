/**
 * The bot's composition root: reads the configuration, builds the one wink-nlp instance, the store, the
 * coverage and the Discord client, and passes each to what needs it. `npm start` (src/shard-manager.ts)
 * runs it in its own process, or forks one per shard, passing the shard in SHARDS and SHARD_COUNT.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiscordjsErrorCodes, type Client } from 'discord.js';
import { createNlp } from './analyse/nlp.js';
import { FETCH_DEFAULTS } from './add/fetch-page.js';
import { answer } from './answer/answer.js';
import { ANSWER_DEFAULTS } from './answer/defaults.js';
import { ConfigError, loadConfig } from './config/load-config.js';
import { sentenceContext } from './present/answer.js';
import { loadCoverage } from './coverage/load-coverage.js';
import { listSources } from './present/sources.js';
import type { BotContext } from './discord/context.js';
import { createCoverageSlot } from './coverage/reindex.js';
import { createReindexer } from './coverage/reindex.js';
import { DISCORD_DEFAULTS } from './discord/defaults.js';
import { loadCommands } from './discord/commands.js';
import { managedShard } from './discord/sharding.js';
import { reloadOnChange } from './coverage/watch.js';
import { isReindexMessage } from './discord/sharding.js';
import { startBot } from './discord/client.js';
import { createLogger } from './log.js';
import { createAnalysisCache } from './store/records/analysis-cache.js';
import { createIndexCache } from './store/records/index-cache.js';
import { createAnswerCache } from './store/records/answer-cache.js';
import { createFeedbackStore } from './store/records/feedback.js';
import { createFollowUps } from './store/records/follow-ups.js';
import { hashUserId } from './store/records/feedback.js';
import { createIndexedArticles } from './store/records/index-cache.js';
import { openStore } from './store/backends/open.js';
import { createRateLimiter } from './store/records/rate-limit.js';
import { StoreError } from './store/backends/store.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A start-up problem the operator can fix: one plain line on stderr, exit code 1. */
function exitWith(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

function isTokenInvalid(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === DiscordjsErrorCodes.TokenInvalid;
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  let shard;
  try {
    shard = managedShard(process.env);
    // Under the shard manager SHARDS holds this process's shard id, not the SHARDS setting.
    config = loadConfig(shard ? { ...process.env, SHARDS: undefined } : process.env);
  } catch (err) {
    if (err instanceof ConfigError) exitWith(err.message);
    throw err;
  }
  const root = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  const log = shard ? root.child({ shard: shard.id }) : root;
  // The token is redacted by key (and by value); owners are users, logged as hashes like every user.
  log.info({ config: { ...config, ownerIds: config.ownerIds.map(hashUserId) } }, 'starting');
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled promise rejection'));

  let store;
  try {
    store = await openStore(config.storeUrl, log);
  } catch (err) {
    if (err instanceof StoreError) exitWith(`Store error: ${err.message}`);
    throw err;
  }
  const nlp = createNlp();
  const coverage = createCoverageSlot();
  const corpusDir = path.resolve(config.corpusDir);
  const analysisCache = createAnalysisCache({ store, log });
  const indexCache = createIndexCache({ store, log });
  const reindexer = createReindexer({
    slot: coverage,
    load: () => loadCoverage({ nlp, corpusDir, log, cache: analysisCache, indexCache }),
    indexed: createIndexedArticles(store),
    log,
  });
  const ctx: BotContext = {
    commands: await loadCommands(path.join(ROOT, 'commands')),
    core: { answer, listSources, sentenceContext },
    coverage,
    reindexer,
    answerCache: createAnswerCache(store),
    followUps: createFollowUps(store),
    rateLimiter: createRateLimiter({ store }),
    feedback: createFeedbackStore({ store, log }),
    log,
    settings: DISCORD_DEFAULTS,
    ownerIds: new Set(config.ownerIds),
    maxQuestionChars: ANSWER_DEFAULTS.maxQuestionChars,
    add: { corpusDir, fetch: { ...FETCH_DEFAULTS, allowPrivate: config.allowPrivateFetch } },
  };

  // Connect while the coverage is built, so questions asked meanwhile are deferred, not dropped.
  let client: Client | null = null;
  const firstLoad = reindexer.run().catch((err: unknown) => {
    coverage.fail(err);
    log.fatal({ err, corpus: corpusDir }, 'could not load the coverage');
    void client?.destroy();
    exitWith(`Could not load the coverage from ${corpusDir}: ${(err as Error).message}`);
  });

  try {
    client = await startBot({ token: config.discordToken, apiUrl: config.discordApiUrl, shards: shard ?? config.shards, ctx });
  } catch (err) {
    await store.close();
    if (isTokenInvalid(err)) exitWith('Discord rejected DISCORD_TOKEN (401 Unauthorized): set a valid bot token (see .env.example).');
    log.fatal({ err }, 'could not connect to Discord');
    exitWith(`Could not connect to Discord: ${(err as Error).message}`);
  }

  let stopWatching = (): void => {};
  const shutdown = async (signal: string): Promise<void> => {
    log.info({ signal }, 'shutting down');
    stopWatching();
    await client?.destroy();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', (s) => void shutdown(s));
  process.once('SIGTERM', (s) => void shutdown(s));

  await firstLoad;
  if (shard) {
    // Another shard ran /reindex: this process holds its own coverage, so it rebuilds too.
    process.on('message', (message) => {
      if (!isReindexMessage(message)) return;
      reindexer.run().catch((err: unknown) => log.error({ err, corpus: corpusDir }, 're-index failed; keeping the previous coverage'));
    });
  }
  if (config.watchCorpus) {
    stopWatching = reloadOnChange({ dir: corpusDir, reindexer, log, debounceMs: DISCORD_DEFAULTS.corpusReloadDebounceMs });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`coverage-bot failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
