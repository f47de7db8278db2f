import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import type { Answer } from '../../src/answer/types.js';
import type { Coverage } from '../../src/coverage/types.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import { formatAnswer } from '../../src/discord/format/answer.js';
import { FakeDiscord, type RecordedCall } from './support/fake-discord.js';
import { useSeedBot, startTestBot, type TestBot } from './support/test-bot.js';

let coverage: Coverage;
let fake: FakeDiscord;
let bot: TestBot;
useSeedBot((s) => ({ coverage, fake, bot } = s));

const ask = async (f: FakeDiscord, question: string): Promise<RecordedCall> => {
  const i = f.command('ask', { question }, { from: f.newUser() });
  return f.callbackTo(i);
};
const shown = (expected: Answer): string =>
  formatAnswer({ answer: expected, hint: 'ask', page: 0 }, bot.ctx.settings).embeds[0]!.description!;
const cacheHits = (b: TestBot) => b.logs.filter((l) => l.msg === 'answer from the cache').length;

describe('answers through the answer cache', () => {
  it('answers a question asked again, in other words, from the cache, titled as its asker wrote it', async () => {
    const hits = cacheHits(bot);
    const first = await ask(fake, 'Who is Peskov?');
    const again = await ask(fake, 'who is   peskov');
    expect(cacheHits(bot)).toBe(hits + 1);
    expect(again.body.data.embeds[0].title).toBe('who is peskov');
    expect(again.body.data.embeds[0].description).toBe(first.body.data.embeds[0].description);
  });

  it('says how it read a misspelt name on a hit from the cache too', async () => {
    const question = 'who is Peskof?';
    const first = await ask(fake, question);
    expect(first.body.data.embeds[0].description).toContain('Read Peskof as Peskov.');
    const hits = cacheHits(bot);
    const again = await ask(fake, question);
    expect(cacheHits(bot)).toBe(hits + 1);
    expect(again.body.data.embeds[0].description).toBe(first.body.data.embeds[0].description);
  });

  it('says once, on a hit too, that only the last question of a long message was answered', async () => {
    const message = `${'I read the coverage of the summit and the calls before it, and I have lost track of the dates. '.repeat(6)}When did they meet?`;
    const first = await ask(fake, message);
    const again = await ask(fake, message);
    const said = USER_MESSAGES.lastQuestionRead(bot.ctx.answerSettings.maxQuestionChars);
    expect(first.body.data.embeds[0].description.split(said)).toHaveLength(2);
    expect(again.body.data.embeds[0].description).toBe(first.body.data.embeds[0].description);
  });

  it('shows the cached answer on a hit, as another shard would have stored it', async () => {
    const stored = answer(coverage, 'when did Trump and Putin meet in Alaska', 'ask');
    const key = { hint: 'ask', corpusVersion: coverage.version, rankerVersion: bot.ctx.answerSettings.ranker.version };
    await bot.ctx.answerCache.set({ ...key, question: 'who denied the phone call' }, stored);
    const reply = await ask(fake, 'who denied the phone call');
    expect(reply.body.data.embeds[0].description).toBe(shown(stored));
  });

  it('answers afresh, not from the cache, once the core answers with other ranker weights', async () => {
    const shipped = bot.ctx.answerSettings;
    await ask(fake, 'Who met Putin in Alaska?');
    const hits = cacheHits(bot);
    try {
      bot.ctx.answerSettings = { ...shipped, ranker: { ...shipped.ranker, version: `${shipped.ranker.version}-refitted` } };
      await ask(fake, 'Who met Putin in Alaska?');
      expect(cacheHits(bot)).toBe(hits);
      await ask(fake, 'Who met Putin in Alaska?');
      expect(cacheHits(bot)).toBe(hits + 1);
    } finally {
      bot.ctx.answerSettings = shipped;
    }
  });

  it('answers from the index when the store is down', async () => {
    const other = await FakeDiscord.start();
    const down = await startTestBot(other, { coverage });
    try {
      await down.store.close();
      const question = 'when did Trump and Putin meet in Alaska';
      for (let i = 0; i < 2; i += 1) {
        expect((await ask(other, question)).body.data.embeds[0].description).toBe(shown(answer(coverage, question, 'ask')));
      }
      expect(cacheHits(down)).toBe(0);
    } finally {
      await down.stop();
      await other.stop();
    }
  });
});
