import { SnowflakeUtil } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import type { Coverage } from '../../src/coverage/types.js';
import { formatAnswer } from '../../src/discord/format/answer.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import { STORE_DEFAULTS } from '../../src/store/defaults.js';
import { createFeedbackStore } from '../../src/store/records/feedback.js';
import { startRedisServer, type RedisServer } from '../support/redis-server.js';
import { FakeDiscord, type Json } from './support/fake-discord.js';
import { startTestBot, useSeedFake, type TestBot } from './support/test-bot.js';

/** Issue 13 on the real discord.js client against the loopback fake and a real redis-server: a frozen store (SIGSTOP). */

let coverage: Coverage;
let fake: FakeDiscord;
useSeedFake((s) => ({ coverage, fake } = s));

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Questions the seeds answer, asked in turn by the bursts. */
const QUESTIONS = [
  'When did Trump and Putin meet?',
  'Who is Peskov?',
  'Where did they meet?',
  'What did Putin say?',
  'Why did they meet?',
  'When did they talk on the phone?',
  'Who is the Kremlin spokesman?',
  'Where was the summit held?',
];

/** The custom id of the 👍 button on an answer. */
const upButton = (message: Json): string => message.components[0].components.find((b: Json) => b.custom_id.startsWith('f1|u|')).custom_id;

/** What a vote's click is told: its reply, or the edit of its private deferral when the write outlasted the deferral's due time. */
async function voteReply(click: { id: string; token: string }): Promise<string> {
  const first = (await fake.callbackTo(click)).body;
  if (first.type !== 5) return first.data.content;
  const path = `/api/v10/webhooks/${fake.applicationId}/${click.token}/messages/@original`;
  return (await fake.waitForCall((c) => c.method === 'PATCH' && c.path === path)).body.content;
}

/**
 * The reply to 👍 on `message`, pressed again every 200 ms (10 s at most) until it says the vote was saved: the circuit
 * closes when its probe finds Redis answering again.
 */
async function voteUntilSaved(message: Json): Promise<string> {
  let reply = '';
  for (let k = 0; reply !== USER_MESSAGES.feedbackSaved && k < 50; k += 1) {
    if (k > 0) await settle(200);
    reply = await voteReply(fake.click(message, upButton(message)));
  }
  return reply;
}

/** A real redis-server and a bot on it, for the describe this is called in; Redis resumed, and both stopped, after it. */
function useRedisBot(): { redis: RedisServer; bot: TestBot } {
  const on = {} as { redis: RedisServer; bot: TestBot };
  beforeAll(async () => {
    on.redis = await startRedisServer();
    on.bot = await startTestBot(fake, { coverage, storeUrl: on.redis.url, logLevel: 'warn' });
  });
  afterAll(async () => {
    on.redis?.resume();
    await on.bot?.stop();
    await on.redis?.dispose();
  });
  return on;
}

describe('a frozen Redis (SIGSTOP)', () => {
  const on = useRedisBot();

  const ask = async (question: string): Promise<Json> => {
    const i = fake.command('ask', { question }, { from: fake.newUser() });
    const call = await fake.callbackTo(i);
    return { i, call, message: fake.responseTo(i) };
  };
  const vote = async (message: Json, from = fake.asker): Promise<string> => {
    return (await fake.callbackTo(fake.click(message, upButton(message), { from }))).body.data.content;
  };

  it('still answers every question, skipping the store once its circuit is open, and says a vote could not be confirmed', async () => {
    expect((await ask('When did Trump and Putin meet?')).call.body.type).toBe(4);
    on.redis.pause();
    try {
      for (const q of ['Who is Peskov?', 'Where did they meet?', 'What did Putin say?', 'Why did they meet?']) {
        const { call } = await ask(q);
        expect(call.body.type).toBe(4);
        expect(call.body.data.embeds[0].title).toBe(q);
      }
      const { message } = await ask('When was the summit?');
      expect(await vote(message)).toBe(USER_MESSAGES.feedbackFailed);
      expect(on.bot.logs.filter((l) => String(l.msg).startsWith('store unavailable'))).toHaveLength(1);
    } finally {
      on.redis.resume();
    }
  });

  it('after SIGCONT, a vote pressed again is saved once', async () => {
    const { message } = await ask('When did they talk on the phone?');
    expect(await voteUntilSaved(message)).toBe(USER_MESSAGES.feedbackSaved);
    expect(await vote(message)).toBe(USER_MESSAGES.feedbackSaved);
    const summary = await createFeedbackStore({ store: on.bot.store, log: on.bot.ctx.log }).summary();
    expect(summary.totals.up).toBe(1);
  });
});

describe('a vote pressed first after Redis freezes', () => {
  const on = useRedisBot();

  it('is answered that it could not be confirmed within the store\'s 1 s bound, not after a "thinking…" of 10 s, and is not saved after SIGCONT', async () => {
    const asked = fake.command('ask', { question: 'When did Trump and Putin meet?' }, { from: fake.newUser() });
    await fake.callbackTo(asked);
    const message = fake.responseTo(asked);
    on.redis.pause();
    try {
      const click = fake.click(message, upButton(message));
      const callback = await fake.callbackTo(click);
      // No lock to wait out: a frozen Redis decides nothing by waiting, so the reply comes before a deferral is due.
      expect(callback.body).toMatchObject({ type: 4, data: { content: USER_MESSAGES.feedbackFailed } });
      expect(performance.timeOrigin + callback.at - SnowflakeUtil.timestampFrom(click.id)).toBeLessThan(STORE_DEFAULTS.opTimeoutMs + 500);
    } finally {
      on.redis.resume();
    }
    // Nor is it saved after SIGCONT, as "could not confirm" told the user: the write sat in Redis's socket buffer and ran
    // once it resumed, and the delete sent after it on the same connection ran right behind it (s51 hard15).
    const feedback = createFeedbackStore({ store: on.bot.store, log: on.bot.ctx.log });
    let summary: Awaited<ReturnType<typeof feedback.summary>> | null = null;
    for (let k = 0; summary === null && k < 50; k++) {
      await settle(200);
      summary = await feedback.summary().catch(() => null);
    }
    expect(summary?.totals).toMatchObject({ up: 0, down: 0 });
  });
});

describe('a burst of questions while Redis is frozen, and as it comes back', () => {
  const on = useRedisBot();

  /** The answer the interaction ends with: its first response, or the public message after "working on it". */
  const answerOf = async (i: { id: string; token: string }): Promise<Json> => {
    const first = await fake.callbackTo(i);
    if (first.body.data?.content !== USER_MESSAGES.workingOnIt) return first.body.data;
    const follow = await fake.waitForCall((c) => c.method === 'POST' && c.path.endsWith(`/webhooks/${fake.applicationId}/${i.token}`));
    return follow.body;
  };

  it('answers every question of a burst past the in-flight bound with one first response each, frozen and after SIGCONT', async () => {
    expect((await fake.callbackTo(fake.command('ask', { question: QUESTIONS[0] }, { from: fake.newUser() }))).body.type).toBe(4);
    on.redis.pause();
    const asked: { i: { id: string; token: string }; question: string }[] = [];
    const burst = (n: number) => {
      for (let k = 0; k < n; k++) {
        const question = `${QUESTIONS[k % QUESTIONS.length]}`;
        asked.push({ i: fake.command('ask', { question }, { from: fake.newUser() }), question });
      }
    };
    let resumed = false;
    try {
      // Past DISCORD_DEFAULTS.admission.maxInFlight (32), so some wait for a slot while the store's first calls time out.
      burst(40);
      await Promise.all(asked.slice(0, 20).map(({ i }) => fake.callbackTo(i)));
      // Redis comes back while the rest of the burst is still being answered, and 20 more arrive.
      on.redis.resume();
      resumed = true;
      burst(20);
      const answers = await Promise.all(asked.map(({ i }) => answerOf(i)));
      answers.forEach((a, k) => expect(a.embeds?.[0]?.title).toBe(asked[k].question));
      for (const { i } of asked) {
        const firsts = fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`/${i.id}/${i.token}/callback`));
        expect(firsts).toHaveLength(1);
      }
      expect(fake.calls.filter((c) => JSON.stringify(c.body ?? null).includes(USER_MESSAGES.apology))).toEqual([]);
    } finally {
      if (!resumed) on.redis.resume();
    }
  });
});

describe('a burst of 50 questions while Redis restarts (killed, then started again on its port)', () => {
  const on = useRedisBot();

  it('answers each once with its own answer and no apology, and uses the store again once Redis is back', async () => {
    expect((await fake.callbackTo(fake.command('ask', { question: QUESTIONS[0] }, { from: fake.newUser() }))).body.type).toBe(4);
    const asked: { i: { id: string; token: string }; question: string }[] = [];
    const stopped = on.redis.stop();
    for (let k = 0; k < 50; k += 1) {
      const question = QUESTIONS[k % QUESTIONS.length]!;
      asked.push({ i: fake.command('ask', { question }, { from: fake.newUser() }), question });
      // Half asked while Redis dies, half while it starts again.
      if (k === 24) {
        await stopped;
        void on.redis.restart();
      }
    }
    // Answered directly or, when it waited past its deferral on a busy machine, after "working on it": each its own answer.
    const answers = await Promise.all(asked.map(({ i }) => fake.answerTo(i)));
    answers.forEach((a, k) => expect(a.embeds?.[0]?.title).toBe(asked[k]!.question));
    for (const { i } of asked) {
      expect(fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`/${i.id}/${i.token}/callback`))).toHaveLength(1);
    }
    expect(fake.calls.filter((c) => JSON.stringify(c.body ?? null).includes(USER_MESSAGES.apology))).toEqual([]);
    // The probe finds the new server; a vote is then saved in it.
    expect(await voteUntilSaved(answers[0])).toBe(USER_MESSAGES.feedbackSaved);
  });
});

describe('a DM conversation while Redis is frozen', () => {
  const on = useRedisBot();

  /** The bot's reply to the DM with id `messageId`. */
  const replyTo = (messageId: string) =>
    fake.waitForCall(
      (c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path) && c.body?.message_reference?.message_id === messageId,
    );

  it('answers a follow-up about the subject of the question before, as with Redis answering', async () => {
    const FIRST = 'who is the Kremlin spokesman?';
    const FOLLOW_UP = 'and what did he say about the calls?';
    const followUp = answer(coverage, FOLLOW_UP, null, { previous: answer(coverage, FIRST, null).subject });
    const shown = formatAnswer({ answer: followUp, hint: null, page: 0 }, on.bot.ctx.settings).embeds[0]!.description!;
    // What the follow-up asked alone gets instead: another answer, not about Peskov.
    expect(
      formatAnswer({ answer: answer(coverage, FOLLOW_UP, null), hint: null, page: 0 }, on.bot.ctx.settings).embeds[0]!.description,
    ).not.toBe(shown);
    const from = fake.newUser();
    on.redis.pause();
    try {
      await replyTo(fake.post(FIRST, { dm: true, from }));
      const reply = await replyTo(fake.post(FOLLOW_UP, { dm: true, from }));
      expect(reply.body.embeds[0].description).toBe(shown);
    } finally {
      on.redis.resume();
    }
  });
});
