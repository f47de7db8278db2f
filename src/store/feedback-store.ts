import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { z } from 'zod';
import { summariseFeedback, type FeedbackSummary, type StoredAsk, type StoredVote } from './feedback-summary.js';
import { hashUserId } from './hash-user-id.js';
import type { SameShape } from './same-shape.js';
import { STORE_DEFAULTS } from './store-defaults.js';
import type { RecordKind, Store } from './store.js';

export interface FeedbackVote {
  vote: 'up' | 'down';
  question: string;
  answerType: string;
  abstained: boolean;
  excerptIds: string[];
  /** Hashed before it is stored; never kept or logged as is. */
  userId: string;
}

export interface AskedQuestion {
  question: string;
  answerType: string;
  abstained: boolean;
}

const askFields = { question: z.string(), answerType: z.string(), abstained: z.boolean() };
const voteInput = z.object({
  vote: z.enum(['up', 'down']),
  ...askFields,
  excerptIds: z.array(z.string()),
  userId: z.string(),
});
const askInput = z.object(askFields);
const storedVote = voteInput.omit({ userId: true }).extend({ userHash: z.string(), at: z.string() });
const storedAsk = askInput.extend({ at: z.string() });
// The schemas mirror the interfaces above and in feedback-summary.ts; these fail to compile if they drift.
true satisfies SameShape<z.infer<typeof voteInput>, FeedbackVote>;
true satisfies SameShape<z.infer<typeof askInput>, AskedQuestion>;
true satisfies SameShape<z.infer<typeof storedVote>, StoredVote>;
true satisfies SameShape<z.infer<typeof storedAsk>, StoredAsk>;

const FEEDBACK_VOTE_RECORD: RecordKind<StoredVote> = {
  namespace: 'feedback-vote',
  version: 1,
  accepts: (data): data is StoredVote => storedVote.safeParse(data).success,
};

const FEEDBACK_ASK_RECORD: RecordKind<StoredAsk> = {
  namespace: 'feedback-ask',
  version: 1,
  accepts: (data): data is StoredAsk => storedAsk.safeParse(data).success,
};

/** Names the fields that failed, never their values (a vote carries the user id). */
const invalidFields = (error: z.ZodError): string[] => error.issues.map((issue) => issue.path.join('.'));

export interface FeedbackStore {
  /** False when not saved (the store is down, or the vote is malformed): the UI must say so. */
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
 * Votes and asked questions, one record each (no TTL): records are only ever added, so processes sharing a
 * Redis never overwrite each other's counts, and the summary aggregates them when it is asked for.
 */
export function createFeedbackStore({ store, log, now = Date.now }: FeedbackStoreDeps): FeedbackStore {
  const votes = store.records(FEEDBACK_VOTE_RECORD);
  const asks = store.records(FEEDBACK_ASK_RECORD);
  // Time first so keys sort by time where a backend lists them in key order; the UUID keeps them unique.
  const newKey = (at: string): string => `${at}/${randomUUID()}`;

  return {
    async record(vote) {
      const parsed = voteInput.safeParse(vote);
      if (!parsed.success) {
        log.warn({ fields: invalidFields(parsed.error) }, 'feedback vote malformed; not saved');
        return false;
      }
      const { userId, ...rest } = parsed.data;
      const at = new Date(now()).toISOString();
      return votes.set(newKey(at), { ...rest, userHash: hashUserId(userId), at });
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
