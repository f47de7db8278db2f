import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFeedbackStore, type FeedbackStore, type FeedbackVote } from '../../../src/store/records/feedback.js';
import { hashUserId } from '../../../src/store/records/feedback.js';
import { StoreError } from '../../../src/store/backends/store.js';
import { captureLog } from '../../support/capture-log.js';
import { BACKENDS, TestStores } from '../test-stores.js';

const vote = (overrides: Partial<FeedbackVote> = {}): FeedbackVote => ({
  vote: 'down',
  question: 'Who won the vote?',
  answerType: 'person',
  abstained: false,
  excerptIds: ['a:3'],
  userId: '100200300400500600',
  ...overrides,
});

let stores: TestStores;
beforeAll(async () => {
  stores = await TestStores.start();
});
afterAll(async () => {
  await stores?.dispose();
});
beforeEach(async () => {
  await stores.reset();
});

describe.each(BACKENDS)('feedback on %s', (backend) => {
  it('keeps one vote per answer and user: a vote pressed again is stored once, a changed mind replaces it', async () => {
    const { log } = captureLog();
    const store = await stores.open(backend, log);
    const feedback = createFeedbackStore({ store, log });
    expect(await feedback.record(vote())).toBe(true);
    expect(await feedback.record(vote())).toBe(true);
    expect((await feedback.summary()).totals).toMatchObject({ up: 0, down: 1 });
    expect(await feedback.record(vote({ vote: 'up' }))).toBe(true);
    expect((await feedback.summary()).totals).toMatchObject({ up: 1, down: 0 });
    // Another user, or the same user on another answer, is another vote.
    expect(await feedback.record(vote({ userId: '2' }))).toBe(true);
    expect(await feedback.record(vote({ excerptIds: ['a:4'] }))).toBe(true);
    expect((await feedback.summary()).totals).toMatchObject({ up: 1, down: 2 });
    await store.close();
  });

  it('summarises the most asked questions, the most disliked answers and the coverage gaps', async () => {
    const { log } = captureLog();
    const store = await stores.open(backend, log);
    let clock = Date.parse('2024-05-01T10:00:00Z');
    const feedback = createFeedbackStore({ store, log, now: () => (clock += 1000) });

    for (const question of ['Who won the vote?', 'who won the vote', 'Who WON the vote?!']) {
      expect(await feedback.recordAsked({ question, answerType: 'person', abstained: false })).toBe(true);
    }
    for (const question of ['What did the mayor eat?', 'what did the mayor eat?']) {
      await feedback.recordAsked({ question, answerType: 'thing', abstained: true });
    }
    await feedback.recordAsked({ question: 'When was the vote?', answerType: 'date', abstained: false });
    expect(await feedback.record(vote())).toBe(true);
    expect(await feedback.record(vote({ userId: '2' }))).toBe(true);
    expect(await feedback.record(vote({ vote: 'up', userId: '3' }))).toBe(true);
    expect(await feedback.record(vote({ vote: 'up', question: 'When was the vote?', excerptIds: ['b:1'] }))).toBe(true);

    const summary = await feedback.summary();
    expect(summary.totals).toEqual({ asked: 6, abstained: 2, up: 2, down: 2 });
    expect(summary.mostAsked.map(({ question, count }) => [question, count])).toEqual([
      ['Who WON the vote?!', 3],
      ['what did the mayor eat?', 2],
      ['When was the vote?', 1],
    ]);
    expect(summary.mostDisliked).toEqual([expect.objectContaining({ question: 'Who won the vote?', excerptIds: ['a:3'], down: 2, up: 1 })]);
    expect(summary.gaps.map(({ question, count }) => [question, count])).toEqual([['what did the mayor eat?', 2]]);
    await store.close();
  });

  it('refuses a malformed vote with a warning and stores nothing', async () => {
    const { log, warnings } = captureLog();
    const store = await stores.open(backend, log);
    const feedback = createFeedbackStore({ store, log });
    const malformed = { ...vote(), vote: 'sideways' } as unknown as FeedbackVote;
    expect(await feedback.record(malformed)).toBe(false);
    expect(warnings()).toHaveLength(1);
    expect(JSON.stringify(warnings())).not.toContain(vote().userId);
    expect((await feedback.summary()).totals).toEqual({ asked: 0, abstained: 0, up: 0, down: 0 });
    await store.close();
  });
});

describe('feedback', () => {
  it('never stores the raw user id, only its hash', async () => {
    const userId = '918273645546372819';
    for (const backend of ['sqlite', 'redis'] as const) {
      const { log } = captureLog();
      const store = await stores.open(backend, log);
      expect(await createFeedbackStore({ store, log }).record(vote({ userId }))).toBe(true);
      await store.close();
    }
    for (const stored of [await stores.sqliteText(), (await stores.redisDump()).join('\n')]) {
      expect(stored).toContain('Who won the vote?');
      expect(stored).toContain(hashUserId(userId));
      expect(stored).not.toContain(userId);
    }
  });

  it('reports a vote as not saved, and the summary as unreadable, while Redis is down', async () => {
    const { log } = captureLog();
    const store = await stores.open('redis', log);
    const feedback = createFeedbackStore({ store, log });
    await stores.redis.stop();
    expect(await feedback.record(vote())).toBe(false);
    expect(await feedback.recordAsked({ question: 'Anyone?', answerType: 'any', abstained: true })).toBe(false);
    const reading = feedback.summary();
    await expect(reading).rejects.toBeInstanceOf(StoreError);
    await expect(reading).rejects.toThrow(/cannot read the feedback-(vote|ask) records from the redis store/);
    await store.close();
  });

  it('does not save a vote it reported not saved while Redis was frozen, once Redis resumes, nor one pressed in another process', async () => {
    const { log } = captureLog();
    const [one, two] = await Promise.all([stores.open('redis', log), stores.open('redis', log)]);
    stores.redis.pause();
    try {
      // Given up at the store's bound, as the user is told; Redis holds the write in its socket buffer meanwhile.
      expect(await createFeedbackStore({ store: one!, log }).record(vote({ vote: 'up' }))).toBe(false);
    } finally {
      stores.redis.resume();
    }
    // Read first on the same connection, once its circuit lets it (its reads queue behind the write and the delete), then
    // by another process.
    let read: Awaited<ReturnType<FeedbackStore['summary']>> | null = null;
    for (let k = 0; read === null && k < 50; k++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      read = await createFeedbackStore({ store: one!, log })
        .summary()
        .catch(() => null);
    }
    expect(read?.totals).toMatchObject({ up: 0, down: 0 });
    expect((await createFeedbackStore({ store: two!, log }).summary()).totals).toMatchObject({ up: 0, down: 0 });
    await Promise.all([one!.close(), two!.close()]);
  });

  it('never lets a late write from one process replace a newer vote from another: the latest press counts', async () => {
    const { log } = captureLog();
    const [one, two] = await Promise.all([stores.open('redis', log), stores.open('redis', log)]);
    const pressed = Date.parse('2026-12-01T22:00:00Z');
    // The user pressed 👍 on one process, then 👎 a second later on another; the 👎 landed first, the 👍's write
    // (held up: a stalled connection, a frozen Redis) after it.
    expect(await createFeedbackStore({ store: two!, log }).record(vote({ vote: 'down', pressedAt: pressed + 1_000 }))).toBe(true);
    expect(await createFeedbackStore({ store: one!, log }).record(vote({ vote: 'up', pressedAt: pressed }))).toBe(true);
    for (const store of [one!, two!]) {
      const summary = await createFeedbackStore({ store, log }).summary();
      expect(summary.totals).toMatchObject({ up: 0, down: 1 });
      expect(summary.mostDisliked).toEqual([expect.objectContaining({ down: 1, up: 0, lastAt: new Date(pressed + 1_000).toISOString() })]);
    }
    // Pressing 👍 again later on the first process is the user's vote from then on.
    expect(await createFeedbackStore({ store: one!, log }).record(vote({ vote: 'up', pressedAt: pressed + 2_000 }))).toBe(true);
    expect((await createFeedbackStore({ store: two!, log }).summary()).totals).toMatchObject({ up: 1, down: 0 });
    await Promise.all([one!.close(), two!.close()]);
  });

  it('adds up the feedback of several processes sharing a Redis', async () => {
    const { log } = captureLog();
    const [one, two] = await Promise.all([stores.open('redis', log), stores.open('redis', log)]);
    await createFeedbackStore({ store: one!, log }).record(vote({ userId: '1' }));
    await createFeedbackStore({ store: two!, log }).record(vote({ userId: '2' }));
    expect((await createFeedbackStore({ store: one!, log }).summary()).totals.down).toBe(2);
    await Promise.all([one!.close(), two!.close()]);
  });
});
