/**
 * The bot's context as every bot process composes it, from the parts the process owns (its store, logger, coverage and
 * settings): src/main.ts and the end-to-end tests' bot (test/discord/support/test-bot.ts) build it here, so the tests
 * run the composition the bot runs.
 */
import { answer } from '../answer/answer.js';
import { ANSWER_DEFAULTS } from '../answer/defaults.js';
import type { LoadResult } from '../coverage/load-coverage.js';
import { createReindexer, type CoverageSlot } from '../coverage/reindex.js';
import type { Logger } from '../log.js';
import { sentenceContext } from '../present/answer.js';
import { listSources } from '../present/sources.js';
import type { Store } from '../store/backends/store.js';
import { createAnswerCache } from '../store/records/answer-cache.js';
import { createFeedbackStore } from '../store/records/feedback.js';
import { createFollowUps } from '../store/records/follow-ups.js';
import { createIndexedArticles } from '../store/records/index-cache.js';
import { createRateLimiter, type RateLimitWindow } from '../store/records/rate-limit.js';
import { COMMANDS_DIR, loadCommands } from './commands.js';
import type { BotContext } from './context.js';
import type { DiscordSettings } from './defaults.js';
import { createAdmission, createFailureLog } from './interactions/admission.js';

export interface BotParts {
  store: Store;
  log: Logger;
  /** Where the coverage being answered from is held; the reindexer fills it. */
  coverage: CoverageSlot;
  /** Builds a coverage from the corpus folder, for the start-up load, /reindex and the corpus watcher. */
  load: () => Promise<LoadResult>;
  settings: DiscordSettings;
  /** Users exempt from the question limit and allowed to /reindex anywhere (OWNER_IDS). */
  ownerIds: readonly string[];
  /** What /add runs: the coverage thread's add (src/main.ts). */
  addPage: BotContext['addPage'];
  /** The question limit per user; the store's default (STORE_DEFAULTS.rateLimit) unless given. */
  rateLimit?: Partial<RateLimitWindow>;
}

/** The context every handler is passed: the real commands and answering core, the store's records over `parts.store`. */
export async function createBotContext(parts: BotParts): Promise<BotContext> {
  const { store, log, coverage, settings } = parts;
  return {
    commands: await loadCommands(COMMANDS_DIR),
    core: { answer, listSources, sentenceContext },
    coverage,
    reindexer: createReindexer({ slot: coverage, load: parts.load, indexed: createIndexedArticles(store), log }),
    answerCache: createAnswerCache(store),
    followUps: createFollowUps(store),
    rateLimiter: createRateLimiter({ store }, parts.rateLimit),
    feedback: createFeedbackStore({ store, log }),
    log,
    settings,
    ownerIds: new Set(parts.ownerIds),
    answerSettings: ANSWER_DEFAULTS,
    addPage: parts.addPage,
    admission: createAdmission(settings.admission),
    failures: createFailureLog(settings.admission),
  };
}
