import type { Logger } from '../log.js';
import type { AnswerCache } from '../store/answer-cache.js';
import type { FeedbackStore } from '../store/feedback-store.js';
import type { FollowUps } from '../store/follow-ups.js';
import type { RateLimiter } from '../store/rate-limiter.js';
import type { AnswerCore } from './answer-core.js';
import type { Command } from './command.js';
import type { CoverageSlot } from './coverage-slot.js';
import type { Reindexer } from './create-reindexer.js';
import type { DiscordSettings } from './discord-defaults.js';

/** Where votes and asked questions go: the store's feedback store, or anything with the same two methods. */
export type FeedbackSink = Pick<FeedbackStore, 'record' | 'recordAsked'>;

/** Everything a handler needs, built once by the composition root and passed to every handler. */
export interface BotContext {
  /** The slash commands by name, as loaded from commands/. */
  commands: ReadonlyMap<string, Command>;
  core: AnswerCore;
  coverage: CoverageSlot;
  /** Rebuilds the coverage for /reindex (and the corpus watcher), swapping it into `coverage`. */
  reindexer: Reindexer;
  /** Answers already given, shared by every process on the store. */
  answerCache: AnswerCache;
  /** The subject of each user's last DM question, for follow-ups. */
  followUps: FollowUps;
  rateLimiter: RateLimiter;
  feedback: FeedbackSink;
  log: Logger;
  settings: DiscordSettings;
  /** Users exempt from the question limit, and allowed to /reindex anywhere (OWNER_IDS). */
  ownerIds: ReadonlySet<string>;
  /** The core's question length; the slash option's max_length and the help text repeat it. */
  maxQuestionChars: number;
}
