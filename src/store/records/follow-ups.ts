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

/** Keyed by the hashed user id: the store never holds a raw one. */
export function createFollowUps(store: Store, options: { ttlMs?: number } = {}): FollowUps {
  const ttlMs = options.ttlMs ?? STORE_DEFAULTS.followUpTtlMs;
  const records = store.records(FOLLOW_UP_RECORD);
  return {
    remember: (userId, subject) => records.set(hashUserId(userId), subject, ttlMs),
    recall: (userId) => records.get(hashUserId(userId)),
  };
}
