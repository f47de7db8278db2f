import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SnowflakeUtil } from 'discord.js';
import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import type { Coverage } from '../../src/coverage/types.js';
import { STORE_DEFAULTS } from '../../src/store/defaults.js';
import { createFeedbackStore } from '../../src/store/records/feedback.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import { seedCoverage } from '../support/seed-coverage.js';
import { startWriter } from '../support/start-sqlite-writer.js';
import { FakeDiscord, type Json } from './support/fake-discord.js';
import { startTestBot } from './support/test-bot.js';

/** Discord's window for an interaction's first response (discord.com/developers/docs/interactions/receiving-and-responding). */
const DISCORD_WINDOW_MS = 3_000;

let coverage: Coverage;
let dir: string;
beforeAll(async () => {
  coverage = await seedCoverage();
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-vote-locked-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const buttonId = (message: Json, prefix: string): string =>
  message.components[0].components.find((b: Json) => b.custom_id.startsWith(prefix)).custom_id;

/**
 * A bot on the SQLite file at `name` and another real process on it (test/support/sqlite-writer.ts) that writes one vote,
 * then holds the file's write lock `holdMs` (or until `holder.release()`) in one transaction, as saving the index does
 * (src/store/defaults.ts busyTimeoutMs); `press` asks a question, presses 👎 on the answer once the lock is held and
 * returns the click.
 */
async function lockedBot(name: string, holdMs: number | 'release') {
  const url = `sqlite://${join(dir, name)}`;
  const holder = startWriter(url, 'holder', { count: 2, bulkEvery: 1_000, bulkChars: 10, holdMs });
  const fake = await FakeDiscord.start();
  const bot = await startTestBot(fake, { coverage, storeUrl: url });
  return {
    fake,
    bot,
    holder,
    /** With `askedMeanwhile`, that many questions are answered once the lock is held, their writes queued before the vote's. */
    async press(askedMeanwhile = 0) {
      await holder.loaded;
      const message = await fake.answerTo(fake.command('when', { question: 'did they meet' }));
      await this.hold();
      for (let k = 0; k < askedMeanwhile; k += 1) await fake.callbackTo(fake.command('who', { question: `is Peskov ${k}` }));
      // The lock's reads (WAL) are answered at once, so a circuit open now is the machine's starvation, not the lock's.
      await bot.storeInUse();
      return fake.click(message, buttonId(message, 'f1|d|'));
    },
    /** Resolves once the other process holds the file's write lock. */
    async hold() {
      await holder.loaded;
      holder.go();
      await holder.printed('holding');
    },
    /** The down votes in the file, read once the holder has ended (and released the lock). */
    async downVotes() {
      expect((await holder.ended).code).toBe(0);
      return (await createFeedbackStore({ store: bot.store, log: bot.ctx.log }).summary()).totals.down;
    },
    async stop() {
      await bot.stop();
      await fake.stop();
    },
  };
}

/** The deferred reply's text once edited in (discord.js editReply: PATCH …/messages/@original). */
async function editedReply(fake: FakeDiscord, click: { token: string }): Promise<string> {
  const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(`/webhooks/`) && c.path.includes(click.token));
  return edit.body.content;
}

describe('👍 / 👎 while another process holds the SQLite file', () => {
  it('defers the reply while the vote waits for a lock held past the store bound, then says it was saved once the lock is released within the SQLite busy timeout, and the vote is in the store', async () => {
    // Held until the reply is deferred, then released: a hold of a fixed 2.5 s from the lock's start ended before a
    // click that reached the store late on a busy machine, which was then saved at once and answered without a deferral.
    // Released on the deferral (1.5 s after the click arrived, deferAfterMs), the vote has waited past the store's 1 s bound
    // and, released at once, ends well within SQLite's busy timeout.
    expect(STORE_DEFAULTS.opTimeoutMs).toBeLessThan(STORE_DEFAULTS.sqlite.busyTimeoutMs);
    const run = await lockedBot('saved.sqlite', 'release');
    try {
      const click = await run.press();
      const callback = await run.fake.callbackTo(click);
      // Acknowledged within Discord's window, privately, without a word on whether the vote is saved.
      expect(performance.timeOrigin + callback.at - SnowflakeUtil.timestampFrom(click.id)).toBeLessThan(DISCORD_WINDOW_MS);
      expect(callback.body).toMatchObject({ type: 5, data: { flags: 64 } });
      run.holder.release();
      expect(await editedReply(run.fake, click)).toBe(USER_MESSAGES.feedbackSaved);
      expect(run.fake.responseTo(click)?.content).toBe(USER_MESSAGES.feedbackSaved);
      // Told "saved": it is, in the file.
      expect(await run.downVotes()).toBe(1);
      expect(run.bot.store.healthy).toBe(true);
    } finally {
      run.holder.release();
      await run.stop();
    }
  });

  it('says it could not confirm a vote only when SQLite gave up on a lock held past its busy timeout, and that vote is not in the store', async () => {
    // Held until the user has been told: a hold of 7 s from the lock's start ended inside the vote's 5 s wait whenever
    // the click reached the store more than 2 s after it, as on a busy machine (s52 hard16).
    const run = await lockedBot('not-saved.sqlite', 'release');
    try {
      const click = await run.press();
      expect((await run.fake.callbackTo(click)).body).toMatchObject({ type: 5, data: { flags: 64 } });
      expect(await editedReply(run.fake, click)).toBe(USER_MESSAGES.feedbackFailed);
      // Told "could not confirm": the write failed (SQLITE_BUSY), so no vote lands after the lock is released.
      run.holder.release();
      expect(await run.downVotes()).toBe(0);
    } finally {
      run.holder.release();
      await run.stop();
    }
  });

  it('says it could not confirm a vote queued behind two other writes while the lock is held past its bound, and that vote is not in the store', async () => {
    // Held until the user has been told, so past the vote's bound however slowly this machine reaches the vote: a hold of
    // the bound + 2 s from the lock's start ended inside the vote's own wait when the click came late, and the vote was
    // then saved and said so (s52 hard16).
    const run = await lockedBot('queued.sqlite', 'release');
    try {
      // One more answer once the lock is held: its cached answer and its count wait before the vote.
      const click = await run.press(1);
      expect((await run.fake.callbackTo(click)).body).toMatchObject({ type: 5, data: { flags: 64 } });
      const reply = await editedReply(run.fake, click);
      const edit = run.fake.calls.find((c) => c.method === 'PATCH' && c.path.includes(click.token))!;
      expect(performance.timeOrigin + edit.at - SnowflakeUtil.timestampFrom(click.id)).toBeLessThan(
        STORE_DEFAULTS.confirmedWriteTimeoutMs + 1_000,
      );
      expect(reply).toBe(USER_MESSAGES.feedbackFailed);
      run.holder.release();
      expect(await run.downVotes()).toBe(0);
    } finally {
      run.holder.release();
      await run.stop();
    }
  });

  it('answers a DM question while the lock is held without waiting for its follow-up subject to be saved, and the follow-up after it refers to it', async () => {
    const run = await lockedBot('dm.sqlite', 4_000);
    const replyTo = (messageId: string) =>
      run.fake.waitForCall(
        (c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path) && c.body?.message_reference?.message_id === messageId,
      );
    try {
      await run.hold();
      const from = run.fake.newUser();
      const asked = performance.now();
      const first = await replyTo(run.fake.post('who is the Kremlin spokesman?', { dm: true, from }));
      // The reads an answer waits for are WAL reads, answered at once; only the subject's write waits for the lock.
      expect(first.at - asked).toBeLessThan(STORE_DEFAULTS.opTimeoutMs);
      const followUp = await replyTo(run.fake.post('and what did he say about the calls?', { dm: true, from }));
      expect(followUp.body.embeds[0].description).toContain('Peskov');
      expect((await run.holder.ended).code).toBe(0);
    } finally {
      await run.stop();
    }
  });
});
