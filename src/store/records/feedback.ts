import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { z } from 'zod';
import { normaliseQuestion } from './answer-cache.js';
import { schemaRecord, type SameShape, type Store } from '../backends/store.js';
import { STORE_DEFAULTS } from '../defaults.js';

/**
 * What the store keeps instead of a user id: sha256 of it, with a prefix so the digest is not the same as a
 * plain sha256 of a public Discord id that any other table of such digests could look up.
 */
export function hashUserId(userId: string): string {
  return createHash('sha256').update(`coverage-bot:user:${userId}`).digest('hex');
}

/** A vote as stored: the user only as a hash. */
export interface StoredVote extends Omit<FeedbackVote, 'userId' | 'pressedAt'> {
  userHash: string;
  /** When the button was pressed, ISO 8601; of one user's votes on one answer, the latest counts. */
  at: string;
}

export interface StoredAsk extends AskedQuestion {
  at: string;
}

export interface AskedCount {
  /** The latest phrasing of the question. */
  question: string;
  count: number;
  lastAt: string;
}

export interface DislikedAnswer {
  question: string;
  answerType: string;
  /** The excerpts the answer showed (empty: the bot abstained). */
  excerptIds: string[];
  down: number;
  up: number;
  lastAt: string;
}

export interface FeedbackSummary {
  totals: { asked: number; abstained: number; up: number; down: number };
  /** Most asked questions, most first. */
  mostAsked: AskedCount[];
  /** Answers with down votes, most down votes first. */
  mostDisliked: DislikedAnswer[];
  /** Questions the coverage could not answer (the bot abstained), most asked first: the coverage gaps. */
  gaps: AskedCount[];
}

function countQuestions(asks: readonly StoredAsk[], top: number): AskedCount[] {
  const groups = new Map<string, AskedCount>();
  for (const ask of asks) {
    const key = normaliseQuestion(ask.question);
    const group = groups.get(key);
    if (!group) groups.set(key, { question: ask.question, count: 1, lastAt: ask.at });
    else {
      group.count += 1;
      if (ask.at >= group.lastAt) Object.assign(group, { question: ask.question, lastAt: ask.at });
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt)).slice(0, top);
}

function dislikedAnswers(votes: readonly StoredVote[], top: number): DislikedAnswer[] {
  // An answer is the question with the excerpts shown: the same question answered from other excerpts (after a
  // re-index) is another answer.
  const groups = new Map<string, DislikedAnswer>();
  for (const vote of votes) {
    const key = JSON.stringify([normaliseQuestion(vote.question), vote.excerptIds]);
    let group = groups.get(key);
    if (!group) {
      const { question, answerType, excerptIds, at } = vote;
      group = { question, answerType, excerptIds, down: 0, up: 0, lastAt: at };
      groups.set(key, group);
    }
    group[vote.vote] += 1;
    if (vote.at >= group.lastAt) Object.assign(group, { question: vote.question, lastAt: vote.at });
  }
  return [...groups.values()]
    .filter((group) => group.down > 0)
    .sort((a, b) => b.down - a.down || a.up - b.up || b.lastAt.localeCompare(a.lastAt))
    .slice(0, top);
}

/**
 * Each user's current vote on each answer: the one pressed last. Every press is its own record, so the order in
 * which writes land (a write that timed out in one process may land after a newer one from another) changes
 * nothing; equal times (two processes in one millisecond) are settled the same way whatever the order (up first).
 */
function currentVotes(votes: readonly StoredVote[]): StoredVote[] {
  const latest = new Map<string, StoredVote>();
  for (const vote of votes) {
    const key = voteKey(vote, vote.userHash);
    const held = latest.get(key);
    if (!held || vote.at > held.at || (vote.at === held.at && vote.vote > held.vote)) latest.set(key, vote);
  }
  return [...latest.values()];
}

/** Aggregates stored votes (the latest per answer and user) and asked questions into the report `npm run feedback` prints. */
export function summariseFeedback(stored: readonly StoredVote[], asks: readonly StoredAsk[], top: number): FeedbackSummary {
  const votes = currentVotes(stored);
  const unanswered = asks.filter((ask) => ask.abstained);
  return {
    totals: {
      asked: asks.length,
      abstained: unanswered.length,
      up: votes.filter((vote) => vote.vote === 'up').length,
      down: votes.filter((vote) => vote.vote === 'down').length,
    },
    mostAsked: countQuestions(asks, top),
    mostDisliked: dislikedAnswers(votes, top),
    gaps: countQuestions(unanswered, top),
  };
}

export interface AskedQuestion {
  question: string;
  answerType: string;
  abstained: boolean;
}

export interface FeedbackVote extends AskedQuestion {
  vote: 'up' | 'down';
  excerptIds: string[];
  /** Hashed before it is stored; never kept or logged as is. */
  userId: string;
  /**
   * When the button was pressed, ms since the epoch: on Discord the interaction's creation time (its snowflake),
   * one clock for every process sharing the store. Now when not given.
   */
  pressedAt?: number;
}

const askFields = { question: z.string(), answerType: z.string(), abstained: z.boolean() };
const voteInput = z.object({
  vote: z.enum(['up', 'down']),
  ...askFields,
  excerptIds: z.array(z.string()),
  userId: z.string(),
  pressedAt: z.number().finite().optional(),
});
const askInput = z.object(askFields);
const storedVote = voteInput.omit({ userId: true, pressedAt: true }).extend({ userHash: z.string(), at: z.string() });
const storedAsk = askInput.extend({ at: z.string() });
// The schemas mirror the interfaces above; these fail to compile if they drift.
true satisfies SameShape<z.infer<typeof voteInput>, FeedbackVote>;
true satisfies SameShape<z.infer<typeof askInput>, AskedQuestion>;
true satisfies SameShape<z.infer<typeof storedVote>, StoredVote>;
true satisfies SameShape<z.infer<typeof storedAsk>, StoredAsk>;

// 'confirmed': the user is told whether the vote was saved, and the reply waits for the write
// (STORE_DEFAULTS.confirmedWriteTimeoutMs on SQLite).
const FEEDBACK_VOTE_RECORD = schemaRecord<StoredVote>({ namespace: 'feedback-vote', version: 1, use: 'confirmed' }, storedVote);

const FEEDBACK_ASK_RECORD = schemaRecord<StoredAsk>({ namespace: 'feedback-ask', version: 1 }, storedAsk);

/** What identifies one user's vote on one answer (the votes summariseFeedback counts one of). */
function voteKey(vote: Pick<FeedbackVote, 'question' | 'answerType' | 'abstained' | 'excerptIds'>, userHash: string): string {
  const answer = JSON.stringify([vote.question, vote.answerType, vote.abstained, vote.excerptIds]);
  return createHash('sha256').update(answer).update('\0').update(userHash).digest('hex').slice(0, 32);
}

/** Names the fields that failed, never their values (a vote carries the user id). */
const invalidFields = (error: z.ZodError): string[] => error.issues.map((issue) => issue.path.join('.'));

export interface FeedbackStore {
  /**
   * Saves a vote as its own record, stamped with when it was pressed; of one user's votes on one answer (question,
   * type, excerpts) the summary counts the latest, so pressing again (a retry, a change of mind) replaces the vote
   * rather than adding one, whatever order the writes land in. Waits for the write up to confirmedWriteTimeoutMs on
   * SQLite (a caller with a deadline defers its reply meanwhile), opTimeoutMs on Redis. False when the store did not
   * confirm it (down, frozen, busy past the bound, or the vote malformed): the UI must say so. On SQLite that is "not
   * saved" (the write ends by its bound); on Redis a write sent to a frozen server runs once it answers, and the delete
   * sent behind it on the same connection right after (keyv.ts undoLateConfirmedWrites); a connection lost between
   * them may leave it saved, which changes nothing then unless it is the latest press.
   */
  record(vote: FeedbackVote): Promise<boolean>;
  /** Counts a question asked; false when not counted. */
  recordAsked(asked: AskedQuestion): Promise<boolean>;
  /** Reads every vote and question; throws a StoreError when the store cannot be read. */
  summary(options?: { top?: number }): Promise<FeedbackSummary>;
}

export interface FeedbackStoreDeps {
  store: Store;
  log: Logger;
  now?: () => number;
}

/**
 * Votes and asked questions, one record each (no TTL). Both are only ever added, so processes sharing a Redis
 * never overwrite each other's (a late write cannot replace a newer vote: there is nothing to compare and set);
 * the summary aggregates them when it is asked for, counting each user's latest vote on an answer.
 */
export function createFeedbackStore({ store, log, now = Date.now }: FeedbackStoreDeps): FeedbackStore {
  const votes = store.records(FEEDBACK_VOTE_RECORD);
  const asks = store.records(FEEDBACK_ASK_RECORD);
  // Time first so keys sort by time where a backend lists them in key order; the UUID keeps them unique.
  const newKey = (at: string): string => `${at}/${randomUUID()}`;
  let lastVoteAt = Number.NEGATIVE_INFINITY;

  return {
    async record(vote) {
      const parsed = voteInput.safeParse(vote);
      if (!parsed.success) {
        log.warn({ fields: invalidFields(parsed.error) }, 'feedback vote malformed; not saved');
        return false;
      }
      const { userId, pressedAt, ...rest } = parsed.data;
      // Strictly after this process's previous vote, so two presses in one millisecond keep their order.
      lastVoteAt = Math.max(pressedAt ?? now(), lastVoteAt + 1);
      const at = new Date(lastVoteAt).toISOString();
      const userHash = hashUserId(userId);
      const key = voteKey(rest, userHash);
      return votes.set(`${key}/${newKey(at)}`, { ...rest, userHash, at });
    },
    async recordAsked(asked) {
      const parsed = askInput.safeParse(asked);
      if (!parsed.success) {
        log.warn({ fields: invalidFields(parsed.error) }, 'asked question malformed; not counted');
        return false;
      }
      const at = new Date(now()).toISOString();
      return asks.set(newKey(at), { ...parsed.data, at });
    },
    async summary(options = {}) {
      const [voteRecords, askRecords] = await Promise.all([votes.list(), asks.list()]);
      return summariseFeedback(
        voteRecords.map((record) => record.data),
        askRecords.map((record) => record.data),
        options.top ?? STORE_DEFAULTS.summaryTop,
      );
    },
  };
}
