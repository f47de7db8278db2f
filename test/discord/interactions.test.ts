import { describe, expect, it } from 'vitest';
import { ASK_COMMANDS } from '../../src/answer/types.js';
import { listSources } from '../../src/present/sources.js';
import type { Coverage } from '../../src/coverage/types.js';
import { escapeText } from '../../src/discord/format/text.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import { TIMELINE_BUTTON_PREFIX } from '../../src/discord/format/pages.js';
import { encodePageId } from '../../src/discord/format/paging.js';
import { FakeDiscord } from './support/fake-discord.js';
import { useSeedBot, startTestBot, type TestBot } from './support/test-bot.js';

let coverage: Coverage;
let fake: FakeDiscord;
let bot: TestBot;
useSeedBot((s) => ({ coverage, fake, bot } = s));

describe('/sources', () => {
  it('lists every indexed article with its sentence count', async () => {
    const call = await fake.callbackTo(fake.command('sources', {}));
    const [embed] = call.body.data.embeds;
    for (const { article, sentences } of listSources(coverage)) {
      expect(embed.description).toContain(escapeText(article.title ?? article.id));
      expect(embed.description).toContain(`${sentences} sentences`);
    }
  });

  it('answers in a DM too, at once, with the count of articles in its title', async () => {
    const call = await fake.callbackTo(fake.command('sources', {}, { dm: true }));
    expect(call.body.type).toBe(4);
    expect(call.body.data.embeds[0].title).toBe(`Sources: ${listSources(coverage).length} articles in the coverage`);
  });
});

describe('/help', () => {
  it('explains the bot to the user who asked, privately', async () => {
    const call = await fake.callbackTo(fake.command('help', {}));
    expect(call.body.data.flags).toBe(64);
    expect(call.body.data.embeds[0].title).toBe('Ask the coverage');
    const fields: { name: string; value: string }[] = call.body.data.embeds[0].fields;
    expect(fields.map((f) => f.name)).toContain('Without slash commands');
    // Every command that is not a question command is listed with its description.
    const others = [...bot.ctx.commands.values()].filter((c) => !(ASK_COMMANDS as readonly string[]).includes(c.data.name));
    for (const c of others)
      expect(fields.find((f) => f.name === 'More commands')!.value).toContain(`\`/${c.data.name}\`: ${c.data.description}`);
  });
});

describe("a command's own buttons and autocomplete", () => {
  it('routes a click on a /timeline page button to the timeline command, which updates the message', async () => {
    const i = fake.command('timeline', {});
    const first = await fake.callbackTo(i);
    const message = fake.responseTo(i);
    const click = fake.click(message, encodePageId(TIMELINE_BUTTON_PREFIX, 0, null)!);
    const call = await fake.callbackTo(click);
    expect(call.body.type).toBe(7);
    expect(call.body.data.embeds).toEqual(first.body.data.embeds);
  });

  it('routes typing in /quotes person to its autocomplete, which answers with choices', async () => {
    const call = await fake.callbackTo(fake.autocomplete('quotes', 'person', 'Pes'));
    expect(call.body.type).toBe(8);
    expect(Array.isArray(call.body.data.choices)).toBe(true);
    for (const choice of call.body.data.choices) expect(choice).toEqual({ name: expect.any(String), value: expect.any(String) });
  });

  it('offers no choices for a command without autocomplete', async () => {
    const call = await fake.callbackTo(fake.autocomplete('when', 'question', 'did they'));
    expect(call.body).toEqual({ type: 8, data: { choices: [] } });
  });
});

describe('failures', () => {
  it('answers a command the bot does not know with a short private notice', async () => {
    const call = await fake.callbackTo(fake.command('quiz', { question: 'who met?' }));
    expect(call.body.data).toMatchObject({ flags: 64, content: 'I do not know that command. It may have been removed; try `/help`.' });
  });

  it('logs an answer Discord refuses as Unknown interaction (its window closed) as an expiry, and sends no apology it would refuse too', async () => {
    // interactionWindowMs 0: the fake refuses every first response with 404 Unknown interaction (10062), as Discord does after 3 s.
    const f = await FakeDiscord.start({ interactionWindowMs: 0 });
    const b = await startTestBot(f, { coverage });
    try {
      const i = f.command('when', { question: 'did they meet' });
      const logged = await b.waitForLog((l) => l.level >= 40 && l.command === 'when');
      expect(logged).toMatchObject({ msg: 'interaction expired before its answer; no response sent', level: 40 });
      expect(f.calls.filter((c) => c.path.includes(`/${i.token}/`)).map((c) => c.status)).toEqual([404]);
    } finally {
      await b.stop();
      await f.stop();
    }
  });

  it('apologises privately in place of "working on it", and logs why, when the coverage fails to load', async () => {
    const f = await FakeDiscord.start();
    const b = await startTestBot(f, { coverage: null });
    try {
      const i = f.command('when', { question: 'did they meet' });
      expect((await f.callbackTo(i)).body).toMatchObject({ type: 4, data: { content: USER_MESSAGES.workingOnIt, flags: 64 } });
      b.slot.fail(new Error('seeds/ holds no readable article'));
      // The notice only the user sees becomes the apology; nothing is posted to the channel.
      const edit = await f.waitForCall((c) => c.method === 'PATCH' && c.path.endsWith(`/${i.token}/messages/@original`));
      expect(edit.body).toMatchObject({ content: 'Sorry, something went wrong while answering. Please try again in a moment.' });
      expect(f.responseTo(i)).toMatchObject({ flags: 64 });
      const calls = f.calls.filter((c) => c.path.includes(`/${i.token}`));
      expect(calls.some((c) => c.method === 'POST' && !c.path.endsWith('/callback'))).toBe(false);
      expect(b.logs).toContainEqual(
        expect.objectContaining({
          msg: 'interaction failed',
          command: 'when',
          err: expect.objectContaining({ message: 'seeds/ holds no readable article' }),
        }),
      );
    } finally {
      await b.stop();
      await f.stop();
    }
  });
});
