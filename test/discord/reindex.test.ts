import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../../src/analyse/nlp.js';
import { answer } from '../../src/answer/answer.js';
import { loadCoverage } from '../../src/coverage/load-coverage.js';
import type { Coverage } from '../../src/coverage/types.js';
import { DISCORD_DEFAULTS } from '../../src/discord/defaults.js';
import { formatAnswer } from '../../src/discord/format/answer.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import { hashUserId } from '../../src/store/records/feedback.js';
import { ADMIN_PERMISSIONS, FakeDiscord, type RecordedCall } from './support/fake-discord.js';
import { SEEDS_DIR } from '../support/seed-coverage.js';
import { startTestBot, type TestBot } from './support/test-bot.js';

/** An article only the new coverage has: the one naming the base where the presidents met. */
const NEW_ARTICLE = '003_31b76e603aeb2cfa';
const QUESTION = 'which military base did the presidents meet at?';

const nlp = createNlp();
let dir: string;
let emptyDir: string;
let oldCoverage: Coverage;
let fake: FakeDiscord;
let bot: TestBot;
/** What the bot's rebuilds read: the corpus folder, held back from holdRebuilds() until release(). */
let corpus: string;
let loads = 0;
let gate = Promise.resolve();
let release = (): void => {};
const holdRebuilds = (): void => {
  gate = new Promise((resolve) => (release = resolve));
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-reindex-'));
  emptyDir = await mkdtemp(path.join(tmpdir(), 'coverage-bot-empty-'));
  for (const name of ['000_9fa6195cd0faa982.txt', '001_6cafe41d9e784b11.txt', '002_62dcc4dcba42d8bd.txt']) {
    await copyFile(path.join(SEEDS_DIR, name), path.join(dir, name));
  }
  corpus = dir;
  oldCoverage = (await loadCoverage({ nlp, corpusDir: dir })).coverage;
  fake = await FakeDiscord.start();
  const load = async () => {
    loads += 1;
    await gate;
    // No analysis cache here: a rebuild analyses every article.
    return loadCoverage({ nlp, corpusDir: corpus });
  };
  bot = await startTestBot(fake, { coverage: oldCoverage, ownerIds: [fake.asker.id], load });
});
afterAll(async () => {
  await bot.stop();
  await fake.stop();
  await rm(dir, { recursive: true, force: true });
  await rm(emptyDir, { recursive: true, force: true });
});

/** The edit of a deferred response: where /reindex puts its summary. */
const editOf = (i: { token: string }): Promise<RecordedCall> =>
  fake.waitForCall((c) => c.method === 'PATCH' && c.path === `/api/v10/webhooks/${fake.applicationId}/${i.token}/messages/@original`);
/** The answer embed's text as the bot would show `expected`. */
const shown = (expected: ReturnType<typeof answer>): string =>
  formatAnswer({ answer: expected, hint: 'ask', page: 0 }, DISCORD_DEFAULTS).embeds[0]!.description!;

describe('/reindex', () => {
  it('is registered for members with Manage Server by default', () => {
    expect(bot.ctx.commands.get('reindex')!.data.default_member_permissions).toBe('32');
  });

  it('refuses a member without Manage Server who is not an owner, and does not rebuild', async () => {
    const i = fake.command('reindex', {}, { from: fake.newUser() });
    const call = await fake.callbackTo(i);
    expect(call.body).toMatchObject({ type: 4, data: { flags: 64, content: USER_MESSAGES.reindexNotAllowed } });
    expect(loads).toBe(0);
  });

  it('rebuilds beside the old index: questions meanwhile get the old answers, then the new index answers; a request during a rebuild queues one more, which reports no change', async () => {
    await copyFile(path.join(SEEDS_DIR, `${NEW_ARTICLE}.txt`), path.join(dir, `${NEW_ARTICLE}.txt`));
    const newCoverage = (await loadCoverage({ nlp, corpusDir: dir })).coverage;
    const before = answer(oldCoverage, QUESTION, 'ask');
    const after = answer(newCoverage, QUESTION, 'ask');
    // The new article answers the question; the old coverage does not.
    expect(after.excerpts[0]?.article.id).toBe(NEW_ARTICLE);
    expect(before.excerpts.map((e) => e.article.id)).not.toContain(NEW_ARTICLE);

    // An owner in a DM and a server manager in the server, while the rebuild is held back.
    holdRebuilds();
    const manager = fake.newUser('manager');
    const byOwner = fake.command('reindex', {}, { dm: true });
    const byManager = fake.command('reindex', {}, { from: manager, permissions: ADMIN_PERMISSIONS });
    for (const i of [byOwner, byManager]) expect((await fake.callbackTo(i)).body).toMatchObject({ type: 5, data: { flags: 64 } });
    for (const user of [fake.asker, manager]) await bot.waitForLog((l) => l.msg === 're-index requested' && l.user === hashUserId(user.id));

    const during = await fake.callbackTo(fake.command('ask', { question: QUESTION }, { from: fake.newUser() }));
    expect(during.body.data.embeds[0].description).toBe(shown(before));

    // Which request starts the rebuild is the one whose deferral Discord confirmed first, not the one sent first: read
    // from the bot's log, which says "re-index requested" just as each asks for its rebuild (under load the manager's came
    // first once, s53 hard17).
    const requested = bot.logs.filter((l) => l.msg === 're-index requested').map((l) => l.user);
    const [first, queued] = requested[0] === hashUserId(fake.asker.id) ? [byOwner, byManager] : [byManager, byOwner];
    release();
    expect((await editOf(first)).body.content).toMatch(
      /^Re-indexed 4 articles in \d+\.\d s \(4 analysed now\): 1 added, 3 unchanged\.\nAdded: `003_31b76e603aeb2cfa`$/,
    );
    // The other request came while the first's rebuild ran: it was queued, rebuilt after it and found nothing new.
    expect((await editOf(queued)).body.content).toMatch(/^Re-indexed 4 articles in \d+\.\d s \(4 analysed now\): nothing changed\.$/);
    expect(loads).toBe(2);

    const afterwards = await fake.callbackTo(fake.command('ask', { question: QUESTION }, { from: fake.newUser() }));
    expect(afterwards.body.data.embeds[0].description).toBe(shown(after));
    expect(bot.slot.current()!.version).toBe(newCoverage.version);
  });

  it('when the rebuild fails, says so and keeps answering from the coverage it had', async () => {
    const version = bot.slot.current()!.version;
    corpus = emptyDir;
    const i = fake.command('reindex', {}, { dm: true });
    await fake.callbackTo(i);
    expect((await editOf(i)).body.content).toBe(USER_MESSAGES.reindexFailed);
    expect(bot.logs).toContainEqual(
      expect.objectContaining({ level: 50, msg: 're-index failed; keeping the previous coverage', command: 'reindex' }),
    );
    expect(bot.slot.current()!.version).toBe(version);
    const reply = await fake.callbackTo(fake.command('ask', { question: QUESTION }, { from: fake.newUser() }));
    expect(reply.body.data.embeds[0].description).toContain('Trump Plans to Talk to Putin');
  });
});
