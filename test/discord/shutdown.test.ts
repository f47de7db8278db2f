import { describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import type { Command } from '../../src/discord/context.js';
import { deferPrivately, sendReply, tellWaitingRestarting } from '../../src/discord/interactions/replies.js';
import { textPayload } from '../../src/discord/format/text.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import type { FakeDiscord, RecordedCall } from './support/fake-discord.js';
import { startTestBot, useSeedFake, type TestBot } from './support/test-bot.js';

/**
 * What src/main.ts's shutdown does before the client goes (tellWaitingRestarting), on the real discord.js client against
 * the loopback fake: an asker left with "working on it" is told the bot restarts instead of waiting for an answer that
 * will never come.
 */

let coverage: Coverage;
let fake: FakeDiscord;
useSeedFake((s) => ({ coverage, fake } = s));

const editOfNotice = (i: { token: string }) => (c: RecordedCall) =>
  c.method === 'PATCH' && c.path.endsWith(`/${i.token}/messages/@original`);
const answerTo = (i: { token: string }) => (c: RecordedCall) =>
  c.method === 'POST' && c.path.endsWith(`/webhooks/${fake.applicationId}/${i.token}`);

/**
 * Resolves once the bot has the response to every "working on it" notice back: each interaction then gives its admission
 * slot up to wait for the coverage (coverageFor), and only then is it among the notices a shutdown edits.
 */
async function noticesBack(bot: TestBot): Promise<void> {
  while (bot.ctx.admission.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('a shutdown while askers wait behind "working on it"', () => {
  it('turns the notice of an interaction still waiting for its answer into the restart notice, and leaves an answered one alone', async () => {
    const bot = await startTestBot(fake, { coverage: null, logLevel: 'warn' });
    // "did they talk" is still being answered when the bot shuts down (its cache look-up held); "did they meet" is answered.
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const get = bot.ctx.answerCache.get.bind(bot.ctx.answerCache);
    bot.ctx.answerCache.get = async (key) => {
      if (key.question === 'did they talk') await held;
      return get(key);
    };
    const answered = fake.command('when', { question: 'did they meet' }, { from: fake.newUser() });
    const waiting = fake.command('when', { question: 'did they talk' }, { from: fake.newUser() });
    try {
      for (const i of [answered, waiting]) {
        expect((await fake.callbackTo(i)).body).toMatchObject({ type: 4, data: { content: USER_MESSAGES.workingOnIt, flags: 64 } });
      }
      await noticesBack(bot);
      bot.slot.set(coverage);
      await fake.waitForCall(answerTo(answered));
      await fake.waitForCall((c) => c.method === 'DELETE' && c.path.endsWith(`/${answered.token}/messages/@original`));

      await tellWaitingRestarting(bot.ctx.log, 2_000);

      // Sent and answered before tellWaitingRestarting returns.
      const [edit] = fake.calls.filter(editOfNotice(waiting));
      expect(edit?.body).toMatchObject({ content: USER_MESSAGES.restarting, embeds: [], components: [] });
      expect(fake.responseTo(waiting)).toMatchObject({ content: USER_MESSAGES.restarting, flags: 64 });
      expect(fake.calls.filter(editOfNotice(answered))).toEqual([]);
      expect(fake.calls.filter(answerTo(waiting))).toEqual([]);
    } finally {
      // Answered after all, so it leaves the set of notices for the next test.
      release();
      await fake.waitForCall(answerTo(waiting));
      await bot.stop();
    }
  });

  it('turns the private "thinking…" of an /add and a /reindex still at work into the notice to run them again, and then leaves them', async () => {
    const owner = fake.newUser('owner');
    // The page never comes and the rebuild never ends while the bot shuts down; both end after, as a process would not.
    let finish = (): void => {};
    const stalled = new Promise<void>((resolve) => (finish = resolve));
    // Called once the deferral is back (deferPrivately), so each command is then among the placeholders a shutdown edits.
    const started: string[] = [];
    const addPage = () => (started.push('add'), stalled.then(() => Promise.reject(new Error('the page server hung up'))));
    const load = () => (started.push('reindex'), stalled.then(() => Promise.reject(new Error('the corpus folder went away'))));
    const bot = await startTestBot(fake, { coverage, ownerIds: [owner.id], addPage, load, logLevel: 'warn' });
    try {
      const add = fake.command('add', { url: 'https://example.org/slow-page' }, { from: owner });
      const reindex = fake.command('reindex', {}, { from: owner });
      for (const i of [add, reindex]) expect((await fake.callbackTo(i)).body).toMatchObject({ type: 5, data: { flags: 64 } });
      while (started.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));

      await tellWaitingRestarting(bot.ctx.log, 2_000);

      for (const i of [add, reindex]) {
        const [edit] = fake.calls.filter(editOfNotice(i));
        expect(edit?.body).toMatchObject({ content: USER_MESSAGES.restartingUnfinished, embeds: [], components: [] });
      }
      // Their work ends after all (with an error): the apology replaces the notice, and a second shutdown edits nothing more.
      finish();
      for (const i of [add, reindex]) {
        await fake.waitForCall((c) => editOfNotice(i)(c) && c.body.content !== USER_MESSAGES.restartingUnfinished);
      }
      const edits = fake.calls.filter((c) => editOfNotice(add)(c) || editOfNotice(reindex)(c)).length;
      await tellWaitingRestarting(bot.ctx.log, 2_000);
      expect(fake.calls.filter((c) => editOfNotice(add)(c) || editOfNotice(reindex)(c))).toHaveLength(edits);
    } finally {
      finish();
      await bot.stop();
    }
  });

  it('puts a private "thinking…" whose answer failed to go out back under its own notice, the one a shutdown then writes', async () => {
    const bot = await startTestBot(fake, { coverage, logLevel: 'warn' });
    // A command of the test's own: a private deferral (as /add's) answered through sendReply, whose edit Discord refuses
    // (500 on each of discord.js's 4 tries), and a shutdown before the error is answered.
    const commands = bot.ctx.commands as Map<string, Command>;
    commands.set('probe', {
      data: { name: 'probe', description: 'defers privately, then answers' },
      async execute(interaction) {
        await deferPrivately(interaction);
        fake.failNext({ method: 'PATCH', path: new RegExp(`/${interaction.token}/messages/@original$`), status: 500, times: 4 });
        try {
          await sendReply(interaction, textPayload('The probe is done.'), 'ephemeral');
        } catch (err) {
          await tellWaitingRestarting(bot.ctx.log, 2_000);
          throw err;
        }
      },
    });
    try {
      const probe = fake.command('probe', {});
      await fake.waitForCall((c) => editOfNotice(probe)(c) && c.status === 200);
      const [told] = fake.calls.filter((c) => editOfNotice(probe)(c) && c.status === 200);
      expect(told.body).toMatchObject({ content: USER_MESSAGES.restartingUnfinished });
    } finally {
      commands.delete('probe');
      await bot.stop();
    }
  });

  it('does not hold the shutdown past its bound when Discord takes the edit and never answers, and logs that at warn', async () => {
    const bot = await startTestBot(fake, { coverage: null, logLevel: 'warn' });
    try {
      const waiting = fake.command('when', { question: 'did they meet' }, { from: fake.newUser() });
      await fake.callbackTo(waiting);
      await noticesBack(bot);
      fake.stallNext({ method: 'PATCH', path: new RegExp(`/${waiting.token}/messages/@original$`) });

      const started = performance.now();
      await tellWaitingRestarting(bot.ctx.log, 300);
      const took = performance.now() - started;

      expect((await fake.waitForCall(editOfNotice(waiting))).status).toBe(0);
      expect(took).toBeGreaterThanOrEqual(290);
      // discord.js gives up on a request after 15 s: far past this bound.
      expect(took).toBeLessThan(2_000);
      const line = await bot.waitForLog((l) => l.msg === 'shutdown did not wait longer for the restart notices');
      expect(line).toMatchObject({ level: 40, waiting: 1, unfinished: 1, waitMs: 300 });
    } finally {
      bot.slot.set(coverage);
      await bot.stop();
    }
  });
});
