import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { answer } from '../answer/answer.js';
import type { AnswerSettings } from '../answer/defaults.js';
import type { sentenceContext } from '../present/answer.js';
import type { listSources } from '../present/sources.js';
import type { AddOutcome } from '../add/add-article.js';
import type { Logger } from '../log.js';
import type { AnswerCache } from '../store/records/answer-cache.js';
import type { FeedbackStore } from '../store/records/feedback.js';
import type { FollowUps } from '../store/records/follow-ups.js';
import type { RateLimiter } from '../store/records/rate-limit.js';
import type { CoverageSlot, Reindexer } from '../coverage/reindex.js';
import type { DiscordSettings } from './defaults.js';
import type { Admission, FailureLog } from './interactions/admission.js';

/**
 * The answering core as the Discord surface uses it: the composition root passes the real functions,
 * so every surface gives the same answer; the surface only formats what they return.
 */
export interface AnswerCore {
  answer: typeof answer;
  listSources: typeof listSources;
  sentenceContext: typeof sentenceContext;
}

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
  /**
   * The settings the core answers with: the ranker (its version keys the answer cache) and the question length, which
   * the help text repeats.
   */
  answerSettings: AnswerSettings;
  /** Bounds the interactions handled at once and sheds those Discord has given up on. */
  admission: Admission;
  /** Repeated failures, logged once per interval. */
  failures: FailureLog;
  /**
   * What `/add` runs: addLink (a link, never a path) into the corpus folder with the fetch limits (ALLOW_PRIVATE_FETCH
   * applied), off this thread (the coverage thread's `add`), since extracting a page takes seconds; rejects with AddError.
   */
  addPage(link: string): Promise<AddOutcome>;
}

/** The buttons a command puts on its messages: clicks whose custom id starts with `prefix|` go to `handle`. */
export interface CommandButtons {
  prefix: string;
  handle(interaction: ButtonInteraction, ctx: BotContext): Promise<void>;
}

/**
 * A slash command: one file in commands/, default-exporting this. `data` is the registration body
 * sent by `npm run deploy`; `execute` runs for each use; `autocomplete` answers options registered
 * with `autocomplete: true`; `button` handles the command's own buttons. Defined beside BotContext, which holds the
 * loaded commands: the two refer to each other, and one module keeps either from importing the other back.
 */
export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  button?: CommandButtons;
}
