import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DEFAULTS } from '../../../src/add/defaults.js';
import { createNlp } from '../../../src/analyse/nlp.js';
import { startCoverageThread, type CoverageThread } from '../../../src/coverage-thread/coverage-thread.js';
import { createFeedbackStore } from '../../../src/store/records/feedback.js';
import { INDEX_RECORD } from '../../../src/store/records/index-cache.js';
import { USER_MESSAGES } from '../../../src/user-messages.js';
import { startPageServer, type PageServer } from '../../support/page-server.js';
import { SEEDS_DIR } from '../../support/seed-coverage.js';
import { FakeDiscord, type Json } from './fake-discord.js';
import { startTestBot, type TestBot } from './test-bot.js';

/** A page of the extraction dataset's fit split, as the benchmark saved it (the one test/discord/add.test.ts adds). */
const AUDI = gunzipSync(await readFile(path.join(import.meta.dirname, '../../fixtures/html/3cb22bfa.html.gz')));
const SEEDS = ['000_9fa6195cd0faa982.txt', '001_6cafe41d9e784b11.txt'];
/** The loopback page server needs ALLOW_PRIVATE_FETCH=1. */
const LOOPBACK = { ...ADD_DEFAULTS.fetch, allowPrivate: true };

/** A store a test can make refuse every write while it serves reads, and take writes again. */
export interface StoreRefusingWrites {
  storeUrl: string;
  /** What the logged error names: SQLite's code, or the first word of Redis's reply. */
  code: string;
  refuse(): Promise<void>;
  accept(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * The bot as src/main.ts composes it, on a store `faultOf` makes, for the file this is called in: the answering thread
 * and the coverage thread each open the store (its votes and cached answers; the analyses and the saved index), and the
 * test makes it refuse writes while the bot runs.
 */
export function describeBotOnStoreRefusingWrites(title: string, faultOf: () => Promise<StoreRefusingWrites>): void {
  let fault: StoreRefusingWrites;
  let corpus: string;
  let pages: PageServer;
  let fake: FakeDiscord;
  let thread: CoverageThread;
  let bot: TestBot;

  beforeAll(async () => {
    fault = await faultOf();
    corpus = await mkdtemp(path.join(tmpdir(), 'coverage-bot-refusing-store-'));
    for (const name of SEEDS) await copyFile(path.join(SEEDS_DIR, name), path.join(corpus, name));
    pages = await startPageServer();
    pages.route('/audi', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(AUDI));
    fake = await FakeDiscord.start();
    const { storeUrl } = fault;
    thread = startCoverageThread({ corpusDir: corpus, storeUrl, logLevel: 'silent', nlp: createNlp(), log: pino({ level: 'silent' }) });
    const { coverage } = await thread.load();
    bot = await startTestBot(fake, {
      coverage,
      storeUrl,
      ownerIds: [fake.asker.id],
      load: () => thread.load(),
      addPage: (link) => thread.add(link, LOOPBACK),
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await thread?.close();
    await fake?.stop();
    await pages?.stop();
    await fault?.dispose();
    await rm(corpus, { recursive: true, force: true });
  });

  const buttonId = (message: Json, prefix: string): string =>
    message.components[0].components.find((b: Json) => b.custom_id.startsWith(prefix)).custom_id;

  /** What the user is told after pressing a 👍/👎: the reply, or the edit of its private "thinking…". */
  async function voteReply(click: { id: string; token: string }): Promise<string> {
    const first = (await fake.callbackTo(click)).body;
    if (first.type !== 5) return first.data.content;
    return (await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(click.token))).body.content;
  }

  /** The private edit that answers a deferred /add or /reindex. */
  async function deferredReply(i: { token: string }): Promise<string> {
    return (await fake.waitForCall((c) => c.method === 'PATCH' && c.path.includes(i.token))).body.content;
  }

  async function savedIndexVersion(): Promise<string | undefined> {
    await bot.storeInUse();
    return (await bot.store.records(INDEX_RECORD).get('current'))?.coverageVersion;
  }

  describe(title, () => {
    it('answers from the loaded coverage, tells a voter the vote could not be confirmed, logs the error, loses nothing stored, adds a page, and saves again once the store takes writes, without a restart', async () => {
      const asked = await fake.answerTo(fake.command('when', { question: 'did they meet' }));
      await bot.storeInUse();
      expect(await voteReply(fake.click(asked, buttonId(asked, 'f1|u|')))).toBe(USER_MESSAGES.feedbackSaved);
      const indexBefore = await savedIndexVersion();
      expect(indexBefore).toBe(bot.slot.current()!.version);

      await fault.refuse();
      const logsFrom = bot.logs.length;
      const whileFull = await fake.answerTo(fake.command('who', { question: 'is the Kremlin spokesman' }));
      expect(whileFull.embeds[0].description).toContain('Peskov');
      await bot.storeInUse();
      expect(await voteReply(fake.click(whileFull, buttonId(whileFull, 'f1|d|')))).toBe(USER_MESSAGES.feedbackFailed);
      // Logged as an error naming the cause (once per interval, however many writes are refused), not as a store that is
      // down: its reads go on.
      const errors = bot.logs.slice(logsFrom).filter((l) => l.level >= 50);
      expect(errors.length).toBeGreaterThan(0);
      for (const line of errors) {
        expect(line).toMatchObject({
          msg: expect.stringMatching(/^store cannot write/),
          err: { message: expect.stringContaining(fault.code) },
        });
      }
      const takenForDown = bot.logs.filter((l) => /store unavailable/.test(l.msg) && JSON.stringify(l.err).includes(fault.code));
      expect(takenForDown).toEqual([]);
      // A page added meanwhile is in the folder (not the store's) and answered from; its analysis and the index are not saved.
      const add = fake.command('add', { url: pages.url('/audi') });
      expect(await deferredReply(add)).toMatch(/^Added “2020 Audi e-tron Sportback revealed as electric 4-door coupe”/);
      expect(await readdir(corpus)).toHaveLength(SEEDS.length + 1);
      const fromPage = await fake.answerTo(fake.command('ask', { question: 'Where did the e-tron Sportback make its debut?' }));
      expect(fromPage.embeds[0].description).toContain('LA Auto Show');
      // Nothing stored before is lost: the first vote, and the index saved for the coverage as it was.
      expect(await savedIndexVersion()).toBe(indexBefore);
      expect((await createFeedbackStore({ store: bot.store, log: bot.ctx.log }).summary()).totals).toMatchObject({ up: 1, down: 0 });

      await fault.accept();
      // The first write once the store takes writes is made, by the same bot: the vote, then the re-index's analysis and index.
      await bot.storeInUse();
      expect(await voteReply(fake.click(whileFull, buttonId(whileFull, 'f1|d|')))).toBe(USER_MESSAGES.feedbackSaved);
      expect((await createFeedbackStore({ store: bot.store, log: bot.ctx.log }).summary()).totals).toMatchObject({ up: 1, down: 1 });
      const reindex = fake.command('reindex', {});
      expect(await deferredReply(reindex)).toMatch(/^Re-indexed/);
      expect(await savedIndexVersion()).toBe(bot.slot.current()!.version);
      expect(await savedIndexVersion()).not.toBe(indexBefore);
    });
  });
}
