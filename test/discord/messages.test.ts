import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import type { Coverage } from '../../src/coverage/types.js';
import { escapeText } from '../../src/discord/format/text.js';
import { formatAnswer } from '../../src/discord/format/answer.js';
import { formatTimelinePage } from '../../src/discord/format/pages.js';
import { buildTimeline } from '../../src/timeline/build-timeline.js';
import { expectWithinLimits } from './support/expect-within-limits.js';
import { FakeDiscord, type RecordedCall } from './support/fake-discord.js';
import { useSeedBot, startTestBot, type TestBot } from './support/test-bot.js';
import { SEEDS_DIR } from '../support/seed-coverage.js';
import { DISCORD_DEFAULTS } from '../../src/discord/defaults.js';

let coverage: Coverage;
let fake: FakeDiscord;
let bot: TestBot;
useSeedBot((s) => ({ coverage, fake, bot } = s));

/** The bot's reply to the message with id `messageId`: a message sent with a reference to it. */
const replyTo = (messageId: string): Promise<RecordedCall> =>
  fake.waitForCall(
    (c) => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.path) && c.body?.message_reference?.message_id === messageId,
  );

/** /who questions about the seeds, any of which may have more than one source. */
const PAGING_WHO = [
  'said the leaders would talk soon',
  'spoke to Putin by phone',
  'met in Alaska',
  'commented on the phone call',
  'denied the reports of a phone call',
];

describe('direct messages', () => {
  it('answers any DM as a question, replying to it with the cited excerpt', async () => {
    const expected = answer(coverage, 'when did Trump and Putin meet in Alaska', null);
    const id = fake.post('when did Trump and Putin meet in Alaska', { dm: true, from: fake.newUser() });
    const reply = await replyTo(id);
    expect(reply.path).toBe(`/api/v10/channels/${fake.dmChannelId}/messages`);
    expect(reply.body.message_reference).toMatchObject({ message_id: id });
    expect(reply.body.embeds[0].description).toContain(`**${escapeText(expected.excerpts[0].answer!)}**`);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expectWithinLimits(reply.body);
  });

  it('reads a pasted Discord timestamp as the date it shows, answering as the written date is answered', async () => {
    const written = answer(coverage, 'what happened on August 15, 2025?', null);
    const id = fake.post('what happened on <t:1755216000:D>?', { dm: true, from: fake.newUser() });
    const reply = await replyTo(id);
    // Without the date, "what happened on ?" was answered with another excerpt (faults5 Q11).
    expect(written.excerpts[0]?.text).toContain('On August 15, talks were held in Alaska');
    expect(reply.body.embeds[0].description).toBe(
      formatAnswer({ answer: written, hint: null, page: 0 }, bot.ctx.settings).embeds[0]!.description!,
    );
  });

  it('honours a leading /who as the answer-type hint, and keeps it for the paging buttons', async () => {
    const id = fake.post('/who denied the reports of a phone call', { dm: true, from: fake.newUser() });
    const reply = await replyTo(id);
    const ids: string[] = reply.body.components[0].components.map((b: { custom_id: string }) => b.custom_id);
    expect(ids.find((c) => c.startsWith('f1|u|'))!.split('|')[2]).toBe('person');
    expect(reply.body.embeds[0].title).toBe('denied the reports of a phone call');
    // The paging button exists only when an answer has a second source, and which /who questions have one
    // moves with every refit of the ranker (its quality is measured by npm run eval, not here): the hint is
    // checked on the first of these seed questions that pages.
    const pages = PAGING_WHO.find((q) => answer(coverage, q, 'who').excerpts.length > 1);
    expect(pages).toBeDefined();
    const paged = await replyTo(fake.post(`/who ${pages}`, { dm: true, from: fake.newUser() }));
    const pagedIds: string[] = paged.body.components[0].components.map((b: { custom_id: string }) => b.custom_id);
    expect(pagedIds.find((c) => c.startsWith('m1|'))!.split('|')[1]).toBe('who');
  });

  it('lists the sources for /sources and shows help for /help', async () => {
    const sources = await replyTo(fake.post('/sources', { dm: true }));
    expect(sources.body.embeds[0].title).toMatch(/^Sources: \d+ articles in the coverage$/);
    const help = await replyTo(fake.post('/help', { dm: true }));
    expect(help.body.embeds[0].title).toBe('Ask the coverage');
  });

  it('answers /timeline and /quotes as the REPL and the CLI do, not with the help card', async () => {
    const timeline = await replyTo(fake.post('/timeline phone call', { dm: true, from: fake.newUser() }));
    expect(timeline.body.embeds[0].title).toBe('Timeline: phone call');
    expect(timeline.body.embeds[0].title).toBe(
      formatTimelinePage(buildTimeline(coverage, 'phone call'), 0, DISCORD_DEFAULTS).embeds[0]!.title,
    );
    const quotes = await replyTo(fake.post('/quotes', { dm: true, from: fake.newUser() }));
    expect(quotes.body.embeds[0].title).toBe('Who is quoted in the coverage');
  });

  it('pings nobody when the question holds @everyone', async () => {
    const reply = await replyTo(fake.post('@everyone @here who is Peskov?', { dm: true, from: fake.newUser() }));
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(reply.body)).not.toMatch(/@everyone|@here/);
  });
});

describe('follow-up questions', () => {
  const FIRST = 'who is the Kremlin spokesman?';
  const FOLLOW_UP = 'and what did he say about the calls?';
  /** The answer embed's text as the bot shows `expected`. */
  const shown = (expected: ReturnType<typeof answer>): string =>
    formatAnswer({ answer: expected, hint: null, page: 0 }, bot.ctx.settings).embeds[0]!.description!;

  it('in a DM, answers "and what did he say…?" about the subject of the previous question: Peskov', async () => {
    const first = answer(coverage, FIRST, null);
    const followUp = answer(coverage, FOLLOW_UP, null, { previous: first.subject });
    expect(followUp.excerpts[0]!.text).toContain('Peskov');
    const from = fake.newUser();
    await replyTo(fake.post(FIRST, { dm: true, from }));
    const reply = await replyTo(fake.post(FOLLOW_UP, { dm: true, from }));
    expect(reply.body.embeds[0].description).toBe(shown(followUp));
    expect(reply.body.embeds[0].description.split('\n')[0]).toContain('Peskov');
  });

  it('keeps one user’s subject from another user’s follow-up', async () => {
    await replyTo(fake.post(FIRST, { dm: true, from: fake.newUser() }));
    const reply = await replyTo(fake.post(FOLLOW_UP, { dm: true, from: fake.newUser() }));
    expect(reply.body.embeds[0].description).toBe(shown(answer(coverage, FOLLOW_UP, null)));
  });

  it('in a server, answers a mention on its own, whatever the user asked before', async () => {
    const alone = answer(coverage, FOLLOW_UP, null);
    // Otherwise this test could not tell the two apart.
    expect(shown(alone)).not.toBe(shown(answer(coverage, FOLLOW_UP, null, { previous: answer(coverage, FIRST, null).subject })));
    // The DM follow-up above was asked with the same words: it must not have been cached for everyone.
    const from = fake.newUser();
    const mention = (q: string) => fake.post(`<@${fake.bot.id}> ${q}`, { mentions: [fake.bot], from });
    await replyTo(mention(FIRST));
    const reply = await replyTo(mention(FOLLOW_UP));
    expect(reply.body.embeds[0].description).toBe(shown(alone));
  });
});

describe('while the coverage is still loading', () => {
  it('shows "typing…" and answers once the coverage is ready', async () => {
    const early = await FakeDiscord.start();
    const starting = await startTestBot(early, { coverage: null });
    try {
      const id = early.post('when did Trump and Putin meet in Alaska', { dm: true });
      await early.waitForCall((c) => c.method === 'POST' && c.path === `/api/v10/channels/${early.dmChannelId}/typing`);
      starting.slot.set(coverage);
      const reply = await early.waitForCall((c) => c.body?.message_reference?.message_id === id);
      expect(reply.body.embeds[0].title).toBe('when did Trump and Putin meet in Alaska');
    } finally {
      await starting.stop();
      await early.stop();
    }
  });

  it('answers a follow-up sent meanwhile as the follow-up of the question sent before it, as when both are sent after', async () => {
    const early = await FakeDiscord.start();
    const starting = await startTestBot(early, { coverage: null });
    const conversation = ['when did they meet?', 'where?'];
    try {
      const from = early.newUser();
      const waiting = conversation.map((q) => early.post(q, { dm: true, from }));
      await new Promise((resolve) => setTimeout(resolve, 200));
      starting.slot.set(coverage);
      const meanwhile = await Promise.all(waiting.map((id) => early.waitForCall((c) => c.body?.message_reference?.message_id === id)));
      const after = early.newUser();
      const replies: RecordedCall[] = [];
      for (const q of conversation) {
        const id = early.post(q, { dm: true, from: after });
        replies.push(await early.waitForCall((c) => c.body?.message_reference?.message_id === id));
      }
      expect(replies[1].body.embeds[0].description).toContain('Alaska');
      expect(meanwhile.map((r) => r.body.embeds[0].description)).toEqual(replies.map((r) => r.body.embeds[0].description));
    } finally {
      await starting.stop();
      await early.stop();
    }
  });
});

describe('mentions in a server', () => {
  it('answers a message that mentions the bot, as a reply to it in the channel', async () => {
    const id = fake.post(`<@${fake.bot.id}> when did Trump and Putin meet in Alaska?`, { mentions: [fake.bot], from: fake.newUser() });
    const reply = await replyTo(id);
    expect(reply.path).toBe(`/api/v10/channels/${fake.channelId}/messages`);
    expect(reply.body.message_reference).toMatchObject({ message_id: id });
    expect(reply.body.embeds[0].title).toBe('when did Trump and Putin meet in Alaska?');
  });

  it('ignores server messages that do not mention the bot', async () => {
    const from = fake.newUser();
    const ignored = fake.post('when did Trump and Putin meet?', { from });
    const answered = fake.post(`<@${fake.bot.id}> who is Peskov?`, { mentions: [fake.bot], from });
    await replyTo(answered);
    expect(fake.calls.some((c) => c.body?.message_reference?.message_id === ignored)).toBe(false);
  });

  it('shows help when the mention has no question', async () => {
    const reply = await replyTo(fake.post(`<@${fake.bot.id}>`, { mentions: [fake.bot] }));
    expect(reply.body.embeds[0].title).toBe('Ask the coverage');
  });

  it('ignores messages from bots, its own included', async () => {
    const other = { ...fake.newUser('another-bot'), bot: true };
    const ignored = fake.post(`<@${fake.bot.id}> who is Peskov?`, { mentions: [fake.bot], from: other });
    const answered = fake.post(`<@${fake.bot.id}> who is Peskov?`, { mentions: [fake.bot] });
    await replyTo(answered);
    expect(fake.calls.some((c) => c.body?.message_reference?.message_id === ignored)).toBe(false);
  });
});

describe('bad input in a DM and in a mention', () => {
  /** 4,000 characters of a seed article: the longest message Discord lets a user send (with Nitro; 2,000 without). */
  const LONG = readFileSync(`${SEEDS_DIR}/004_e0ba8cc3a8df5508.txt`, 'utf8').slice(0, 4000);

  it('answers a 4,000-character message within every Discord limit, saying it was cut, in a DM and in a mention', async () => {
    for (const reply of [
      await replyTo(fake.post(LONG, { dm: true, from: fake.newUser() })),
      await replyTo(fake.post(`<@${fake.bot.id}> ${LONG}`, { mentions: [fake.bot], from: fake.newUser() })),
    ]) {
      expectWithinLimits(reply.body);
      expect(reply.body.embeds[0].description).toContain('answered on its first 500 characters');
    }
  });

  it('asks for words when a DM or a mention is only markup, and pings nobody for a mention holding @everyone', async () => {
    for (const reply of [
      await replyTo(fake.post('** __ **', { dm: true, from: fake.newUser() })),
      await replyTo(fake.post(`<@${fake.bot.id}> ** __ **`, { mentions: [fake.bot], from: fake.newUser() })),
    ]) {
      expect(reply.body.embeds[0].title).toBe('Ask the coverage');
    }
    const pinged = await replyTo(
      fake.post(`<@${fake.bot.id}> @everyone @here who is Peskov?`, { mentions: [fake.bot], from: fake.newUser() }),
    );
    expect(pinged.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(pinged.body)).not.toMatch(/@everyone|@here/);
    expect(pinged.body.embeds[0].description).toContain('Peskov');
  });

  it('waits out a 429 on a DM reply and then delivers it', async () => {
    const messages = new RegExp(`^/api/v10/channels/${fake.dmChannelId}/messages$`);
    fake.failNext({ method: 'POST', path: messages, status: 429, retryAfter: 0.2 });
    const id = fake.post('who is Peskov?', { dm: true, from: fake.newUser() });
    const reply = await fake.waitForCall((c) => c.body?.message_reference?.message_id === id && c.status === 200);
    expect(reply.body.embeds[0].description).toContain('Peskov');
    expect(fake.calls.filter((c) => c.body?.message_reference?.message_id === id).map((c) => c.status)).toEqual([429, 200]);
  });
});

describe('Discord refusing replies', () => {
  it('logs DM replies Discord keeps answering with 500 once per interval with a count, and replies again once it takes them', async () => {
    const messages = new RegExp(`^/api/v10/channels/${fake.dmChannelId}/messages$`);
    const refused = () => fake.calls.filter((c) => messages.test(c.path) && c.status === 500);
    const logged = () => bot.logs.filter((l) => l.msg === 'could not send a reply to a message');
    // discord.js tries a 500 four times: three DMs' replies, each refused every time.
    fake.failNext({ method: 'POST', path: messages, status: 500, times: 12 });
    const from = fake.newUser();
    for (const question of ['when did they meet', 'who is Peskov?', 'where did they meet?']) fake.post(question, { dm: true, from });
    await vi.waitFor(() => expect(refused()).toHaveLength(12), { timeout: 60_000 });
    await vi.waitFor(() => expect(logged().length).toBeGreaterThan(0));
    // Discord takes replies again: the next DM is answered.
    const reply = await replyTo(fake.post('when did Trump and Putin meet in Alaska', { dm: true, from }));
    expect(reply.body.embeds[0].title).toBeTruthy();
    expect(logged()).toEqual([expect.objectContaining({ level: 50, othersNotLogged: 0, err: expect.objectContaining({ status: 500 }) })]);
  });
});
