/**
 * The bot's composition root (`npm start`): reads the configuration, builds the one wink-nlp instance,
 * the store, the coverage and the Discord client, and passes each to what needs it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiscordjsErrorCodes, type Client } from 'discord.js';
import { createNlp } from './analyse/nlp.js';
import { answer } from './answer/answer.js';
import { TUNING } from './answer/tuning.js';
import { ConfigError, loadConfig } from './config/load-config.js';
import { sentenceContext } from './coverage/context.js';
import { loadCoverage } from './coverage/load-coverage.js';
import { listSources } from './coverage/sources.js';
import type { BotContext } from './discord/bot-context.js';
import { createCoverageSlot } from './discord/coverage-slot.js';
import { DISCORD_DEFAULTS } from './discord/discord-defaults.js';
import { loadCommands } from './discord/load-commands.js';
import { reloadOnChange } from './discord/reload-on-change.js';
import { startBot } from './discord/start-bot.js';
import { createLogger } from './log.js';
import { createAnalysisCache } from './store/analysis-cache.js';
import { createFeedbackStore } from './store/feedback-store.js';
import { openStore } from './store/open-store.js';
import { createRateLimiter } from './store/rate-limiter.js';
import { StoreError } from './store/store-error.js';

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
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) exitWith(err.message);
    throw err;
  }
  const log = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  // The token is redacted by key (and by value), so the whole configuration can be logged.
  log.info({ config }, 'starting');
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
  const storeCache = createAnalysisCache({ store, log });
  // loadCoverage's cache interface wants retain() to resolve to nothing; the store's resolves to a count.
  const analysisCache = {
    get: storeCache.get,
    set: storeCache.set,
    retain: async (hashes: Set<string>) => void (await storeCache.retain(hashes)),
  };
  const ctx: BotContext = {
    commands: await loadCommands(path.join(ROOT, 'commands')),
    core: { answer, listSources, sentenceContext },
    coverage,
    rateLimiter: createRateLimiter({ store }),
    feedback: createFeedbackStore({ store, log }),
    log,
    settings: DISCORD_DEFAULTS,
    ownerIds: new Set(config.ownerIds),
    maxQuestionChars: TUNING.maxQuestionChars,
  };

  const reindex = async (): Promise<void> => {
    const started = performance.now();
    const loaded = await loadCoverage({ nlp, corpusDir, log, cache: analysisCache });
    coverage.set(loaded.coverage);
    log.info(
      { articles: loaded.coverage.articles.length, analysed: loaded.analysed, version: loaded.coverage.version, ms: Math.round(performance.now() - started) },
      'coverage loaded',
    );
  };

  // Connect while the coverage is built, so questions asked meanwhile are deferred, not dropped.
  let client: Client | null = null;
  const firstLoad = reindex().catch((err: unknown) => {
    coverage.fail(err);
    log.fatal({ err, corpus: corpusDir }, 'could not load the coverage');
    void client?.destroy();
    exitWith(`Could not load the coverage from ${corpusDir}: ${(err as Error).message}`);
  });

  try {
    client = await startBot({ token: config.discordToken, apiUrl: config.discordApiUrl, shards: config.shards, ctx });
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
  if (config.watchCorpus) {
    stopWatching = reloadOnChange({ dir: corpusDir, reload: reindex, log, debounceMs: DISCORD_DEFAULTS.corpusReloadDebounceMs });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`coverage-bot failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
