import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { USER_MESSAGES } from '../../src/present/messages.js';
import { DISCORD_DEFAULTS } from '../../src/discord/defaults.js';
import { createFeedbackStore } from '../../src/store/records/feedback.js';
import { startRedisServer, type RedisServer } from '../support/redis-server.js';
import { FakeDiscord, type Json, type RecordedCall } from './support/fake-discord.js';
import { loadSeedCoverage, startTestBot, type TestBot } from './support/test-bot.js';

/** Issue 13 on the real discord.js client against the loopback fake: shedding, errors after a deferral, a frozen store. */

let coverage: Coverage;
let fake: FakeDiscord;
beforeAll(async () => {
  coverage = await loadSeedCoverage();
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.stop();
});

const callbackOf = (i: { id: string; token: string }): Promise<RecordedCall> =>
  fake.waitForCall((c) => c.method === 'POST' && c.path === `/api/v10/interactions/${i.id}/${i.token}/callback`);
const callsFor = (i: { token: string }) => fake.calls.filter((c) => c.path.includes(`/${i.token}`));
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('admission', () => {
  it('drops, without any response, interactions that waited past the window behind a full process, and logs that once', async () => {
    // One at a time, and a short window: the first question waits for the coverage ("working on it"), the rest queue.
    const admission = { ...DISCORD_DEFAULTS.admission, maxInFlight: 1, expireAfterMs: 300, deferAfterMs: 200 };
    const bot = await startTestBot(fake, { coverage: null, settings: { admission } });
    try {
      const first = fake.command('when', { question: 'did they meet' }, { from: fake.newUser() });
      expect((await callbackOf(first)).body).toMatchObject({ type: 4, data: { content: USER_MESSAGES.workingOnIt, flags: 64 } });
      const queued = [1, 2, 3].map(() => fake.command('who', { question: 'is Peskov' }, { from: fake.newUser() }));
      await settle(600);
      bot.slot.set(coverage);
      await fake.waitForCall((c) => c.method === 'POST' && c.path.endsWith(`/webhooks/${fake.applicationId}/${first.token}`));
      await settle(300);
      for (const i of queued) expect(callsFor(i)).toEqual([]);
      const shed = bot.logs.filter((l) => l.msg === 'interaction shed: too old to answer in time');
      expect(shed).toHaveLength(1);
      expect(bot.ctx.admission.inFlight).toBe(0);
    } finally {
      await bot.stop();
    }
  });

  it('answers at once while the process is under its bound', async () => {
    const bot = await startTestBot(fake, { coverage });
    try {
      const calls = await Promise.all(
        [1, 2, 3, 4].map(() => callbackOf(fake.command('when', { question: 'did they meet' }, { from: fake.newUser() }))),
      );
      for (const call of calls) expect(call.body.type).toBe(4);
    } finally {
      await bot.stop();
    }
  });
});

describe('an error after "working on it"', () => {
  it('turns the notice only the user sees into the apology; the channel sees nothing', async () => {
    const bot = await startTestBot(fake, { coverage: null, logLevel: 'silent' });
    try {
      bot.ctx.core.answer = () => {
        throw new Error('the core failed');
      };
      const i = fake.command('when', { question: 'did they meet' }, { from: fake.newUser() });
      expect((await callbackOf(i)).body).toMatchObject({ type: 4, data: { content: USER_MESSAGES.workingOnIt, flags: 64 } });
      bot.slot.set(coverage);
      const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path.endsWith(`/${i.token}/messages/@original`));
      expect(edit.body).toMatchObject({ content: USER_MESSAGES.apology, embeds: [], components: [] });
      expect(fake.responseTo(i)).toMatchObject({ content: USER_MESSAGES.apology, flags: 64 });
      expect(callsFor(i).filter((c) => c.method === 'POST' && !c.path.endsWith('/callback'))).toEqual([]);
    } finally {
      await bot.stop();
    }
  });
});

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
    const call = await callbackOf(i);
    return { i, call, message: fake.responseTo(i) };
  };
  const vote = async (message: Json, from = fake.asker): Promise<string> => {
    const id = message.components[0].components.find((b: Json) => b.custom_id.startsWith('f1|u|')).custom_id;
    return (await callbackOf(fake.click(message, id, { from }))).body.data.content;
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
