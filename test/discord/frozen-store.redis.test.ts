import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import { createFeedbackStore } from '../../src/store/records/feedback.js';
import { startRedisServer, type RedisServer } from '../support/redis-server.js';
import { FakeDiscord, type Json } from './support/fake-discord.js';
import { startTestBot, useSeedFake, type TestBot } from './support/test-bot.js';

/** Issue 13 on the real discord.js client against the loopback fake and a real redis-server: a frozen store (SIGSTOP). */

let coverage: Coverage;
let fake: FakeDiscord;
useSeedFake((s) => ({ coverage, fake } = s));

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a frozen Redis (SIGSTOP)', () => {
  let redis: RedisServer;
  let bot: TestBot;
  beforeAll(async () => {
    redis = await startRedisServer();
    bot = await startTestBot(fake, { coverage, storeUrl: redis.url, logLevel: 'warn' });
  });
  afterAll(async () => {
    redis?.resume();
    await bot?.stop();
    await redis?.dispose();
  });

  const ask = async (question: string): Promise<Json> => {
    const i = fake.command('ask', { question }, { from: fake.newUser() });
    const call = await fake.callbackTo(i);
    return { i, call, message: fake.responseTo(i) };
  };
  const vote = async (message: Json, from = fake.asker): Promise<string> => {
    const id = message.components[0].components.find((b: Json) => b.custom_id.startsWith('f1|u|')).custom_id;
    return (await fake.callbackTo(fake.click(message, id, { from }))).body.data.content;
  };

  it('still answers every question, skipping the store once its circuit is open, and says a vote could not be confirmed', async () => {
    expect((await ask('When did Trump and Putin meet?')).call.body.type).toBe(4);
    redis.pause();
    try {
      for (const q of ['Who is Peskov?', 'Where did they meet?', 'What did Putin say?', 'Why did they meet?']) {
        const { call } = await ask(q);
        expect(call.body.type).toBe(4);
        expect(call.body.data.embeds[0].title).toBe(q);
      }
      const { message } = await ask('When was the summit?');
      expect(await vote(message)).toBe(USER_MESSAGES.feedbackFailed);
      expect(bot.logs.filter((l) => String(l.msg).startsWith('store unavailable'))).toHaveLength(1);
    } finally {
      redis.resume();
    }
  });

  it('after SIGCONT, a vote pressed again is saved once', async () => {
    const { message } = await ask('When did they talk on the phone?');
    // The circuit closes when its probe finds Redis answering again.
    let reply = await vote(message);
    for (let i = 0; reply !== USER_MESSAGES.feedbackSaved && i < 50; i++) {
      await settle(200);
      reply = await vote(message);
    }
    expect(reply).toBe(USER_MESSAGES.feedbackSaved);
    expect(await vote(message)).toBe(USER_MESSAGES.feedbackSaved);
    const summary = await createFeedbackStore({ store: bot.store, log: bot.ctx.log }).summary();
    expect(summary.totals.up).toBe(1);
  });
});
