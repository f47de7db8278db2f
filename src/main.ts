/**
 * The bot's composition root: reads the configuration, builds the one wink-nlp instance, the store, the
 * coverage, the handlers' context (createBotContext) and the Discord client, and passes each to what needs it.
 * `npm start` (src/shard-manager.ts) runs it in its own process, or forks one per shard, passing the shard in SHARDS
 * and SHARD_COUNT.
 */
import path from 'node:path';
import { DiscordjsErrorCodes, RateLimitError, type Client } from 'discord.js';
import { createNlp } from './analyse/nlp.js';
import { ADD_DEFAULTS } from './add/defaults.js';
import { loadDotEnv, readConfig } from './config/read-config.js';
import { errorMessage, exitWith, OPERATOR_MESSAGES, OperatorError, runEntry, TokenRejectedError } from './entry.js';
import { startCoverageThread } from './coverage-thread/coverage-thread.js';
import { COVERAGE_DEFAULTS } from './coverage/defaults.js';
import { createCoverageSlot, REINDEX_FAILED } from './coverage/reindex.js';
import { DISCORD_DEFAULTS } from './discord/defaults.js';
import { createBotContext } from './discord/compose.js';
import { managedShard, isReindexMessage } from './discord/gateway/sharding.js';
import { reloadOnChange } from './coverage/watch.js';
import { fatalCloseLine, startBot } from './discord/gateway/client.js';
import { tellWaitingRestarting } from './discord/interactions/replies.js';
import { createLogger } from './log.js';
import { hashUserId } from './store/records/feedback.js';
import { openStore } from './store/backends/open.js';

function isTokenInvalid(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === DiscordjsErrorCodes.TokenInvalid;
}

async function main(): Promise<void> {
  loadDotEnv();
  const shard = managedShard(process.env);
  // Under the shard manager SHARDS holds this process's shard id, not the SHARDS setting.
  const config = readConfig((env) => (shard ? { ...env, SHARDS: undefined } : env));
  const root = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  const log = shard ? root.child({ shard: shard.id }) : root;
  // The token is redacted by key (and by value); owners are users, logged as hashes like every user.
  log.info({ config: { ...config, ownerIds: config.ownerIds.map(hashUserId) } }, 'starting');
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled promise rejection'));

  const store = await openStore(config.storeUrl, log);
  const nlp = createNlp();
  const coverage = createCoverageSlot();
  const corpusDir = path.resolve(config.corpusDir);
  // Read, analysed and indexed in a worker thread, so interactions are acknowledged while it loads.
  const coverageThread = startCoverageThread({ corpusDir, storeUrl: config.storeUrl, logLevel: config.logLevel, nlp, log });
  const ctx = await createBotContext({
    store,
    log,
    coverage,
    load: () => coverageThread.load(),
    settings: DISCORD_DEFAULTS,
    ownerIds: config.ownerIds,
    addPage: (link) => coverageThread.add(link, { ...ADD_DEFAULTS.fetch, allowPrivate: config.allowPrivateFetch }),
  });
  const { reindexer } = ctx;

  // Connect while the coverage is built, so questions asked meanwhile are deferred, not dropped.
  let client: Client | null = null;
  const firstLoad = reindexer.run().catch((err: unknown) => {
    coverage.fail(err);
    log.fatal({ err, corpus: corpusDir }, 'could not load the coverage');
    void client?.destroy();
    exitWith(OPERATOR_MESSAGES.coverageNotLoaded(corpusDir, errorMessage(err)));
  });

  try {
    client = await startBot({
      token: config.discordToken,
      apiUrl: config.discordApiUrl,
      shards: shard ?? config.shards,
      ctx,
      // Exit non-zero so a supervisor (or the shard manager) sees the bot is down rather than idle.
      onFatalClose: (code) => exitWith(fatalCloseLine(code)),
    });
  } catch (err) {
    await store.close();
    if (isTokenInvalid(err)) throw new TokenRejectedError();
    log.fatal({ err }, 'could not connect to Discord');
    // A RateLimitError (client.ts refuses waits past an interaction's life) carries no message: say what Discord asked.
    const reason =
      err instanceof RateLimitError
        ? OPERATOR_MESSAGES.rateLimited(Math.ceil(err.retryAfter / 60_000), `${err.method} ${err.route}`)
        : errorMessage(err);
    throw new OperatorError(OPERATOR_MESSAGES.cannotConnect(reason));
  }

  let stopWatching = (): void => {};
  const shutdown = async (signal: string): Promise<void> => {
    log.info({ signal }, 'shutting down');
    stopWatching();
    // Before the client goes: its REST client sends the edits.
    await tellWaitingRestarting(log, ctx.settings.shutdownNoticeWaitMs);
    await client?.destroy();
    await coverageThread.close();
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
      reindexer.run().catch((err: unknown) => log.error({ err, corpus: corpusDir }, REINDEX_FAILED));
    });
  }
  if (config.watchCorpus) {
    stopWatching = reloadOnChange({ dir: corpusDir, reindexer, log, debounceMs: COVERAGE_DEFAULTS.watchDebounceMs });
  }
}

runEntry(main);
