import { SnowflakeUtil } from 'discord.js';
import { describe, expect, it, afterAll, beforeAll } from 'vitest';
import { createNlp } from '../../../src/analyse/nlp.js';
import { answer } from '../../../src/answer/answer.js';
import { loadCoverage } from '../../../src/coverage/load-coverage.js';
import type { Coverage } from '../../../src/coverage/types.js';
import { USER_MESSAGES } from '../../../src/user-messages.js';
import { escapeText } from '../../../src/discord/format/text.js';
import { createLogger } from '../../../src/log.js';
import { createFeedbackStore } from '../../../src/store/records/feedback.js';
import { openStore } from '../../../src/store/backends/open.js';
import { FakeDiscord, type Json } from '../support/fake-discord.js';
import { SEEDS_DIR } from '../../support/seed-coverage.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

let nlp: ReturnType<typeof createNlp>;
let coverage: Coverage;
let fake: FakeDiscord;
let bot: TestBot;
beforeAll(async () => {
  nlp = createNlp();
  coverage = (await loadCoverage({ nlp, corpusDir: SEEDS_DIR })).coverage;
  fake = await FakeDiscord.start();
  bot = await startTestBot(fake, { coverage });
});
afterAll(async () => {
  await bot.stop();
  await fake.stop();
});

/** Asks a question and returns the message the bot answered with, as the fake holds it. */
async function ask(f: FakeDiscord, command: string, question: string): Promise<Json> {
  const i = f.command(command, { question });
  await f.callbackTo(i);
  return f.responseTo(i);
}

const buttonId = (message: Json, prefix: string): string =>
  message.components[0].components.find((b: Json) => b.custom_id.startsWith(prefix)).custom_id;

describe('More sources', () => {
  /** A question the seeds answer from three articles, so there is a next source to page to. */
  const PAGED = 'did Putin and Trump speak by phone';

  it('updates the answer in place to feature the next excerpt', async () => {
    const expected = answer(coverage, PAGED, 'when');
    const message = await ask(fake, 'when', PAGED);
    expect(expected.excerpts.length).toBeGreaterThan(1);
    const click = fake.click(message, buttonId(message, 'm1|'));
    const call = await fake.callbackTo(click);
    expect(call.body.type).toBe(7);
    const [embed] = call.body.data.embeds;
    expect(embed.description.replaceAll('**', '')).toContain(escapeText(expected.excerpts[1].text).slice(0, 60));
    expect(embed.footer.text).toContain(`source 2 of ${expected.excerpts.length}`);
    expect(fake.messages.get(message.id).embeds[0].footer.text).toContain('source 2 of');
    expect(call.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('keeps working after a restart: a new process reads the state from the button and the message', async () => {
    const message = await ask(fake, 'when', PAGED);
    await bot.stop();
    bot = await startTestBot(fake, { coverage });
    const call = await fake.callbackTo(fake.click(message, buttonId(message, 'm1|')));
    expect(call.body.type).toBe(7);
    expect(call.body.data.embeds[0].footer.text).toContain('source 2 of');
  });

  it('asks for the question again when the message no longer shows it', async () => {
    const message = await ask(fake, 'when', PAGED);
    const edited = { ...message, embeds: [{ ...message.embeds[0], title: `${PAGED} again` }] };
    const call = await fake.callbackTo(fake.click(edited, buttonId(message, 'm1|')));
    expect(call.body.data).toMatchObject({
      flags: 64,
      content: 'I can no longer page through this answer. Please ask the question again.',
    });
  });
});

describe('Context', () => {
  it('shows the sentences around the excerpt, only to the user who clicked', async () => {
    const top = answer(coverage, 'who is Peskov', 'who').excerpts[0];
    const message = await ask(fake, 'who', 'is Peskov');
    const call = await fake.callbackTo(fake.click(message, buttonId(message, 'c1|')));
    expect(call.body.type).toBe(4);
    expect(call.body.data.flags).toBe(64);
    expect(call.body.data.embeds[0].title).toBe('Context');
    expect(call.body.data.embeds[0].description).toContain(`**${escapeText(top.text)}**`);
  });

  it('says so when the passage has left the coverage', async () => {
    const message = await ask(fake, 'who', 'is Peskov');
    const call = await fake.callbackTo(fake.click(message, 'c1|999_gone:4'));
    expect(call.body.data).toMatchObject({
      flags: 64,
      content: 'That passage is no longer in the coverage. Please ask the question again.',
    });
  });
});

describe('👍 / 👎', () => {
  it('records the vote with the question and the excerpts shown, and thanks the user privately', async () => {
    const expected = answer(coverage, 'did they meet', 'when');
    const shown = expected.excerpts.map((e) => e.sentenceId);
    const message = await ask(fake, 'when', 'did they meet');
    const click = fake.click(message, buttonId(message, 'f1|d|'));
    const call = await fake.callbackTo(click);
    expect(call.body.data).toMatchObject({ flags: 64, content: USER_MESSAGES.feedbackSaved });
    const summary = await createFeedbackStore({ store: bot.store, log: bot.ctx.log }).summary();
    expect(summary.totals.down).toBe(1);
    // Stamped with Discord's time of the press (the interaction's snowflake), one clock for every process.
    const pressedAt = new Date(SnowflakeUtil.timestampFrom(click.id)).toISOString();
    expect(summary.mostDisliked).toEqual([
      expect.objectContaining({
        question: 'did they meet',
        answerType: expected.answerType,
        excerptIds: shown,
        down: 1,
        lastAt: pressedAt,
      }),
    ]);
  });

  it('tells the user when the vote could not be saved', async () => {
    const quiet = createLogger({ level: 'silent' });
    const closed = await openStore('memory://', quiet);
    await closed.close();
    const f = await FakeDiscord.start();
    const b = await startTestBot(f, { coverage, feedback: createFeedbackStore({ store: closed, log: quiet }) });
    try {
      const message = await ask(f, 'when', 'did they meet');
      const call = await f.callbackTo(f.click(message, buttonId(message, 'f1|d|')));
      expect(call.body.data).toMatchObject({ flags: 64, content: USER_MESSAGES.feedbackFailed });
    } finally {
      await b.stop();
      await f.stop();
    }
  });
});

describe('/sources paging', () => {
  it('moves to the next page when Next is clicked', async () => {
    const f = await FakeDiscord.start();
    const b = await startTestBot(f, { coverage, settings: { sourcesPerPage: 2 } });
    try {
      const i = f.command('sources', {});
      const first = await f.callbackTo(i);
      expect(first.body.data.embeds[0].footer.text).toContain('Page 1 of 3');
      const message = f.responseTo(i);
      const next = message.components[0].components[1];
      expect(next.label).toBe('Next ▶');
      const call = await f.callbackTo(f.click(message, next.custom_id));
      expect(call.body.type).toBe(7);
      expect(call.body.data.embeds[0].footer.text).toContain('Page 2 of 3');
      expect(call.body.data.embeds[0].description).toContain('**3.**');
      expect(f.messages.get(message.id).embeds[0].footer.text).toContain('Page 2 of 3');
    } finally {
      await b.stop();
      await f.stop();
    }
  });
});

describe('a button from an unknown or older version', () => {
  it('gets a short private notice', async () => {
    const message = await ask(fake, 'when', 'did they meet');
    const call = await fake.callbackTo(fake.click(message, 'legacy-more-2'));
    expect(call.body.data).toMatchObject({ flags: 64, content: 'This button belongs to an older answer. Please ask the question again.' });
  });
});
