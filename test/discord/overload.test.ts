import { describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import { DISCORD_DEFAULTS } from '../../src/discord/defaults.js';
import { FakeDiscord } from './support/fake-discord.js';
import { startTestBot, useSeedFake } from './support/test-bot.js';

/**
 * Issue 13 on the real discord.js client against the loopback fake: shedding, errors after a deferral. The frozen store,
 * which needs a redis-server, is frozen-store.redis.test.ts.
 */

let coverage: Coverage;
let fake: FakeDiscord;
useSeedFake((s) => ({ coverage, fake } = s));

const callsFor = (i: { token: string }) => fake.calls.filter((c) => c.path.includes(`/${i.token}`));
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The lines that log interactions dropped unanswered: shed while waiting behind a full process, or past their time
 * already when they arrived (on a starved machine an interaction can reach the bot that late too).
 */
const dropLines = (logs: { msg: string }[]): string[] =>
  logs
    .map((l) => l.msg)
    .filter((msg) => msg === 'interaction shed: too old to answer in time' || msg.startsWith('interaction dropped: past its time'));

describe('admission', () => {
  it('drops, without any response, interactions that waited past the window behind a full process, and logs that once', async () => {
    // One at a time, and a short window: an /add fetching a page that does not come holds the one slot, the rest queue.
    const admission = { ...DISCORD_DEFAULTS.admission, maxInFlight: 1, expireAfterMs: 300, deferAfterMs: 200 };
    let fetched = (): void => {};
    const addPage = () => new Promise<never>((_resolve, reject) => (fetched = () => reject(new Error('the page server hung up'))));
    const owner = fake.newUser();
    const bot = await startTestBot(fake, { coverage, settings: { admission }, ownerIds: [owner.id], addPage, logLevel: 'warn' });
    try {
      const add = fake.command('add', { url: 'https://example.org/slow-page' }, { from: owner });
      expect((await fake.callbackTo(add)).body).toMatchObject({ type: 5, data: { flags: 64 } });
      const queued = [1, 2, 3].map(() => fake.command('who', { question: 'is Peskov' }, { from: fake.newUser() }));
      await settle(600);
      fetched();
      await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(`/${add.token}/`));
      await settle(300);
      for (const i of queued) expect(callsFor(i)).toEqual([]);
      // Logged once for the three, or once for each way they were dropped.
      const dropped = dropLines(bot.logs);
      expect(dropped.length).toBeGreaterThan(0);
      expect(new Set(dropped).size).toBe(dropped.length);
      expect(bot.ctx.admission.inFlight).toBe(0);
    } finally {
      await bot.stop();
    }
  });

  it('answers every interaction that arrives while the coverage loads: one waiting for it gives its slot back meanwhile', async () => {
    // Two slots and a short window: five askers while the coverage loads held both slots, and the other three were shed.
    const admission = { ...DISCORD_DEFAULTS.admission, maxInFlight: 2, expireAfterMs: 300, deferAfterMs: 200 };
    const bot = await startTestBot(fake, { coverage: null, settings: { admission } });
    try {
      const asked = ['did they meet', 'did they talk', 'did Trump speak', 'did Putin speak', 'did they agree'].map((question) =>
        fake.command('when', { question }, { from: fake.newUser() }),
      );
      await settle(600);
      for (const i of asked) {
        expect(callsFor(i)[0]?.body).toMatchObject({ type: 4, data: { content: USER_MESSAGES.workingOnIt, flags: 64 } });
      }
      bot.slot.set(coverage);
      for (const [k, i] of asked.entries()) {
        const answer = await fake.waitForCall((c) => c.method === 'POST' && c.path.endsWith(`/webhooks/${fake.applicationId}/${i.token}`));
        expect(answer.body.embeds[0].title).toBe(
          ['did they meet', 'did they talk', 'did Trump speak', 'did Putin speak', 'did they agree'][k],
        );
      }
      expect(dropLines(bot.logs)).toEqual([]);
      await settle(100);
      expect(bot.ctx.admission.inFlight).toBe(0);
    } finally {
      await bot.stop();
    }
  });

  it('answers at once while the process is under its bound', async () => {
    const bot = await startTestBot(fake, { coverage });
    try {
      const calls = await Promise.all(
        [1, 2, 3, 4].map(() => fake.callbackTo(fake.command('when', { question: 'did they meet' }, { from: fake.newUser() }))),
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
      expect((await fake.callbackTo(i)).body).toMatchObject({ type: 4, data: { content: USER_MESSAGES.workingOnIt, flags: 64 } });
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
