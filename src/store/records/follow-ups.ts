import { z } from 'zod';
import type { TopicExcerpt } from '../../answer/answer.js';
import { QUANTITIES, type AskedMeasure, type Quantity } from '../../answer/types.js';
import { measureSchema } from './answer-cache.js';
import { hashUserId } from './feedback.js';
import { schemaRecord, type SameShape, type Store } from '../backends/store.js';
import { STORE_DEFAULTS } from '../defaults.js';

/** What a user's last question was about, so a DM follow-up ("and when?") can refer to it. */
export interface FollowUpSubject {
  question: string;
  answerType: string;
  /** What a number question counted or measured (`Answer.quantity`). */
  quantity: Quantity | null;
  /** What a number question asked of its quantity (`Answer.measure`). */
  measure: AskedMeasure;
  terms: string[];
  /** The question was about one person or thing (`Answer.aboutOne`). */
  aboutOne: boolean;
  /** The answer's top excerpt (`topicOf`), which a follow-up may be answered from; null for an abstention. */
  excerpt: TopicExcerpt | null;
}

const subjectSchema = z.object({
  question: z.string(),
  answerType: z.string(),
  quantity: z.enum(QUANTITIES).nullable(),
  measure: measureSchema,
  terms: z.array(z.string()),
  aboutOne: z.boolean(),
  excerpt: z
    .object({
      articleId: z.string(),
      start: z.number(),
      end: z.number(),
      answerStart: z.number().nullable(),
      answerEnd: z.number().nullable(),
      confidence: z.number(),
    })
    .nullable(),
});
true satisfies SameShape<z.infer<typeof subjectSchema>, FollowUpSubject>;

// Hot: read while the interaction waits for its answer. Version 2 (session 30): `aboutOne`; a version-1 record is a miss,
// as after the TTL. Version 3 (session 32): `quantity`. Version 4 (session 33): `asksWeight`; 5: `excerpt`. Version 6
// (session 34): `measure` for `asksWeight` (a price, a rate and a percentage asked again too).
const FOLLOW_UP_RECORD = schemaRecord<FollowUpSubject>({ namespace: 'follow-up', version: 6, use: 'hot' }, subjectSchema);

export interface FollowUps {
  /** False when not saved: the next follow-up then has no subject, as after the TTL. */
  remember(userId: string, subject: FollowUpSubject): Promise<boolean>;
  /** The subject of the user's last question, for `ttlMs` (default 30 min) after it was asked. */
  recall(userId: string): Promise<FollowUpSubject | undefined>;
}

/** A subject as this process last remembered it for a user, and whether the store confirmed it was saved. */
interface Kept {
  subject: FollowUpSubject;
  expiresAt: number;
  confirmed: boolean;
}

/**
 * Keyed by the hashed user id: the store never holds a raw one. Each subject is also kept in this process for the TTL,
 * as the rate limit is counted here while the store is down (Discord sends every DM to shard 0, so one process hears
 * a user's DM conversation: Discord's gateway documentation, Sharding). With Redis down or frozen the store confirms
 * no write and reads nothing, and a DM follow-up was then answered alone ("and what did he say about the calls?" after
 * "who is the Kremlin spokesman?" got other calls, not Peskov's; hard11). A subject the store did not confirm is the one
 * recalled, as the store may hold an older one (a write that timed out lands late); a confirmed one is read from the
 * store, which holds the newest wherever it was asked, and kept here for when the store does not answer.
 */
export function createFollowUps(store: Store, options: { ttlMs?: number } = {}): FollowUps {
  const ttlMs = options.ttlMs ?? STORE_DEFAULTS.followUpTtlMs;
  const now = Date.now;
  const records = store.records(FOLLOW_UP_RECORD);
  const kept = new Map<string, Kept>();
  let sweepAt = 0;
  /** The user's kept subject while its TTL lasts; expired ones are forgotten once per TTL, as the rate limiter's windows are. */
  const keptFor = (key: string): Kept | undefined => {
    const at = now();
    if (at >= sweepAt) {
      for (const [k, entry] of kept) if (entry.expiresAt <= at) kept.delete(k);
      sweepAt = at + ttlMs;
    }
    const entry = kept.get(key);
    return entry && entry.expiresAt > at ? entry : undefined;
  };
  return {
    async remember(userId, subject) {
      const key = hashUserId(userId);
      const entry: Kept = { subject, expiresAt: now() + ttlMs, confirmed: false };
      kept.set(key, entry);
      entry.confirmed = await records.set(key, subject, ttlMs);
      return entry.confirmed;
    },
    async recall(userId) {
      const key = hashUserId(userId);
      const mine = keptFor(key);
      if (mine && !mine.confirmed) return mine.subject;
      return (await records.get(key)) ?? keptFor(key)?.subject;
    },
  };
}
